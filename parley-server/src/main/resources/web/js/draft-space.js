// The draft-space chart as the server drew it (GET /api/negotiations/{nid}/utility-space): the page
// places the server's SVG as it is and lists the same points in a table, reachable from the
// keyboard. It computes nothing: the frontier, the zone, the reservations, the drafts and whether a
// draft crosses a red line all come from the server's one chart model.
import { el, svg } from './dom.js';

function fmt(u) {
  return Number(u).toFixed(2);
}

const ELEMENTS = new Set(['svg', 'title', 'g', 'rect', 'line', 'polyline', 'polygon', 'circle', 'text']);
const ATTRIBUTES = new Set(['viewBox', 'role', 'font-family', 'class', 'x', 'y', 'x1', 'y1', 'x2', 'y2',
  'cx', 'cy', 'r', 'width', 'height', 'points', 'fill', 'fill-opacity', 'stroke', 'stroke-width',
  'stroke-opacity', 'stroke-dasharray', 'text-anchor', 'font-size', 'font-weight', 'transform']);

/**
 * The server's SVG text as a node of this page: read by the browser's parser (which runs nothing),
 * then rebuilt element by element from a fixed list of drawing elements and attributes, text always
 * as text; anything else is dropped. So the escaping rule holds by construction here too.
 */
function svgNode(text) {
  const parsed = new DOMParser().parseFromString(text, 'text/html').body.querySelector('svg');
  if (!parsed) return null;
  const copy = (node) => {
    const name = node.localName;
    if (!ELEMENTS.has(name)) return null;
    const attrs = {};
    for (const a of node.attributes) {
      const attr = a.name === 'viewbox' ? 'viewBox' : a.name;
      if (ATTRIBUTES.has(attr)) attrs[attr] = a.value;
    }
    const children = [...node.childNodes].map((c) => (c.nodeType === Node.TEXT_NODE ? c.textContent : (c.nodeType === Node.ELEMENT_NODE ? copy(c) : null)));
    return svg(name, attrs, children);
  };
  const node = copy(parsed);
  node.classList.add('utility-chart');
  node.setAttribute('aria-label', parsed.querySelector('title') ? parsed.querySelector('title').textContent : 'Chart');
  return node;
}

/** What a draft's red-line check says, in words. */
function redLineWords(text, nameOf) {
  if (text.crossesRedLine === true) {
    return `yes: ${(text.crossedBy || []).map(nameOf).join(', ')}'s`;
  }
  if (text.crossesRedLine === false) return 'no';
  const unknown = (text.crossingNotKnownFor || []).map(nameOf).join(', ');
  return (text.crossedBy || []).length ? 'yes' : `not known (${unknown} kept theirs private)`;
}

/** Why a party's reservation line is missing, in words, from the basis the server reports. */
function missingLines(space, nameOf) {
  const reservations = space.reservations || {};
  return [space.x, space.y].filter((party) => reservations[party] === undefined).map((party) => {
    const basis = (space.basis || {})[party];
    return el('p', { class: 'hint chart-note' }, basis === 'confided'
      ? `No reservation line for ${nameOf(party)}: it confided its preferences without letting you see its reservation.`
      : basis === 'withheld'
        ? `No reservation line for ${nameOf(party)}: it confided its preferences without letting you see them; `
          + 'its utilities here come from the scenario (it consented to suggested packages only).'
        : `No reservation line for ${nameOf(party)}.`);
  });
}

/**
 * The chart figure: the server's SVG, its zone verdict as the caption, and the points as a table.
 * space: the endpoint's answer; nameOf(id) gives display names; packageName(id) a package's name.
 */
export function draftSpaceFigure(space, nameOf, packageName) {
  const x = space.x;
  const y = space.y;
  const at = (p) => [p.utilities[x], p.utilities[y]];
  const reservations = space.reservations || {};
  const rows = [];
  if (reservations[x] !== undefined || reservations[y] !== undefined) {
    rows.push({ name: 'Reservation', point: [reservations[x], reservations[y]], note: '' });
  }
  const texts = space.texts || [];
  texts.forEach((t, i) => rows.push({
    name: `Draft v${t.version}${i === texts.length - 1 ? ' (current)' : ''}`,
    point: at(t),
    note: `Crosses a red line: ${redLineWords(t, nameOf)}`,
    kind: 'draft',
  }));
  for (const s of space.suggestions || []) {
    rows.push({ name: `Package: ${packageName(s.package)}`, point: at(s), note: '', kind: 'package' });
  }
  (space.frontier || []).forEach((p, i) => rows.push({
    name: `Frontier point ${i + 1}`, point: at(p), note: p.inZone ? 'In the zone of agreement' : '', kind: 'frontier',
  }));
  const cell = (u) => el('td', {}, u === undefined ? 'not shown' : fmt(u));
  const chart = space.svg ? svgNode(space.svg) : null;
  return el('figure', { class: 'chart' },
    chart,
    el('figcaption', {},
      el('p', { class: 'zone-summary', 'data-zone': space.zone || 'unknown' }, space.zoneSummary || ''),
      chart ? null : el('p', { class: 'hint' }, 'No chart to draw.'),
      missingLines(space, nameOf)),
    el('details', { class: 'chart-data' },
      el('summary', {}, 'The chart’s points as a table'),
      el('table', { class: 'chart-table' },
        el('caption', {}, `Utilities of ${nameOf(x)} and ${nameOf(y)} (0 = nothing, 1 = all they want)`),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Point'),
          el('th', { scope: 'col' }, nameOf(x)), el('th', { scope: 'col' }, nameOf(y)),
          el('th', { scope: 'col' }, 'Note'))),
        el('tbody', {}, rows.map((r) => el('tr', { 'data-kind': r.kind || 'reservation' },
          el('th', { scope: 'row' }, r.name), cell(r.point[0]), cell(r.point[1]), el('td', {}, r.note)))))));
}
