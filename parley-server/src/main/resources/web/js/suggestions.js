// Suggested packages as the view lists them, read into one shape: [{seq, packages: [{name, outcome}]}].
import { el, empty } from './dom.js';
import { provisionsTable, participantName } from './negotiation.js';

const PACKAGE_NAMES = {
  nash: 'Nash bargaining solution',
  'kalai-smorodinsky': 'Kalai–Smorodinsky solution',
  egalitarian: 'Egalitarian solution',
};

/** A readable name for a package id. */
export function packageName(id) {
  return PACKAGE_NAMES[id] || id;
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
export function packageTables(view, suggestion, extra = () => null) {
  const items = suggestion.packages.length ? suggestion.packages
    : (suggestion.outcome ? [{ name: suggestion.single || 'package', outcome: suggestion.outcome }] : []);
  if (!items.length) return empty(suggestion.note || 'No package satisfies every red line and reservation.');
  const basis = suggestion.basis ? Object.entries(suggestion.basis) : [];
  return el('div', { class: 'packages' },
    suggestion.note ? el('p', { class: 'package-note' }, suggestion.note) : null,
    basis.length ? el('p', { class: 'meta package-note' }, 'Computed from: ', basis.map(([party, source]) =>
      `${participantName(view, party)} — ${source === 'confided' ? 'confided preferences' : 'the scenario’s preferences'}`).join('; ')) : null,
    items.map((p) => el('div', { class: 'package', 'data-package': p.name },
      provisionsTable(view, p.outcome, packageName(p.name)), extra(p))));
}
