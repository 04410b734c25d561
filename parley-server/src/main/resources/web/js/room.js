// The party room: the text as released, the response form, messages with the mediators, the
// preferences form with its preview, shared packages and the agreement. Only the caller's view.
import { readFragment, followLinkChanges, NegotiationClient } from './api.js';
import { byId, el, empty, replace, say, busy, unchanged } from './dom.js';
import {
  participantName, latestText, textsByVersion, provisionsTable, differences, changesList, issueById, issueName,
  formatValue, formatWhen,
} from './negotiation.js';
import { messageThread } from './messages.js';
import { timelineList } from './timeline.js';
import { buildResponseForm, ownResponses, versionChooser } from './room-respond.js';
import { adjournmentNotice, deadlineCountdown, outsideEvents, lockWhenOver } from './day.js';
import { signatureControls } from './agreement-page.js';
import { preferencesForm } from './prefs.js';
import { readSuggestion, packageTables, partyPackageName } from './suggestions.js';
import { showAgreement } from './agreement.js';
import { renderFollowThrough } from './follow-through.js';

const { negotiation, token } = readFragment();
followLinkChanges({ token });
const client = new NegotiationClient(negotiation, token);
const pageStatus = byId('page-status');
let view = null;
let formVersion = null;
let chosenVersion = null;
let prefs = null;

if (!negotiation || !token) {
  say(pageStatus, 'This page needs your personal link, which ends in #n=…&t=…. Open the link the mediator sent you.', 'error');
} else {
  start();
}

async function start() {
  say(pageStatus, 'Loading…', 'info');
  try {
    view = await client.view();
  } catch (e) {
    say(pageStatus, e.message, 'error');
    return;
  }
  if (view.you && view.you.role === 'mediator') {
    say(pageStatus, 'This is a mediator’s link. Open it in the mediator console (mediator.html) instead.', 'error');
    return;
  }
  say(pageStatus, '');
  prefs = preferencesForm(byId('preferences-form'), view, renderPreview);
  byId('preferences-form').addEventListener('submit', confide);
  byId('message-form').addEventListener('submit', sendMessage);
  render();
  byId('room').hidden = false;
  client.follow(refresh, byId('live'));
}

async function refresh() {
  try {
    view = await client.view();
    say(pageStatus, '');
    render();
  } catch (e) {
    say(pageStatus, `Could not refresh: ${e.message}`, 'error');
  }
}

function render() {
  const me = view.you ? view.you.participant : '';
  document.title = `${view.name} — ${participantName(view, me)}'s room`;
  byId('title').textContent = view.name || 'Your room';
  byId('who').textContent = `You: ${participantName(view, me)}`;
  renderEnded();
  renderText();
  renderResponse();
  if (!unchanged(byId('messages-body'), view.messages)) {
    replace(byId('messages-body'), messageThread(view, 'No messages yet. You can write to the mediators below.'));
  }
  renderSessions();
  renderPreview();
  renderSuggestions();
  renderAgreement();
  renderFollowThrough(byId('follow-through'), byId('follow-through-body'), view, client, refresh);
  if (view.you && view.you.role === 'guarantor') {
    // a guarantor answers no text and confides nothing: only the follow-through is its business
    byId('respond').hidden = true;
    byId('preferences').hidden = true;
  }
  lockWhenOver(byId('room'), view); // issue 16: nothing can be done once the talks are over
}

/** When the mediators ended the talks without agreement: says so, with their reason, at the top. */
function renderEnded() {
  const ended = view.status === 'ended';
  const closed = Boolean(view.status) && view.status !== 'open';
  byId('message-form').hidden = closed;
  byId('messages-closed').hidden = !closed;
  byId('ended').hidden = !ended;
  if (ended) {
    replace(byId('ended-body'), el('p', { class: 'ended-notice' },
      el('strong', {}, 'The mediators ended the talks without agreement. '), `Reason: ${view.endReason || 'none given'}`));
  }
}

function renderText() {
  const texts = textsByVersion(view);
  const text = latestText(view);
  if (!text) {
    replace(byId('text-body'), empty('The mediators have not released a text to you yet. It will appear here as soon as they do.'));
    return;
  }
  const previous = texts.length > 1 ? texts[texts.length - 2] : null;
  const changes = previous ? differences(view, previous.outcome, text.outcome) : [];
  replace(byId('text-body'),
    provisionsTable(view, text.outcome, `Version ${text.version}`, changes.map((c) => c.issue)),
    text.note ? el('p', {}, el('strong', {}, 'Mediators’ note: '), text.note) : null,
    previous ? el('div', {}, el('h3', {}, `What changed since version ${previous.version}`), changesList(view, changes)) : null);
}

function renderResponse() {
  const latest = latestText(view);
  const text = (view.texts || []).find((t) => t.version === chosenVersion) || latest;
  ownResponses(view, byId('respond-summary'));
  const form = byId('respond-form');
  const closed = view.status && view.status !== 'open';
  if (!text || closed) {
    form.replaceChildren(empty(closed ? 'The negotiation is closed: there is nothing more to answer.' : 'Nothing to answer yet.'));
    formVersion = null;
    return;
  }
  if (formVersion === text.version) return; // keep what the party is typing
  formVersion = text.version;
  buildResponseForm(form, view, text, client, byId('respond-status'), refresh);
  const chooser = versionChooser(view, text.version, (version) => {
    chosenVersion = version;
    renderResponse();
  });
  if (chooser) form.prepend(chooser);
}

function renderSessions() {
  replace(byId('sessions-body'), adjournmentNotice(view), deadlineCountdown(view),
    timelineList(view, (id) => participantName(view, id), false),
    view.deadline ? el('p', { class: 'meta' }, `Deadline: ${formatWhen(view.deadline)}`) : null,
    outsideEvents(view));
}

let previewRequests = 0;
let previewTimer = null;

/**
 * Asks the server what the preferences in the form would make of the latest text (the server's own
 * utility and red-line rules; the page holds none) and shows the answer. Edits in quick succession
 * send one request; only the latest answer is shown.
 */
function renderPreview() {
  if (!prefs) return;
  const text = latestText(view);
  const shared = Boolean(view.preferences && view.preferences.shareReservation);
  const full = Boolean(view.preferences && view.preferences.consent === 'full');
  const state = view.confided === true
    ? el('p', { class: 'status', 'data-kind': 'ok' }, 'You have confided preferences. Sending again replaces them. ',
      full ? 'The mediators see your preferences in full, as you chose.'
        : shared ? 'The mediators see your reservation line on their chart.'
          : 'The mediators do not see your reservation.')
    : el('p', { class: 'hint' }, 'You have not confided preferences.');
  replace(byId('preferences-state'), state, confidedPreview());
  if (!text) {
    replace(byId('preview'), empty('When a text is released, this shows what it would be worth to you.'));
    return;
  }
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => askPreview(text), 250);
}

async function askPreview(text) {
  const request = ++previewRequests;
  let answer;
  try {
    answer = await client.post('/preferences/preview', prefs.read());
  } catch (e) {
    if (request !== previewRequests) return;
    replace(byId('preview'), el('p', { class: 'hint' }, `No preview yet: ${e.message}`));
    return;
  }
  if (request !== previewRequests) return;
  const found = (answer.texts || []).find((t) => t.version === text.version);
  if (!found) return;
  const nameOfIssue = (id) => issueName(issueById(view, id));
  const percent = (u) => `${Math.round(u * 100)}%`;
  const above = found.utility >= found.reservation;
  const meter = el('progress', { class: 'meter', max: 100, value: Math.round(found.utility * 100), 'aria-label': 'Your utility for the text' });
  replace(byId('preview'),
    el('p', { class: 'preview' }, `Version ${text.version} would give you `,
      el('strong', { id: 'preview-utility' }, percent(found.utility)), ' of what you want.'),
    meter,
    el('p', { class: above ? 'verdict-ok' : 'verdict-bad' }, above
      ? `That is at or above the least you would accept (${percent(found.reservation)}).`
      : `That is below the least you would accept (${percent(found.reservation)}).`),
    found.brokenRedLines.length ? el('div', { class: 'verdict-bad' }, 'It breaks your red lines:',
      el('ul', {}, found.brokenRedLines.map((line) => el('li', {}, line)))) : null,
    el('details', {}, el('summary', {}, 'Where it comes from'),
      el('table', {},
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Provision'), el('th', { scope: 'col' }, 'Text'),
          el('th', { scope: 'col' }, 'Share'), el('th', { scope: 'col' }, 'Score'))),
        el('tbody', {}, found.contributions.map((c) => el('tr', {},
          el('th', { scope: 'row' }, nameOfIssue(c.issue)), el('td', {}, formatValue(text.outcome[c.issue])),
          el('td', {}, percent(c.weight)), el('td', {}, percent(c.score))))))));
}

/** What the server computed from the preferences the party confided, per text version. */
function confidedPreview() {
  const preview = view.preview || {};
  const versions = Object.keys(preview).sort((a, b) => Number(a) - Number(b));
  if (!versions.length) return null;
  return el('ul', { class: 'plain server-preview', 'aria-label': 'From the preferences you confided' },
    versions.map((v) => {
      const p = preview[v];
      const verdict = p.acceptable ? 'acceptable to you'
        : (p.keepsRedLines === false ? 'breaks a red line' : 'below your reservation');
      return el('li', {}, `Version ${v}: ${Math.round(p.utility * 100)}% — ${verdict}`);
    }));
}

async function confide(event) {
  event.preventDefault();
  const status = byId('preferences-status');
  const body = prefs.read();
  const done = await busy(byId('confide-button'), status, () => client.post('/preferences', body));
  if (done) {
    say(status, body.consent === 'full'
      ? 'Your preferences were confided. The mediators see them in full, as you chose.'
      : body.shareReservation
        ? 'Your preferences were confided. The mediators see your reservation line and what each deal on their chart is worth to you.'
        : body.consent === 'utilities'
          ? 'Your preferences were confided. The mediators see what each deal on their chart is worth to you.'
          : 'Your preferences were confided. Only the system uses them; the mediators see the packages it suggests.', 'ok');
    refresh();
  }
}

async function sendMessage(event) {
  event.preventDefault();
  const input = byId('message-text');
  const status = byId('messages-status');
  if (!input.value.trim()) {
    say(status, 'Write a message first.', 'error');
    input.focus();
    return;
  }
  const done = await busy(byId('message-button'), status, () => client.post('/messages', { text: input.value.trim() }));
  if (done) {
    input.value = '';
    say(status, 'Sent to the mediators.', 'ok');
    refresh();
  }
}

function renderSuggestions() {
  const list = (view.suggestions || []).map(readSuggestion);
  byId('suggestions').hidden = !list.length;
  replace(byId('suggestions-body'), list.map((s) => packageTables(view, s, () => null, partyPackageName)));
}

async function renderAgreement() {
  const recorded = view.agreement || view.status === 'agreed';
  byId('agreement').hidden = !recorded;
  if (!recorded) return;
  await showAgreement(byId('agreement-body'), view, client);
  replace(byId('agreement-sign'), signatureControls(view, client, negotiation, token, refresh));
}
