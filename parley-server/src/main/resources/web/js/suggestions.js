// Suggested packages as the view lists them, read into one shape: [{seq, packages: [{name, outcome}]}].
import { el, empty } from './dom.js';
import { provisionsTable, participantName } from './negotiation.js';

const PACKAGE_NAMES = {
  nash: 'Nash bargaining solution',
  'kalai-smorodinsky': 'Kalai–Smorodinsky solution',
  egalitarian: 'Egalitarian solution',
};

/** What parties read for the same packages: plain words, no analyst terms. */
const PARTY_PACKAGE_NAMES = {
  nash: 'A package both sides may accept',
  'kalai-smorodinsky': 'A package that shares the gains in proportion',
  egalitarian: 'A package that gives each side an equal gain',
};

/** A readable name for a package id (the mediators' terms). */
export function packageName(id) {
  return PACKAGE_NAMES[id] || id;
}

/** The name parties read for a package id. */
export function partyPackageName(id) {
  return PARTY_PACKAGE_NAMES[id] || 'A suggested package';
}

/** Normalises one suggestion (an object with packages as a list or a map) to {seq, packages, note}. */
export function readSuggestion(s) {
  const source = s.packages || (s.payload && s.payload.packages) || {};
  const packages = Array.isArray(source)
    ? source.map((p) => ({ name: p.package || p.name, outcome: p.outcome }))
    : Object.entries(source).map(([name, p]) => ({ name, outcome: p && p.outcome ? p.outcome : p }));
  return {
    seq: s.seq,
    packages: packages.filter((p) => p.outcome && typeof p.outcome === 'object'),
    note: s.explanation || s.note || '',
    basis: s.basis || null,
    single: s.package || null,
    outcome: s.outcome || null,
  };
}

/** The packages of one suggestion as tables, each with optional controls from extra(pkg). */
export function packageTables(view, suggestion, extra = () => null, nameOf = packageName) {
  const items = suggestion.packages.length ? suggestion.packages
    : (suggestion.outcome ? [{ name: suggestion.single || 'package', outcome: suggestion.outcome }] : []);
  if (!items.length) return empty(suggestion.note || 'No package satisfies every red line and reservation.');
  const basis = suggestion.basis ? Object.entries(suggestion.basis) : [];
  return el('div', { class: 'packages' },
    suggestion.note ? el('p', { class: 'package-note' }, suggestion.note) : null,
    basis.length ? el('p', { class: 'meta package-note' }, 'Computed from: ', basis.map(([party, source]) =>
      `${participantName(view, party)} — ${source === 'confided' ? 'confided preferences' : 'the scenario’s preferences'}`).join('; ')) : null,
    items.map((p) => el('div', { class: 'package', 'data-package': p.name },
      provisionsTable(view, p.outcome, nameOf(p.name)), extra(p))));
}
