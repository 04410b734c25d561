// The console's "End the talks" control: a reason, then a confirmation step, then POST /end. Once
// the talks have ended, the control gives way to the ended state and the reason everyone sees.
import { byId, el, replace, say, busy } from './dom.js';
import { textField } from './forms.js';

/**
 * Builds the form once: a required reason and an "End the talks…" button that asks for
 * confirmation (focus moves to the confirming button; Cancel returns it to the first button).
 */
export function setupEnd(ctx) {
  const form = byId('end-form');
  const status = byId('end-status');
  const reason = textField('Reason for ending the talks', {
    name: 'end-reason', multiline: true, required: true,
    hint: 'Every participant sees this reason. Ending is final: no text, answer or agreement can follow.',
  });
  const ask = el('button', { type: 'submit', class: 'danger' }, 'End the talks…');
  const confirm = el('button', { type: 'button', class: 'danger' }, 'Yes, end the talks');
  const cancel = el('button', { type: 'button', class: 'secondary' }, 'Cancel');
  const question = el('p', { class: 'confirm-question', id: 'end-question' });
  const confirmation = el('div', {
    class: 'confirmation', role: 'group', 'aria-labelledby': 'end-question', hidden: true,
  }, question, el('div', { class: 'actions' }, confirm, cancel));
  form.append(reason.field, el('div', { class: 'actions' }, ask), confirmation);

  const closeConfirmation = () => {
    confirmation.hidden = true;
    ask.hidden = false;
    reason.input.disabled = false;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = reason.input.value.trim();
    if (!text) {
      say(status, 'Write the reason for ending the talks; every participant will see it.', 'error');
      reason.input.focus();
      return;
    }
    say(status, '');
    question.textContent = `End the talks without agreement, for everyone, with the reason “${text}”? This cannot be undone.`;
    ask.hidden = true;
    reason.input.disabled = true;
    confirmation.hidden = false;
    confirm.focus();
  });
  cancel.addEventListener('click', () => {
    closeConfirmation();
    ask.focus();
  });
  confirm.addEventListener('click', async () => {
    const done = await busy(confirm, status, () => ctx.client.post('/end', { reason: reason.input.value.trim() }));
    if (done) {
      closeConfirmation();
      await ctx.refresh();
      byId('ended-body').focus();
    } else {
      cancel.focus();
    }
  });
}

/** Hides the control once the talks are no longer open; shows the ended state and its reason. */
export function renderEnd(ctx) {
  const view = ctx.view;
  const open = !view.status || view.status === 'open';
  byId('end-talks').hidden = !open;
  const ended = byId('ended-body');
  ended.hidden = view.status !== 'ended';
  if (view.status === 'ended') {
    replace(ended, el('p', { class: 'ended-notice' },
      el('strong', {}, 'The talks ended without agreement. '), `Reason: ${view.endReason || 'none given'}`));
  }
}
