// The printable agreement page (agreement.html): loads the caller's agreement sheet and shows it
// for printing (the print style sheet hides the buttons); the same sheet as the server's PDF.
import { readFragment, NegotiationClient } from './api.js';
import { byId, replace, say } from './dom.js';
import { agreementSheet, downloadPdf } from './agreement-page.js';

const { negotiation, token } = readFragment();
const status = byId('page-status');

async function start() {
  if (!negotiation || !token) {
    say(status, 'This page needs your personal link, which ends in #n=…&t=….', 'error');
    return;
  }
  try {
    const agreement = await new NegotiationClient(negotiation, token).get('/agreement');
    replace(byId('sheet'), agreementSheet(agreement.sheet));
    document.title = `Agreement: ${agreement.sheet.title} — Parley`;
    byId('tools').hidden = false;
  } catch (e) {
    say(status, e.status === 404 ? 'No agreement has been recorded yet.' : e.message, 'error');
  }
}

byId('print-button').addEventListener('click', () => window.print());
byId('pdf-button').addEventListener('click', async () => {
  try {
    await downloadPdf(negotiation, token);
  } catch (e) {
    say(status, e.message, 'error');
  }
});
start();
