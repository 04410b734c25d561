// The landing page: an explanation, or with #console=KEY the form that creates a negotiation.
import { readFragment, followLinkChanges, request } from './api.js';
import { byId, el, say, busy, copyField, replace } from './dom.js';

const { consoleKey } = readFragment();
followLinkChanges({ consoleKey });

if (consoleKey) {
  byId('create').hidden = false;
  loadExamples();
  byId('scenario-file').addEventListener('change', readUploadedFile);
  byId('create-form').addEventListener('submit', createNegotiation);
}

async function loadExamples() {
  try {
    const examples = await request('GET', '/api/examples', consoleKey);
    if (!Array.isArray(examples) || !examples.length) return;
    const select = byId('example');
    for (const example of examples) {
      const label = example.description ? `${example.name || example.id} — ${example.description}` : (example.name || example.id);
      select.append(el('option', { value: example.id }, label));
    }
    byId('example-choice').hidden = false;
  } catch (e) {
    // No built-in examples on this server: uploading or pasting still works.
  }
}

async function readUploadedFile(event) {
  const file = event.target.files[0];
  if (!file) return;
  if (file.size > 1024 * 1024) {
    say(byId('create-status'), `${file.name} is larger than 1 MiB, the server's limit.`, 'error');
    return;
  }
  byId('scenario').value = await file.text();
  say(byId('create-status'), `Loaded ${file.name}. Check it below, then create the negotiation.`, 'info');
}

async function createNegotiation(event) {
  event.preventDefault();
  const status = byId('create-status');
  const scenario = byId('scenario').value.trim();
  const example = byId('example').value;
  if (!scenario && !example) {
    say(status, 'Paste or upload a scenario first (or choose an example).', 'error');
    byId('scenario').focus();
    return;
  }
  const body = scenario ? { scenario } : { example };
  const created = await busy(byId('create-button'), status,
    () => request('POST', '/api/negotiations', consoleKey, body));
  if (!created) return;
  const link = created.mediator.link || `${window.location.origin}/mediator.html#n=${encodeURIComponent(created.id)}&t=${encodeURIComponent(created.mediator.token)}`;
  replace(byId('mediator-link'), copyField('Mediator link', link));
  byId('open-console').href = link;
  byId('create-form').hidden = true;
  byId('created').hidden = false;
  byId('open-console').focus();
}
