// Places point labels on the utility chart so they neither cover each other nor the points: each
// label tries a few spots around its point (right, above, below, left, the diagonals, then a line
// further above or below; a centred label slides sideways to stay inside the plot) and
// takes the first that stays inside the plot and clear of everything placed before it, else the
// spot inside the plot that touches the fewest things.

const CHAR_WIDTH = 6.4; // px per character at the chart's 11px label size (bold is a little wider)
const HEIGHT = 12;

const SPOTS = [
  { dx: 1, dy: 0, anchor: 'start' },
  { dx: 0, dy: -1, anchor: 'middle' },
  { dx: 0, dy: 1, anchor: 'middle' },
  { dx: -1, dy: 0, anchor: 'end' },
  { dx: 1, dy: -1, anchor: 'start' },
  { dx: 1, dy: 1, anchor: 'start' },
  { dx: -1, dy: -1, anchor: 'end' },
  { dx: -1, dy: 1, anchor: 'end' },
  { dx: 0, dy: -1, anchor: 'middle', far: true },
  { dx: 0, dy: 1, anchor: 'middle', far: true },
];

function box(x, y, width) {
  return { left: x, right: x + width, top: y - HEIGHT + 2, bottom: y + 2 };
}

function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(a, area) {
  return a.left >= area.left && a.right <= area.right && a.top >= area.top && a.bottom <= area.bottom;
}

/** The box a marker of radius r at (cx, cy) covers. */
export function markerBox(cx, cy, r) {
  return { left: cx - r, right: cx + r, top: cy - r, bottom: cy + r };
}

/** The left edge of a text this wide drawn at x with this text-anchor. */
function leftEdge(x, width, anchor) {
  return anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
}

/** The box a text of this many characters covers, drawn at (x, y) with this text-anchor. */
export function textBox(x, y, characters, anchor) {
  const width = characters * CHAR_WIDTH;
  return box(leftEdge(x, width, anchor), y, width);
}

/**
 * obstacles: [{left, right, top, bottom}] what labels keep clear of (markers, fixed labels);
 * labels: [{cx, cy, r, text, bold}] in the order of importance; area: {left, right, top, bottom}.
 * Returns, for each label, {x, y, anchor} for an SVG text element.
 */
export function placeLabels(obstacles, labels, area) {
  const taken = [...obstacles];
  return labels.map((label) => {
    const width = label.text.length * CHAR_WIDTH * (label.bold ? 1.1 : 1);
    const gap = label.r + 4;
    let best = null;
    for (const spot of SPOTS) {
      let x = label.cx + spot.dx * gap;
      const y = label.cy + (spot.dy === 0 ? 4 : spot.dy < 0 ? -gap : gap + HEIGHT - 4)
        + Math.sign(spot.dy) * (spot.far ? HEIGHT : 0);
      if (spot.anchor === 'middle') {
        // Centred above or below, but slid sideways to stay inside the plot.
        x = Math.min(Math.max(x, area.left + width / 2), area.right - width / 2);
      }
      const candidate = { x, y, anchor: spot.anchor, box: box(leftEdge(x, width, spot.anchor), y, width) };
      // Leaving the plot is worse than touching a neighbour; fewer touches are better.
      candidate.cost = (inside(candidate.box, area) ? 0 : 100)
        + taken.filter((t) => overlaps(t, candidate.box)).length;
      if (!best || candidate.cost < best.cost) best = candidate;
      if (best.cost === 0) break;
    }
    taken.push(best.box);
    return best;
  });
}
