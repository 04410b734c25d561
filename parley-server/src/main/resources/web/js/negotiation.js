// Reading a negotiation's VIEW: names, issues and their values, texts and their differences.
import { el, empty } from './dom.js';

/** The display name of a participant id (falls back to the id). */
export function participantName(view, id) {
  const party = (view.parties || []).find((p) => p.id === id);
  if (!party && id === 'mediator') return 'the mediators';
  return party && party.name ? party.name : id;
}

/** Participants whose role is "party" (they respond to texts and may confide preferences). */
export function negotiatingParties(view) {
  return (view.parties || []).filter((p) => (p.role || 'party') === 'party');
}

/** The issue with this id, or a stand-in that shows the raw id. */
export function issueById(view, id) {
  return (view.issues || []).find((i) => i.id === id) || { id, name: id, values: [] };
}

export function issueName(issue) {
  return issue.name || issue.id;
}

/** True when the issue is an integer range ({min, max, step?}) rather than a list of labels. */
export function isRange(issue) {
  return !Array.isArray(issue.values) && typeof issue.min === 'number';
}

/** Every value an issue can take, as strings for labels and numbers for ranges. */
export function valuesOf(issue) {
  if (!isRange(issue)) return issue.values || [];
  const step = issue.step || 1;
  const values = [];
  for (let v = issue.min; v <= issue.max; v += step) values.push(v);
  return values;
}

/** A value as people read it: "phased-all" becomes "phased all", "full_withdrawal" "full withdrawal". */
export function formatValue(value) {
  if (value === null || value === undefined) return '—';
  return String(value).replace(/[-_]+/g, ' ');
}

/** Texts sorted by version, oldest first. */
export function textsByVersion(view) {
  return [...(view.texts || [])].sort((a, b) => a.version - b.version);
}

/** The newest text released to the caller (for a party, every text in its view was released). */
export function latestText(view) {
  const texts = textsByVersion(view);
  return texts.length ? texts[texts.length - 1] : null;
}

/** A party's newest response (to `version`, when given), or null. */
export function latestResponse(view, party, version) {
  const own = (view.responses || [])
    .filter((r) => r.party === party && (version === undefined || r.version === version));
  return own.length ? own[own.length - 1] : null;
}

/** The provisions that differ between two outcomes: [{issue, before, after}]. */
export function differences(view, before, after) {
  const changes = [];
  for (const issue of view.issues || []) {
    const a = before ? before[issue.id] : undefined;
    const b = after ? after[issue.id] : undefined;
    if (String(a) !== String(b)) changes.push({ issue: issue.id, before: a, after: b });
  }
  return changes;
}

/** A table of an outcome's provisions; issues listed in `changed` are marked. */
export function provisionsTable(view, outcome, caption, changed = []) {
  if (!outcome) return empty('No text yet.');
  const rows = (view.issues || []).map((issue) => {
    const isChanged = changed.includes(issue.id);
    return el('tr', { class: isChanged ? 'changed' : null },
      el('th', { scope: 'row' }, issueName(issue)),
      el('td', {}, formatValue(outcome[issue.id]), isChanged ? el('span', { class: 'badge' }, 'changed') : null));
  });
  return el('table', { class: 'provisions' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Provision'), el('th', { scope: 'col' }, 'Text'))),
    el('tbody', {}, rows));
}

/** A list describing the changes between two versions in words. */
export function changesList(view, changes) {
  if (!changes.length) return empty('No provision changed.');
  return el('ul', { class: 'changes' }, changes.map((c) => el('li', {},
    el('strong', {}, issueName(issueById(view, c.issue))), ': ',
    el('del', {}, formatValue(c.before)), ' → ', el('ins', {}, formatValue(c.after)))));
}

/** "accept" → "Accepted", for response badges. */
export function verdictLabel(verdict) {
  return { accept: 'Accepted', reject: 'Rejected', amend: 'Amendments proposed' }[verdict] || verdict;
}

/** The date of a session or deadline as written, or a readable ISO time. */
export function formatWhen(value) {
  if (value === null || value === undefined || value === '') return 'not set';
  if (typeof value === 'object') {
    if (value.rounds !== undefined) {
      if (value.rounds === null) return 'no deadline';
      const done = value.round === undefined ? '' : `, ${value.round} used`;
      return `${value.rounds} rounds${done}`;
    }
    if (value.at) return formatWhen(value.at);
    return JSON.stringify(value);
  }
  const date = new Date(value);
  if (/^\d{4}-\d{2}-\d{2}/.test(String(value)) && !Number.isNaN(date.getTime())) {
    return date.toLocaleString();
  }
  return String(value);
}

/** Sessions and adjournments in the order they happened (by event sequence). */
export function timeline(view) {
  const sessions = (view.sessions || []).map((s) => ({ kind: 'session', ...s }));
  const adjournments = (view.adjournments || []).map((a) => ({ kind: 'adjournment', ...a }));
  return [...sessions, ...adjournments].sort((a, b) => (a.seq || 0) - (b.seq || 0));
}
