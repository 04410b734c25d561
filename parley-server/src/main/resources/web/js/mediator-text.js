// The single text: its version history, the differences between versions, releasing a version,
// and the composer that drafts the next version.
import { byId, el, empty, replace, say, busy } from './dom.js';
import {
  textsByVersion, latestText, provisionsTable, differences, changesList, negotiatingParties, valuesOf,
} from './negotiation.js';
import { issueValueField, selectedValue, selectField, textField, checkboxGroup, checkedValues } from './forms.js';

let releaseGroup = null;
let releaseButton = null;
let lastLatest = null;

/** Builds the release form once. */
export function setupText(ctx) {
  releaseGroup = checkboxGroup('Release to',
    negotiatingParties(ctx.view).map((p) => ({ value: p.id, label: p.name || p.id, checked: true })), 'release-to');
  releaseButton = el('button', { type: 'submit' }, 'Release this version');
  const form = byId('release-form');
  form.append(releaseGroup, el('div', { class: 'actions' }, releaseButton));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = byId('text-status');
    const to = checkedValues(releaseGroup);
    if (!ctx.selectedVersion || !to.length) {
      say(status, 'Choose a version and at least one party.', 'error');
      return;
    }
    const version = ctx.selectedVersion;
    const done = await busy(releaseButton, status, () => ctx.client.post(`/texts/${version}/release`, { to }));
    if (done) {
      say(status, `Version ${version} released to ${to.map(ctx.nameOf).join(', ')}.`, 'ok');
      ctx.refresh();
    }
  });
}

/** The version buttons, the selected version's provisions and its differences from another. */
export function renderText(ctx) {
  const view = ctx.view;
  const texts = textsByVersion(view);
  const latest = latestText(view);
  if (!texts.length) {
    replace(byId('versions'));
    replace(byId('text-body'), empty('No text yet. Draft the first version in the composer.'));
    replace(byId('diff-body'));
    byId('release-form').hidden = true;
    return;
  }
  // Follow the newest version unless the mediator is reading an older one.
  if (!ctx.selectedVersion || !texts.some((t) => t.version === ctx.selectedVersion)
      || ctx.selectedVersion === lastLatest) {
    ctx.selectedVersion = latest.version;
  }
  lastLatest = latest.version;
  byId('release-form').hidden = false;
  replace(byId('versions'), texts.map((t) => el('button', {
    type: 'button', class: 'secondary', 'aria-pressed': String(t.version === ctx.selectedVersion),
    on: { click: () => { ctx.selectedVersion = t.version; renderText(ctx); } },
  }, `Version ${t.version}`)));
  const text = texts.find((t) => t.version === ctx.selectedVersion);
  const index = texts.indexOf(text);
  const previous = index > 0 ? texts[index - 1] : null;
  const changes = previous ? differences(view, previous.outcome, text.outcome) : [];
  const released = (text.releasedTo || []).map(ctx.nameOf).join(', ');
  replace(byId('text-body'),
    provisionsTable(view, text.outcome, `Version ${text.version}`, changes.map((c) => c.issue)),
    text.note ? el('p', {}, el('strong', {}, 'Note: '), text.note) : null,
    el('p', { class: 'meta' }, released ? `Released to ${released}.` : 'Not released yet.'));
  renderDiff(ctx, texts, text, previous);
  releaseButton.textContent = `Release version ${text.version}`;
}

function renderDiff(ctx, texts, text, previous) {
  const body = byId('diff-body');
  if (texts.length < 2) {
    replace(body, empty('Only one version so far: nothing to compare.'));
    return;
  }
  const candidates = texts.filter((t) => t.version !== text.version);
  const fromVersion = ctx.compareFrom && candidates.some((t) => t.version === ctx.compareFrom)
    ? ctx.compareFrom : (previous || candidates[0]).version;
  const { field, select } = selectField(`Differences of version ${text.version} from`,
    candidates.map((t) => ({ value: t.version, label: `version ${t.version}` })), { name: 'compare', value: fromVersion });
  select.addEventListener('change', () => { ctx.compareFrom = Number(select.value); renderText(ctx); });
  const from = texts.find((t) => t.version === fromVersion);
  replace(body, field, changesList(ctx.view, differences(ctx.view, from.outcome, text.outcome)));
}

/** Builds the composer once; ctx.composer lets other sections load outcomes into it. */
export function setupComposer(ctx) {
  const view = ctx.view;
  const form = byId('composer-form');
  const fields = (view.issues || []).map((issue) => issueValueField(issue, valuesOf(issue)[0]));
  const note = textField('Note to go with this version', { name: 'note', multiline: true,
    hint: 'Shown to the parties with the text, for example what changed and why.' });
  const releaseNow = checkboxGroup('Release at once to',
    negotiatingParties(view).map((p) => ({ value: p.id, label: p.name || p.id, checked: true })), 'compose-release');
  const submit = el('button', { type: 'submit' }, 'Save as the first version');
  const reset = el('button', {
    type: 'button', class: 'secondary',
    on: { click: () => { const t = latestText(ctx.view); if (t) load(t.outcome); } },
  }, 'Start again from the latest version');
  form.append(el('fieldset', {}, el('legend', {}, 'Provisions'), fields.map((f) => f.field)),
    note.field, releaseNow, el('div', { class: 'actions' }, submit, reset));

  function load(outcome) {
    for (const { select } of fields) {
      const value = outcome[select.dataset.issue];
      if (value !== undefined) select.value = String(value);
    }
  }

  ctx.composer = {
    loaded: false,
    submit,
    reset,
    load,
    applyAmendments(response) {
      for (const a of response.amendments || []) {
        const f = fields.find((x) => x.select.dataset.issue === a.issue);
        if (f) f.select.value = String(a.value);
      }
      say(byId('composer-status'), 'Amendments taken into the composer. Review them, then save.', 'info');
      fields[0].select.focus();
    },
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = byId('composer-status');
    const outcome = {};
    for (const { select } of fields) outcome[select.dataset.issue] = selectedValue(select);
    const to = checkedValues(releaseNow);
    const result = await busy(submit, status, async () => {
      const drafted = await ctx.client.post('/texts', { outcome, note: note.input.value.trim() });
      const version = drafted.payload && drafted.payload.version;
      if (to.length && version) await ctx.client.post(`/texts/${version}/release`, { to });
      return { version, released: to.length > 0 };
    });
    if (result) {
      note.input.value = '';
      say(status, result.released ? `Version ${result.version} saved and released.` : `Version ${result.version} saved.`, 'ok');
      ctx.selectedVersion = null;
      ctx.refresh();
    }
  });
}

/** Keeps the composer's button label current and loads the first text once it exists. */
export function renderComposer(ctx) {
  const latest = latestText(ctx.view);
  if (latest && !ctx.composer.loaded) {
    ctx.composer.load(latest.outcome);
    ctx.composer.loaded = true;
  }
  ctx.composer.submit.textContent = latest ? `Save as version ${latest.version + 1}` : 'Save as the first version';
  ctx.composer.reset.hidden = !latest;
}
