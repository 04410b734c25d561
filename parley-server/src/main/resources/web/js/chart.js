// The utility space as inline SVG, drawn from GET /api/negotiations/{nid}/utility-space: each point
// is placed by two parties' normalised utilities in [0, 1]; the Pareto frontier, the reservation
// lines the server may show (a party's own consent, or the scenario's for a party that has not
// confided), every text version (the current one highlighted) and the latest suggested packages.
import { el, svg, freshId } from './dom.js';
import { placeLabels, markerBox, textBox } from './chart-labels.js';
import { packageName } from './suggestions.js';

const SIZE = 400;
const MARGIN = { left: 52, right: 16, top: 16, bottom: 48 };
const PLOT = SIZE - MARGIN.left - MARGIN.right;

const SHORT_PACKAGE = { nash: 'Nash', 'kalai-smorodinsky': 'K–S', egalitarian: 'egalitarian' };
const AREA = { left: MARGIN.left, right: SIZE - MARGIN.right, top: MARGIN.top, bottom: SIZE - MARGIN.bottom };

function px(u) {
  return MARGIN.left + clamp(u) * PLOT;
}

function py(u) {
  return MARGIN.top + (1 - clamp(u)) * PLOT;
}

function clamp(u) {
  const n = Number(u);
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

function fmt(u) {
  return Number(u).toFixed(2);
}

/**
 * Draws the chart for two parties (x across, y up) into a figure element and returns it.
 * space: the endpoint's answer {parties, basis: {p: "confided"|"scenario"|"withheld"}, reservations: {p: r},
 *        frontier: [{utilities}], texts: [{version, utilities}], suggestions: [{package, utilities}],
 *        note?}; nameOf(id) gives display names.
 */
export function utilityChart(space, x, y, nameOf) {
  const titleId = freshId('chart-title');
  const descId = freshId('chart-desc');
  const at = (p) => [p.utilities[x], p.utilities[y]];
  const reservations = space.reservations || {};
  const texts = space.texts || [];
  const frontier = (space.frontier || []).map(at).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const suggestions = groupSuggestions(space.suggestions || [], at);
  const shown = {
    frontier: frontier.length > 0,
    reservation: reservations[x] !== undefined || reservations[y] !== undefined,
    zone: reservations[x] !== undefined && reservations[y] !== undefined,
    text: texts.length > 0,
    suggestion: suggestions.length > 0,
  };

  const lines = [reservationLine(x, reservations[x], 'x', nameOf), reservationLine(y, reservations[y], 'y', nameOf)]
    .filter(Boolean);
  const markers = [
    ...suggestions.map((s) => ({ kind: 'suggestion', point: s.point, r: 6, text: s.label, names: s.names })),
    ...texts.map((t, i) => {
      const current = i === texts.length - 1;
      return {
        kind: 'text', point: at(t), r: current ? 6 : 4.5, version: t.version, current,
        text: current ? `v${t.version} (current)` : `v${t.version}`,
      };
    }),
  ];
  for (const m of markers) [m.cx, m.cy] = [px(m.point[0]), py(m.point[1])];
  const order = [...markers].sort((a, b) => rank(a) - rank(b));
  const spots = placeLabels(
    [...markers.map((m) => markerBox(m.cx, m.cy, m.r)), ...lines.map((l) => l.labelBox)],
    order.map((m) => ({ cx: m.cx, cy: m.cy, r: m.r, text: m.text, bold: m.current })), AREA);
  order.forEach((m, i) => { m.label = spots[i]; });

  const chart = svg('svg', {
    viewBox: `0 0 ${SIZE} ${SIZE}`, class: 'utility-chart', role: 'img',
    'aria-labelledby': titleId, 'aria-describedby': descId,
  },
  svg('title', { id: titleId }, `Utility space: ${nameOf(x)} across, ${nameOf(y)} up`),
  svg('desc', { id: descId }, describe(space, x, y, nameOf, at)),
  grid(nameOf(x), nameOf(y)),
  zone(reservations[x], reservations[y]),
  shown.frontier
    ? svg('g', { class: 'frontier' },
      svg('polyline', { points: frontier.map(([a, b]) => `${px(a)},${py(b)}`).join(' ') }),
      frontier.map(([a, b]) => svg('circle', { class: 'frontier-point', cx: px(a), cy: py(b), r: 2.5 })))
    : null,
  lines.map((l) => l.node),
  markers.map((m) => (m.kind === 'suggestion' ? diamond(m) : textPoint(m))));

  return el('figure', { class: 'chart' }, chart,
    el('figcaption', {}, legend(shown), notes(space, x, y, nameOf)),
    dataTable(space, x, y, nameOf, at, suggestions));
}

/** Labels are placed in this order: the current text, the suggestions, then the earlier texts. */
function rank(marker) {
  if (marker.current) return 0;
  return marker.kind === 'suggestion' ? 1 : 2;
}

/** Packages at the same point share one diamond and one label ("Nash, egalitarian"). */
function groupSuggestions(list, at) {
  const groups = [];
  for (const s of list) {
    const point = at(s);
    const same = groups.find((g) => Math.abs(g.point[0] - point[0]) < 1e-9 && Math.abs(g.point[1] - point[1]) < 1e-9);
    if (same) same.names.push(s.package);
    else groups.push({ point, names: [s.package] });
  }
  for (const g of groups) g.label = g.names.map((n) => SHORT_PACKAGE[n] || n).join(', ');
  return groups;
}

function grid(xName, yName) {
  const lines = [];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    lines.push(svg('line', { x1: px(t), y1: py(0), x2: px(t), y2: py(1), class: 'grid' }));
    lines.push(svg('line', { x1: px(0), y1: py(t), x2: px(1), y2: py(t), class: 'grid' }));
    lines.push(svg('text', { x: px(t), y: py(0) + 16, class: 'tick', 'text-anchor': 'middle' }, fmt(t)));
    lines.push(svg('text', { x: px(0) - 6, y: py(t) + 4, class: 'tick', 'text-anchor': 'end' }, fmt(t)));
  }
  lines.push(svg('text', { x: px(0.5), y: SIZE - 8, class: 'axis-label', 'text-anchor': 'middle' },
    `${xName}'s utility`));
  lines.push(svg('text', {
    x: 14, y: py(0.5), class: 'axis-label', 'text-anchor': 'middle',
    transform: `rotate(-90 14 ${py(0.5)})`,
  }, `${yName}'s utility`));
  return lines;
}

function zone(rx, ry) {
  if (rx === undefined || ry === undefined) return null;
  return svg('rect', {
    x: px(rx), y: py(1), width: px(1) - px(rx), height: py(ry) - py(1), class: 'zone',
  });
}

/** A dashed walk-away line: vertical for the party across, horizontal for the party up. */
function reservationLine(party, r, axis, nameOf) {
  if (r === undefined) return null;
  const label = `${nameOf(party)}'s reservation ${fmt(r)}`;
  const across = axis === 'x';
  const right = across && r > 0.6;
  const at = across
    ? { x: px(r) + (right ? -4 : 4), y: py(1) + 12, anchor: right ? 'end' : 'start' }
    : { x: px(0) + 4, y: py(r) + (r > 0.9 ? 13 : -5), anchor: 'start' };
  const line = across
    ? { x1: px(r), y1: py(0), x2: px(r), y2: py(1) }
    : { x1: px(0), y1: py(r), x2: px(1), y2: py(r) };
  return {
    labelBox: textBox(at.x, at.y, label.length, at.anchor),
    node: svg('g', { class: 'reservation', 'data-party': party, 'data-axis': axis },
      svg('line', line),
      svg('text', { x: at.x, y: at.y, class: 'reservation-label', 'text-anchor': at.anchor }, label)),
  };
}

function label(marker) {
  const { x, y, anchor } = marker.label;
  return svg('text', { x, y, class: 'point-label', 'text-anchor': anchor }, marker.text);
}

function diamond(marker) {
  const { cx, cy, r } = marker;
  return svg('g', { class: 'suggestion', 'data-packages': marker.names.join(' ') },
    svg('polygon', { points: `${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}` }),
    label(marker));
}

function textPoint(marker) {
  return svg('g', { class: marker.current ? 'text-point current' : 'text-point', 'data-version': marker.version },
    svg('circle', { cx: marker.cx, cy: marker.cy, r: marker.r }),
    label(marker));
}

function legend(shown) {
  const item = (cls, text) => el('li', {}, el('span', { class: `key ${cls}`, 'aria-hidden': 'true' }), text);
  return el('ul', { class: 'legend' },
    shown.frontier ? item('key-frontier', 'Pareto frontier') : null,
    shown.reservation ? item('key-reservation', 'Reservation (walk-away) line') : null,
    shown.zone ? item('key-zone', 'Above both reservations') : null,
    shown.text ? item('key-current', 'Current text') : null,
    shown.text ? item('key-text', 'Earlier versions') : null,
    shown.suggestion ? item('key-suggestion', 'Suggested packages') : null);
}

/** Why a line or the frontier is missing, in words. */
function notes(space, x, y, nameOf) {
  const lines = [];
  const reservations = space.reservations || {};
  for (const party of [x, y]) {
    if (reservations[party] === undefined) {
      const basis = (space.basis || {})[party];
      lines.push(basis === 'confided'
        ? `No reservation line for ${nameOf(party)}: it confided its preferences without letting you see its reservation.`
        : basis === 'withheld'
          ? `No reservation line for ${nameOf(party)}: it confided its preferences without letting you see them; `
            + 'its utilities here come from the scenario (it consented to suggested packages only).'
          : `No reservation line for ${nameOf(party)}.`);
    }
  }
  if (!(space.frontier || []).length) {
    lines.push(space.note ? `No frontier: ${space.note}` : 'No frontier to draw.');
  }
  return lines.map((text) => el('p', { class: 'hint chart-note' }, text));
}

function describe(space, x, y, nameOf, at) {
  const parts = [];
  const r = space.reservations || {};
  for (const party of [x, y]) {
    if (r[party] !== undefined) parts.push(`${nameOf(party)}'s reservation: ${fmt(r[party])}.`);
  }
  const frontier = space.frontier || [];
  if (frontier.length) parts.push(`The Pareto frontier has ${frontier.length} points.`);
  const texts = space.texts || [];
  texts.forEach((t, i) => {
    const [a, b] = at(t);
    parts.push(`Version ${t.version}${i === texts.length - 1 ? ' (current)' : ''}: ${fmt(a)}, ${fmt(b)}.`);
  });
  for (const s of space.suggestions || []) {
    const [a, b] = at(s);
    parts.push(`Suggestion ${s.package}: ${fmt(a)}, ${fmt(b)}.`);
  }
  return parts.join(' ') || 'No points yet.';
}

function dataTable(space, x, y, nameOf, at, suggestions) {
  const rows = [];
  const r = space.reservations || {};
  if (r[x] !== undefined || r[y] !== undefined) {
    rows.push(['Reservation', r[x], r[y]]);
  }
  const texts = space.texts || [];
  texts.forEach((t, i) => rows.push([`Text version ${t.version}${i === texts.length - 1 ? ' (current)' : ''}`, ...at(t)]));
  for (const s of suggestions) rows.push([`Suggestion: ${s.names.map(packageName).join(', ')}`, ...s.point]);
  if (!rows.length) return null;
  const cell = (u) => el('td', {}, u === undefined ? 'not shown' : fmt(u));
  return el('details', { class: 'chart-data' },
    el('summary', {}, 'The points as a table'),
    el('table', {},
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Point'),
        el('th', { scope: 'col' }, nameOf(x)), el('th', { scope: 'col' }, nameOf(y)))),
      el('tbody', {}, rows.map(([name, a, b]) => el('tr', {},
        el('th', { scope: 'row' }, name), cell(a), cell(b))))));
}
