// The console's overview, session timeline (schedule, adjourn) and messages (send, pass on).
import { byId, el, replace, say, busy, unchanged } from './dom.js';
import { negotiatingParties, formatWhen, latestText } from './negotiation.js';
import { timelineList } from './timeline.js';
import { textField, selectField, checkboxGroup, checkedValues } from './forms.js';
import { messageThread } from './messages.js';
import { paraphraseForm } from './mediator-day.js';

function others(ctx) {
  const me = ctx.view.you ? ctx.view.you.participant : '';
  return (ctx.view.parties || []).filter((p) => p.id !== me);
}

/** Status, deadline, parties and where the text stands. */
export function renderOverview(ctx) {
  const view = ctx.view;
  const latest = latestText(view);
  const sessions = view.sessions || [];
  const row = (term, ...detail) => [el('dt', {}, term), el('dd', {}, ...detail)];
  replace(byId('overview-body'), el('dl', { class: 'facts' },
    row('Status', { open: 'Open', agreed: 'Agreement recorded', ended: 'Ended without agreement' }[view.status] || view.status || 'Open'),
    view.status === 'ended' ? row('Why it ended', view.endReason || 'no reason given') : null,
    row('Deadline', formatWhen(view.deadline)),
    row('Parties', negotiatingParties(view).map((p) => p.name || p.id).join(', ') || 'none'),
    row('Mediators', (view.parties || []).filter((p) => p.role === 'mediator').map((p) => p.name || p.id).join(', ') || 'none'),
    row('Text', latest ? `version ${latest.version}, released to ${releasedNames(ctx, latest)}` : 'no text drafted yet'),
    row('Sessions', sessions.length ? `${sessions.length}; latest: ${sessions[sessions.length - 1].name}` : 'none scheduled')));
}

function releasedNames(ctx, text) {
  const to = text.releasedTo || [];
  return to.length ? to.map(ctx.nameOf).join(', ') : 'no one yet';
}

/** Builds the schedule and adjourn forms once. */
export function setupSessions(ctx) {
  const status = el('p', { class: 'status', role: 'alert', hidden: true });
  const name = textField('Session name', { name: 'session-name', hint: 'For example: Talks resume in Egypt' });
  const venue = textField('Venue', { name: 'venue' });
  const date = textField('Date', { name: 'date', hint: 'As you would write it: Tuesday, or 2024-05-07' });
  const attendance = checkboxGroup('Who attends',
    (ctx.view.parties || []).map((p) => ({ value: p.id, label: p.name || p.id, checked: true })), 'attendance');
  const button = el('button', { type: 'submit' }, 'Schedule the session');
  const form = byId('session-form');
  form.append(name.field, venue.field, date.field, attendance, el('div', { class: 'actions' }, button), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!name.input.value.trim()) {
      say(status, 'Give the session a name.', 'error');
      name.input.focus();
      return;
    }
    const done = await busy(button, status, () => ctx.client.post('/sessions', {
      name: name.input.value.trim(), venue: venue.input.value.trim(), date: date.input.value.trim(),
      attendance: checkedValues(attendance),
    }));
    if (done) {
      say(status, 'Session scheduled.', 'ok');
      name.input.value = '';
      ctx.refresh();
    }
  });

  const until = selectField('Until which session', [], { name: 'until' });
  untilSelect = until.select;
  const reason = textField('Reason', { name: 'adjourn-reason', multiline: true });
  const adjournStatus = el('p', { class: 'status', role: 'alert', hidden: true });
  const adjournButton = el('button', { type: 'submit', class: 'secondary' }, 'Adjourn');
  const adjourn = byId('adjourn-form');
  adjourn.append(until.field, reason.field, el('div', { class: 'actions' }, adjournButton), adjournStatus);
  adjourn.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!until.select.value) {
      say(adjournStatus, 'Schedule the session the talks resume at first.', 'error');
      return;
    }
    const done = await busy(adjournButton, adjournStatus, () => ctx.client.post('/adjourn', {
      until: until.select.value, reason: reason.input.value.trim(),
    }));
    if (done) {
      say(adjournStatus, 'Talks adjourned.', 'ok');
      ctx.refresh();
    }
  });
}

/** The timeline of sessions (who attended, who was absent) and adjournments. */
export function renderSessions(ctx) {
  replace(byId('sessions-body'), timelineList(ctx.view, ctx.nameOf, true));
  const names = (ctx.view.sessions || []).map((s) => s.name);
  const keep = untilSelect.value || names[names.length - 1] || '';
  replace(untilSelect, names.length
    ? names.map((name) => el('option', { value: name, props: { selected: name === keep } }, name))
    : el('option', { value: '' }, 'No session scheduled yet'));
}

let untilSelect = null;

/** Builds the message composer once. */
export function setupMessages(ctx) {
  const to = checkboxGroup('Send to', others(ctx).map((p) => ({ value: p.id, label: p.name || p.id })), 'message-to');
  const text = textField('Message', { name: 'message-text', multiline: true });
  const button = el('button', { type: 'submit' }, 'Send message');
  const status = byId('messages-status');
  const form = byId('message-form');
  form.append(to, text.field, el('div', { class: 'actions' }, button));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const recipients = checkedValues(to);
    if (!recipients.length || !text.input.value.trim()) {
      say(status, 'Choose at least one recipient and write a message.', 'error');
      return;
    }
    const done = await busy(button, status,
      () => ctx.client.post('/messages', { to: recipients, text: text.input.value.trim() }));
    if (done) {
      text.input.value = '';
      say(status, 'Message sent.', 'ok');
      ctx.refresh();
    }
  });
}

/** The thread; each party's message gets a small form to pass it on to others. */
export function renderMessages(ctx) {
  if (unchanged(byId('messages-body'), ctx.view.messages)) return;
  replace(byId('messages-body'), messageThread(ctx.view, 'No messages yet.', (message) => {
    const targets = others(ctx).filter((p) => p.id !== message.from);
    if (!targets.length) return null;
    const group = checkboxGroup('Pass on to', targets.map((p) => ({ value: p.id, label: p.name || p.id })), `forward-${message.seq}`);
    const status = el('p', { class: 'status', role: 'alert', hidden: true });
    const button = el('button', { type: 'submit', class: 'secondary' }, 'Pass on');
    const form = el('form', { class: 'forward', novalidate: true }, group, button, status);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const to = checkedValues(group);
      if (!to.length) {
        say(status, 'Choose who should receive it.', 'error');
        return;
      }
      const done = await busy(button, status, () => ctx.client.post(`/messages/${message.seq}/release`, { to }));
      if (done) ctx.refresh();
    });
    return el('div', {}, el('details', {}, el('summary', {}, 'Pass this message on'), form),
      paraphraseForm(ctx, message, targets));
  }));
}
