// The agreement's printable form and its signatures (issue 16): the sheet the server writes (title,
// parties, mediators, terms in plain words, ISO 8601 dates with the time zone, the event log's
// hash, signatures), a link to the printable page, the PDF, and a party's one-click signature.
import { el, empty, say, busy } from './dom.js';

/** The agreement sheet as a printable article (the same sections as the server's PDF). */
export function agreementSheet(sheet) {
  const people = (list) => (list.length
    ? el('ul', { class: 'plain' }, list.map((p) => el('li', {}, p.name))) : el('p', {}, 'None.'));
  return el('article', { class: 'agreement-sheet', 'aria-labelledby': 'sheet-title' },
    el('h1', { id: 'sheet-title' }, `Agreement: ${sheet.title}`),
    el('p', { class: 'meta' }, `Version ${sheet.version} of the single text, recorded `,
      el('time', { datetime: sheet.recordedAt }, sheet.recordedAt), ` (time zone ${sheet.zone})`),
    el('h2', {}, 'Parties'), people(sheet.parties),
    el('h2', {}, 'Mediators'), people(sheet.mediators),
    el('h2', {}, 'Agreed terms'),
    el('table', { class: 'terms' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Issue'), el('th', { scope: 'col' }, 'Agreed'))),
      el('tbody', {}, sheet.terms.map((t) => el('tr', { 'data-issue': t.issue },
        el('th', { scope: 'row' }, t.issueName), el('td', {}, t.words))))),
    el('h2', {}, 'Signatures'),
    sheet.signatures.length
      ? el('ul', { class: 'plain signatures' }, sheet.signatures.map((s) => el('li', {},
        `Signed by ${s.name} at `, el('time', { datetime: s.signedAt }, s.signedAt))))
      : el('p', {}, 'No party has signed yet.'),
    el('h2', {}, 'Event log'),
    el('p', {}, 'Head hash of the event log before the agreement:'),
    el('p', { class: 'hash' }, sheet.logHash));
}

/** Fetches the PDF with the caller's token and saves it as agreement.pdf. */
export async function downloadPdf(negotiation, token) {
  const response = await fetch(`/api/negotiations/${encodeURIComponent(negotiation)}/agreement.pdf`, {
    headers: { Authorization: `Bearer ${token}` }, cache: 'no-store',
  });
  if (!response.ok) throw new Error('The PDF could not be made. Try again in a moment.');
  const url = URL.createObjectURL(await response.blob());
  const link = el('a', { href: url, download: 'agreement.pdf' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * Under the agreement in a room or the console: who signed and when, the printable page, the PDF,
 * and for a party that has not signed, one button to sign.
 */
export function signatureControls(view, client, negotiation, token, onSigned) {
  const status = el('p', { class: 'status', role: 'alert', hidden: true });
  const me = view.you ? view.you.participant : '';
  const signatures = (view.day && view.day.signatures) || [];
  const signed = signatures.some((s) => s.party === me);
  const party = view.you && view.you.role === 'party';
  const sign = party && !signed && view.status === 'agreed'
    ? el('button', { type: 'button', id: 'sign-button' }, 'Sign the agreement') : null;
  if (sign) {
    sign.addEventListener('click', async () => {
      const done = await busy(sign, status, () => client.post('/agreement/signatures', {}));
      if (done) {
        say(status, 'You signed the agreement.', 'ok');
        onSigned();
      }
    });
  }
  const pdf = el('button', { type: 'button', class: 'secondary', id: 'pdf-button' }, 'Download the PDF');
  pdf.addEventListener('click', async () => {
    await busy(pdf, status, () => downloadPdf(negotiation, token));
  });
  const printable = el('a', {
    href: `agreement.html#n=${encodeURIComponent(negotiation)}&t=${encodeURIComponent(token)}`,
    target: '_blank', rel: 'noopener', id: 'printable-link',
  }, 'Open the printable agreement');
  return el('div', { class: 'signatures-box' },
    el('h3', {}, 'Signatures'),
    signatures.length
      ? el('ul', { class: 'plain', id: 'signature-list' }, signatures.map((s) => el('li', {},
        `${s.name} signed at `, el('time', { datetime: s.signedAt }, s.signedAt))))
      : empty('No party has signed yet.'),
    party && signed ? el('p', { class: 'verdict-ok' }, 'You have signed the agreement.') : null,
    el('div', { class: 'actions' }, sign, pdf, printable), status);
}
