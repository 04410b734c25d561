// The console's suggested packages, utility-space chart and agreement.
import { byId, el, empty, replace, say, busy, unchanged } from './dom.js';
import { negotiatingParties, textsByVersion, latestResponse } from './negotiation.js';
import { selectField, checkboxGroup, checkedValues } from './forms.js';
import { readSuggestion, packageTables, packageName } from './suggestions.js';
import { draftSpaceFigure } from './draft-space.js';
import { showAgreement } from './agreement.js';

/** The button that asks the server for packages. */
export function setupSuggestions(ctx) {
  const button = byId('suggest-button');
  button.addEventListener('click', async () => {
    const done = await busy(button, byId('suggestions-status'), () => ctx.client.post('/suggestions', {}));
    if (done) ctx.refresh();
  });
}

/** The latest suggestion's packages, each with "use in composer" and "release to parties". */
export function renderSuggestions(ctx) {
  if (unchanged(byId('suggestions-body'), ctx.view.suggestions)) return;
  const list = (ctx.view.suggestions || []).map(readSuggestion);
  if (!list.length) {
    replace(byId('suggestions-body'), empty('No packages suggested yet.'));
    return;
  }
  const latest = list[list.length - 1];
  const parties = negotiatingParties(ctx.view);
  replace(byId('suggestions-body'), packageTables(ctx.view, latest, (pkg) => {
    const group = checkboxGroup(`Show the ${packageName(pkg.name)} to`,
      parties.map((p) => ({ value: p.id, label: p.name || p.id })), `suggest-${pkg.name}`);
    const status = el('p', { class: 'status', role: 'alert', hidden: true });
    const release = el('button', {
      type: 'button', class: 'secondary',
      on: {
        click: async (event) => {
          const to = checkedValues(group);
          if (!to.length) {
            say(status, 'Choose at least one party.', 'error');
            return;
          }
          const done = await busy(event.currentTarget, status,
            () => ctx.client.post(`/suggestions/${latest.seq}/release`, { to, package: pkg.name }));
          if (done) say(status, 'Released.', 'ok');
        },
      },
    }, 'Release this package');
    return el('div', {},
      el('button', { type: 'button', on: { click: () => ctx.composer.load(pkg.outcome) } },
        'Use in the composer'),
      el('details', {}, el('summary', {}, 'Show it to parties'), group, release, status));
  }));
}

let axes = null;
let spaceMissing = false;
let spaceRequests = 0;

/**
 * Fetches the chart the server drew (mediator only) and places it; explains when it is unavailable.
 * When updates come quickly, only the answer to the latest request is shown.
 */
export async function renderSpace(ctx) {
  const body = byId('space-body');
  if (spaceMissing) return;
  const request = ++spaceRequests;
  const parties = negotiatingParties(ctx.view).map((p) => p.id);
  if (parties.length < 2) {
    replace(body, empty('The chart needs two parties with preferences.'));
    return;
  }
  if (!axes || !parties.includes(axes[0]) || !parties.includes(axes[1])) axes = [parties[0], parties[1]];
  let space;
  try {
    space = await ctx.client.get(`/utility-space?x=${encodeURIComponent(axes[0])}&y=${encodeURIComponent(axes[1])}`);
    if (request !== spaceRequests) return;
  } catch (e) {
    if (request !== spaceRequests) return;
    spaceMissing = e.status === 404;
    replace(body, empty(spaceMissing
      ? 'This server does not provide the chart yet.'
      : `The chart could not be loaded. ${e.message}`));
    return;
  }
  const controls = [];
  if (parties.length > 2) {
    const options = parties.map((p) => ({ value: p, label: ctx.nameOf(p) }));
    const across = selectField('Across', options, { name: 'axis-x', value: axes[0] });
    const up = selectField('Up', options, { name: 'axis-y', value: axes[1] });
    const change = () => {
      if (across.select.value === up.select.value) return;
      axes = [across.select.value, up.select.value];
      renderSpace(ctx);
    };
    across.select.addEventListener('change', change);
    up.select.addEventListener('change', change);
    controls.push(el('div', { class: 'inline-choices' }, across.field, up.field));
  }
  replace(body, controls, draftSpaceFigure(space, ctx.nameOf, packageName));
}

let versionSelect = null;
let recordButton = null;

/** Builds the form that records the agreement on a version. */
export function setupAgreement(ctx) {
  const form = byId('agreement-form');
  const holder = el('div', {});
  recordButton = el('button', { type: 'submit' }, 'Record the agreement');
  form.append(holder, el('p', { class: 'hint' },
    'The server records it only when every party\'s latest response to that version is to accept.'),
  el('div', { class: 'actions' }, recordButton));
  ctx.agreementHolder = holder;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const version = versionSelect ? Number(versionSelect.value) : 0;
    if (!version) {
      say(byId('agreement-status'), 'There is no text to agree on yet.', 'error');
      return;
    }
    const done = await busy(recordButton, byId('agreement-status'),
      () => ctx.client.post('/agreement', { version }));
    if (done) ctx.refresh();
  });
}

/** Shows the agreement document once recorded; otherwise the form, with who has accepted. */
export async function renderAgreement(ctx) {
  const view = ctx.view;
  const body = byId('agreement-body');
  if (view.agreement || view.status === 'agreed') {
    byId('agreement-form').hidden = true;
    await showAgreement(body, view, ctx.client);
    return;
  }
  const texts = textsByVersion(view);
  byId('agreement-form').hidden = !texts.length || view.status === 'ended';
  if (!texts.length) {
    replace(body, empty('No agreement yet. Draft and release a text first.'));
    return;
  }
  const latest = texts[texts.length - 1];
  const accepted = negotiatingParties(view).map((p) => {
    const last = latestResponse(view, p.id, latest.version);
    return `${p.name || p.id}: ${last ? last.verdict : 'no answer'}`;
  });
  // Offer the newest version unless the mediator picked another one by hand.
  const chosen = ctx.agreementVersion && texts.some((t) => t.version === ctx.agreementVersion)
    ? ctx.agreementVersion : latest.version;
  const field = selectField('Version to record', texts.map((t) => ({ value: t.version, label: `version ${t.version}` })),
    { name: 'agreement-version', value: chosen });
  field.select.addEventListener('change', () => { ctx.agreementVersion = Number(field.select.value); });
  versionSelect = field.select;
  replace(body, empty(view.status === 'ended' ? 'The negotiation ended without agreement.' : 'No agreement yet.'),
    el('p', {}, `Answers to version ${latest.version}: ${accepted.join('; ')}.`));
  replace(ctx.agreementHolder, field.field);
}
