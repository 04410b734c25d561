// The console's tools for the mediator's day (issue 16): adjourn the session to a date, time zone
// and venue and resume it; set the deadline as a date (with the countdown); private notes; outside
// events; passing a party's message on as a paraphrase; the response grid (party × version, with
// times) and the timeline of the day; and locking every control once the negotiation is over.
import { byId, el, empty, replace, say, busy, unchanged } from './dom.js';
import { textField, checkboxGroup, checkedValues } from './forms.js';
import { verdictLabel } from './negotiation.js';
import { adjournmentNotice, deadlineCountdown, outsideEvents, timelineOfTheDay, lockWhenOver } from './day.js';
import { signatureControls } from './agreement-page.js';

function localZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch (e) {
    return 'UTC';
  }
}

function dateTimeField(label, name) {
  const id = `${name}-input`;
  const input = el('input', { id, name, type: 'datetime-local', required: true });
  return { field: el('div', { class: 'field' }, el('label', { for: id }, label), input), input };
}

/** A form with fields, one submit button and a status line; post(body) sends it. */
function oneActionForm(form, fields, buttonText, read, post, done) {
  const status = el('p', { class: 'status', role: 'alert', hidden: true });
  const button = el('button', { type: 'submit' }, buttonText);
  form.append(...fields.map((f) => f.field || f), el('div', { class: 'actions' }, button), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = read(status);
    if (!body) return;
    const ok = await busy(button, status, () => post(body));
    if (ok) done(status);
  });
}

/** Builds the day's forms once. */
export function setupDay(ctx) {
  const resumesAt = dateTimeField('Talks resume at', 'resumes-at');
  const zone = textField('Time zone', { name: 'resume-zone', value: localZone(), hint: 'For example Africa/Cairo, Asia/Qatar, UTC' });
  const venue = textField('Venue', { name: 'resume-venue' });
  const reason = textField('Reason', { name: 'adjourn-session-reason', multiline: true });
  oneActionForm(byId('adjourn-session-form'), [resumesAt, zone, venue, reason], 'Adjourn the session',
    (status) => {
      if (!resumesAt.input.value || !zone.input.value.trim() || !venue.input.value.trim()) {
        say(status, 'Give the date and time, the time zone and the venue where talks resume.', 'error');
        return null;
      }
      return {
        resumesAt: resumesAt.input.value, zone: zone.input.value.trim(),
        venue: venue.input.value.trim(), reason: reason.input.value.trim(),
      };
    },
    (body) => ctx.client.post('/session/adjourn', body),
    (status) => {
      say(status, 'Session adjourned; every room shows when and where talks resume.', 'ok');
      ctx.refresh();
    });

  const deadlineAt = dateTimeField('Deadline', 'deadline-at');
  const deadlineZone = textField('Time zone', { name: 'deadline-zone', value: localZone() });
  oneActionForm(byId('deadline-form'), [deadlineAt, deadlineZone], 'Set the deadline',
    (status) => {
      if (!deadlineAt.input.value || !deadlineZone.input.value.trim()) {
        say(status, 'Give the deadline’s date and time and its time zone.', 'error');
        return null;
      }
      return { at: deadlineAt.input.value, zone: deadlineZone.input.value.trim() };
    },
    (body) => ctx.client.post('/deadline', body),
    (status) => {
      say(status, 'Deadline set; every room counts down to it.', 'ok');
      ctx.refresh();
    });

  const note = textField('Note', { name: 'note-text', multiline: true });
  oneActionForm(byId('note-form'), [note], 'Save the note',
    (status) => {
      if (!note.input.value.trim()) {
        say(status, 'Write the note first.', 'error');
        return null;
      }
      return { text: note.input.value.trim() };
    },
    (body) => ctx.client.post('/notes', body),
    () => {
      note.input.value = '';
      ctx.refresh();
    });

  const outside = textField('What happened', { name: 'outside-text', multiline: true });
  oneActionForm(byId('outside-form'), [outside], 'Record the outside event',
    (status) => {
      if (!outside.input.value.trim()) {
        say(status, 'Say what happened outside the talks.', 'error');
        return null;
      }
      return { text: outside.input.value.trim() };
    },
    (body) => ctx.client.post('/outside-events', body),
    () => {
      outside.input.value = '';
      ctx.refresh();
    });
}

/** A small form under a party's message: pass it on in the mediators' own words. */
export function paraphraseForm(ctx, message, targets) {
  if (!targets.length) return null;
  const group = checkboxGroup('Send the paraphrase to', targets.map((p) => ({ value: p.id, label: p.name || p.id })),
    `paraphrase-${message.seq}`);
  const text = textField('In your words', { name: `paraphrase-text-${message.seq}`, multiline: true });
  const status = el('p', { class: 'status', role: 'alert', hidden: true });
  const button = el('button', { type: 'submit', class: 'secondary' }, 'Pass on as a paraphrase');
  const form = el('form', { class: 'paraphrase', novalidate: true }, group, text.field, button, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const to = checkedValues(group);
    if (!to.length || !text.input.value.trim()) {
      say(status, 'Choose who receives it and write the paraphrase.', 'error');
      return;
    }
    const done = await busy(button, status,
      () => ctx.client.post(`/messages/${message.seq}/paraphrase`, { to, text: text.input.value.trim() }));
    if (done) ctx.refresh();
  });
  return el('details', {}, el('summary', {}, 'Pass on in your own words'), form);
}

/** The response grid: one row per party, one column per version, the latest answer and its time. */
function answerGrid(grid) {
  if (!grid.versions.length) return empty('No text drafted yet.');
  return el('table', { class: 'answer-grid' },
    el('caption', {}, `Latest answer per party and version (times in ${grid.zone})`),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Party'),
      grid.versions.map((v) => el('th', { scope: 'col' }, `Version ${v}`)))),
    el('tbody', {}, grid.rows.map((row) => el('tr', { 'data-party': row.party },
      el('th', { scope: 'row' }, row.name),
      row.cells.map((c) => el('td', { 'data-version': c.version, 'data-verdict': c.verdict || '' },
        !c.released ? el('span', { class: 'meta' }, 'not released')
          : !c.verdict ? el('span', { class: 'meta' }, 'no answer yet')
            : [el('span', { class: `badge ${c.verdict}` }, verdictLabel(c.verdict)),
              c.amendments ? ` (${c.amendments} change${c.amendments > 1 ? 's' : ''})` : '',
              el('br'), el('time', { datetime: c.answeredAt }, c.answeredAt),
              c.answers > 1 ? el('span', { class: 'meta' }, ` · answered ${c.answers} times`) : null]))))));
}

/** Re-renders the day's sections from the view, then fetches the grid and the timeline. */
export async function renderDay(ctx) {
  const view = ctx.view;
  const rounds = view.deadline || {};
  replace(byId('day-status'), adjournmentNotice(view), deadlineCountdown(view),
    rounds.rounds ? el('p', { class: 'meta', id: 'rounds-used' },
      `Rounds used: ${rounds.used || 0} of ${rounds.rounds} (a version released to some parties only does not count)`) : null);
  const adjourned = Boolean(view.day && view.day.adjourned);
  if (!unchanged(byId('resume-box'), [adjourned, view.status])) {
    const status = el('p', { class: 'status', role: 'alert', hidden: true });
    const resume = adjourned ? el('button', { type: 'button', id: 'resume-button' }, 'Resume the session') : null;
    if (resume) {
      resume.addEventListener('click', async () => {
        const done = await busy(resume, status, () => ctx.client.post('/session/resume', {}));
        if (done) ctx.refresh();
      });
    }
    replace(byId('resume-box'), resume ? el('div', { class: 'actions' }, resume) : null, status);
  }
  const notes = (view.day && view.day.notes) || [];
  if (!unchanged(byId('notes-body'), notes)) {
    replace(byId('notes-body'), notes.length
      ? el('ul', { class: 'plain notes' }, notes.map((n) => el('li', {},
        el('time', { datetime: n.time }, n.time), ` ${ctx.nameOf(n.by)}: `, n.text)))
      : empty('No notes yet.'));
  }
  replace(byId('outside-body'), outsideEvents(view) || empty('No outside event recorded.'));
  if (view.status === 'agreed') {
    const { negotiation, token } = ctx.client;
    replace(byId('agreement-sign'), signatureControls(view, ctx.client, negotiation, token, ctx.refresh));
  } else {
    replace(byId('agreement-sign'));
  }
  lockWhenOver(byId('console'), view);
  try {
    const [grid, timeline] = await Promise.all([ctx.client.get('/answers'), ctx.client.get('/timeline')]);
    replace(byId('answers-body'), answerGrid(grid));
    replace(byId('timeline-body'), timelineOfTheDay(timeline));
  } catch (e) {
    replace(byId('answers-body'), empty('The answers could not be loaded; they will be shown after the next update.'));
  }
}
