// The agreement document, as GET /agreement returns it; the same on every participant's page.
import { el, empty, replace } from './dom.js';
import { formatValue, participantName, formatWhen } from './negotiation.js';

/** Renders the recorded agreement: provisions, parties, when, and the event log's hash. */
export function agreementDocument(view, agreement) {
  const provisions = agreement.provisions || [];
  return el('article', { class: 'agreement', 'aria-labelledby': 'agreement-title' },
    el('h3', { id: 'agreement-title' }, `Agreement on version ${agreement.version} of the text`),
    el('p', {}, `Negotiation: ${agreement.negotiation || view.name}`),
    el('table', { class: 'provisions' },
      el('caption', {}, 'Agreed provisions'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Provision'), el('th', { scope: 'col' }, 'Agreed'))),
      el('tbody', {}, provisions.map((p) => el('tr', {},
        el('th', { scope: 'row' }, p.issueName || p.issue),
        el('td', {}, formatValue(p.label || p.value)))))),
    el('p', {}, 'Parties: ',
      (agreement.parties || []).map((id) => participantName(view, typeof id === 'string' ? id : id.id)).join(', ')),
    el('p', {}, `Recorded: ${formatWhen(agreement.recordedAt)}`),
    agreement.logHash ? el('p', { class: 'hash' }, `Event log hash: ${agreement.logHash}`) : null);
}

/**
 * Fetches the recorded agreement with the caller's client and shows it in `body`; says so in
 * `body` when it cannot be loaded.
 */
export async function showAgreement(body, view, client) {
  try {
    replace(body, agreementDocument(view, await client.get('/agreement')));
  } catch (e) {
    replace(body, empty(`The agreement could not be loaded: ${e.message}`));
  }
}
