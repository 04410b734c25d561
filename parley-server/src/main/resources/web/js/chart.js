// The utility space as inline SVG: each point is an outcome placed by two parties' utilities
// (normalised to [0, 1]); the frontier, both reservation lines, the texts and the suggestions.
import { el, svg, freshId } from './dom.js';

const SIZE = 400;
const MARGIN = { left: 52, right: 16, top: 16, bottom: 48 };
const PLOT = SIZE - MARGIN.left - MARGIN.right;

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

/** Reads a point's utility for a party from {utilities: {party: u}} or {party: u} or [x, y]. */
function utilityOf(point, party, index) {
  if (Array.isArray(point)) return point[index];
  if (point.utilities) return point.utilities[party];
  return point[party];
}

/**
 * Draws the chart for two parties (x, y) into a figure element and returns it.
 * space: {reservations: {p: r}, outcomes: [...], frontier: [...], texts: [{version, utilities}],
 *         suggestions: [{package, utilities}]}; nameOf(id) gives display names.
 */
export function utilityChart(space, x, y, nameOf) {
  const titleId = freshId('chart-title');
  const descId = freshId('chart-desc');
  const at = (p) => [utilityOf(p, x, 0), utilityOf(p, y, 1)];
  const reservations = space.reservations || {};
  const texts = space.texts || [];
  const suggestions = space.suggestions || [];
  const frontier = (space.frontier || []).map(at).sort((a, b) => a[0] - b[0]);

  const chart = svg('svg', {
    viewBox: `0 0 ${SIZE} ${SIZE}`, class: 'utility-chart', role: 'img',
    'aria-labelledby': titleId, 'aria-describedby': descId,
  },
  svg('title', { id: titleId }, `Utility space: ${nameOf(x)} across, ${nameOf(y)} up`),
  svg('desc', { id: descId }, describe(space, x, y, nameOf, at)),
  grid(nameOf(x), nameOf(y)),
  zone(reservations[x], reservations[y]),
  (space.outcomes || []).map((o) => {
    const [ux, uy] = at(o);
    const feasible = Array.isArray(o) ? o[2] !== false : o.feasible !== false;
    return svg('circle', { cx: px(ux), cy: py(uy), r: 2.2, class: feasible ? 'outcome' : 'outcome infeasible' });
  }),
  frontier.length
    ? svg('polyline', { class: 'frontier', points: frontier.map(([a, b]) => `${px(a)},${py(b)}`).join(' ') })
    : null,
  reservationLines(reservations[x], reservations[y]),
  suggestions.map((s) => diamond(at(s), s.package || s.name)),
  texts.map((t, i) => textPoint(at(t), `v${t.version}`, i === texts.length - 1)));

  return el('figure', { class: 'chart' }, chart,
    el('figcaption', {}, legend()), dataTable(space, x, y, nameOf, at));
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

function reservationLines(rx, ry) {
  const lines = [];
  if (rx !== undefined) {
    lines.push(svg('line', { x1: px(rx), y1: py(0), x2: px(rx), y2: py(1), class: 'reservation' }));
  }
  if (ry !== undefined) {
    lines.push(svg('line', { x1: px(0), y1: py(ry), x2: px(1), y2: py(ry), class: 'reservation' }));
  }
  return lines;
}

function diamond([ux, uy], label) {
  const cx = px(ux);
  const cy = py(uy);
  const r = 6;
  return svg('g', { class: 'suggestion' },
    svg('polygon', { points: `${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}` }),
    svg('text', { x: cx + 8, y: cy + 12, class: 'point-label' }, label));
}

function textPoint([ux, uy], label, latest) {
  return svg('g', { class: latest ? 'text-point latest' : 'text-point' },
    svg('circle', { cx: px(ux), cy: py(uy), r: latest ? 6 : 4.5 }),
    svg('text', { x: px(ux) + 8, y: py(uy) + (latest ? -8 : 14), class: 'point-label' }, label));
}

function legend() {
  const item = (cls, text) => el('li', {}, el('span', { class: `key ${cls}`, 'aria-hidden': 'true' }), text);
  return el('ul', { class: 'legend' },
    item('key-frontier', 'Pareto frontier'),
    item('key-reservation', 'Reservation (walk-away) lines'),
    item('key-zone', 'Above both reservations'),
    item('key-text', 'Single text versions'),
    item('key-suggestion', 'Suggested packages'),
    item('key-outcome', 'Other outcomes'));
}

function describe(space, x, y, nameOf, at) {
  const parts = [];
  const r = space.reservations || {};
  if (r[x] !== undefined && r[y] !== undefined) {
    parts.push(`Reservations: ${nameOf(x)} ${fmt(r[x])}, ${nameOf(y)} ${fmt(r[y])}.`);
  }
  for (const t of space.texts || []) {
    const [a, b] = at(t);
    parts.push(`Version ${t.version}: ${fmt(a)}, ${fmt(b)}.`);
  }
  for (const s of space.suggestions || []) {
    const [a, b] = at(s);
    parts.push(`Suggestion ${s.package || s.name}: ${fmt(a)}, ${fmt(b)}.`);
  }
  return parts.join(' ') || 'No points yet.';
}

function dataTable(space, x, y, nameOf, at) {
  const rows = [];
  for (const t of space.texts || []) rows.push([`Text version ${t.version}`, ...at(t)]);
  for (const s of space.suggestions || []) rows.push([`Suggestion: ${s.package || s.name}`, ...at(s)]);
  if (!rows.length) return null;
  return el('details', { class: 'chart-data' },
    el('summary', {}, 'The points as a table'),
    el('table', {},
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Point'),
        el('th', { scope: 'col' }, nameOf(x)), el('th', { scope: 'col' }, nameOf(y)))),
      el('tbody', {}, rows.map(([name, a, b]) => el('tr', {},
        el('th', { scope: 'row' }, name), el('td', {}, fmt(a)), el('td', {}, fmt(b)))))));
}
