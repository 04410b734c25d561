// The guided form a party fills in to confide its preferences: points per issue, a score per
// option, a reservation (and whether the mediators may draw it on their chart), and red lines.
// read() gives the body of POST /preferences.
import { el, freshId } from './dom.js';
import { issueName, valuesOf, formatValue, isRange } from './negotiation.js';
import { selectField, textField, checkboxGroup, checkedValues } from './forms.js';

function slider(label, { min = 0, max = 100, value = 50, name, format }) {
  const id = freshId(name);
  const input = el('input', { id, type: 'range', min, max, step: 1, name, props: { value: String(value) } });
  const output = el('output', { for: id }, format(value));
  input.addEventListener('input', () => { output.textContent = format(Number(input.value)); });
  return { row: el('div', { class: 'slider-row' }, el('label', { for: id }, label), input, output), input, output };
}

/**
 * Builds the form inside `form` for the view's issues. onChange() runs on every edit.
 * Returns {read, refreshShares}.
 */
export function preferencesForm(form, view, onChange) {
  const issues = view.issues || [];
  const weightSliders = issues.map((issue) => ({
    issue,
    ...slider(issueName(issue), { name: `weight-${issue.id}`, value: 50, format: (v) => `${v} pts` }),
  }));
  const shares = el('p', { class: 'hint', 'aria-live': 'polite' });
  const scoreSliders = issues.map((issue) => ({
    issue,
    sliders: valuesOf(issue).map((value) => ({
      value,
      ...slider(formatValue(value), { name: `score-${issue.id}`, value: 50, format: (v) => `${v}%` }),
    })),
  }));
  const reservation = slider('Least acceptable', { name: 'reservation', value: 0, format: (v) => `${v}%` });
  const shareId = freshId('share-reservation');
  const share = el('input', { id: shareId, type: 'checkbox', name: 'share-reservation', 'aria-describedby': `${shareId}-hint` });
  const consent = selectField('What the mediators may see', [
    { value: 'suggestions', label: 'Only the packages suggested from my preferences' },
    { value: 'utilities', label: 'Also what each deal on their chart is worth to me' },
    { value: 'full', label: 'My full preferences' },
  ], { name: 'consent', value: (view.preferences && view.preferences.consent) || 'suggestions' });
  const redLineList = el('div', { class: 'red-lines' });
  const addRedLine = el('button', { type: 'button', class: 'secondary', on: { click: () => { redLineList.append(redLineEditor(issues, onChange)); onChange(); } } }, 'Add a red line');

  form.append(
    el('fieldset', {}, el('legend', {}, 'How much each issue matters'),
      el('p', { class: 'hint' }, 'Give more points to what matters more. Your points are turned into shares of 100%.'),
      weightSliders.map((w) => w.row), shares),
    ...scoreSliders.map(({ issue, sliders }) => el('fieldset', {},
      el('legend', {}, `How good each option is for you: ${issueName(issue)}`),
      el('p', { class: 'hint' }, '0% = worst for you, 100% = best.'),
      sliders.map((s) => s.row))),
    el('fieldset', {}, el('legend', {}, 'Your reservation'),
      el('p', { class: 'hint' }, 'Below this share of everything you want, you would rather have no agreement.'),
      reservation.row,
      el('label', { class: 'choice', for: shareId }, share,
        'Let the mediators draw my reservation line on their chart'),
      el('p', { class: 'hint', id: `${shareId}-hint` },
        'Unticked, nobody sees it. Ticked, the mediators see this one number as a dashed line across their '
        + 'chart of the possible deals; never your points, scores or red lines.')),
    el('fieldset', {}, el('legend', {}, 'Consent'),
      el('p', { class: 'hint' }, 'By default the mediators see only the packages the system suggests; your '
        + 'points, scores and red lines stay with the system. Ticking the reservation box above also lets '
        + 'them see what each deal on their chart is worth to you.'),
      consent.field),
    el('fieldset', {}, el('legend', {}, 'Red lines'),
      el('p', { class: 'hint' }, 'Conditions you will never give up, whatever else is offered.'),
      redLineList, addRedLine));

  function points() {
    const p = {};
    for (const w of weightSliders) p[w.issue.id] = Number(w.input.value);
    return p;
  }

  function refreshShares() {
    const weights = weightsFromPoints(points());
    shares.textContent = `Shares: ${issues.map((i) => `${issueName(i)} ${Math.round(weights[i.id] * 100)}%`).join(', ')}`;
  }

  form.addEventListener('input', () => { refreshShares(); onChange(); });
  form.addEventListener('change', onChange);
  refreshShares();

  function read() {
    const scores = {};
    for (const { issue, sliders } of scoreSliders) {
      scores[issue.id] = {};
      for (const s of sliders) scores[issue.id][String(s.value)] = Number(s.input.value) / 100;
    }
    const redLines = [...redLineList.querySelectorAll('.red-line')].map((node) => node.readRedLine()).filter(Boolean);
    return {
      weights: weightsFromPoints(points()),
      scores,
      reservation: Number(reservation.input.value) / 100,
      // Sharing the reservation line needs the mediators to see utilities; full consent shares it.
      shareReservation: consent.select.value === 'full' || share.checked,
      consent: share.checked && consent.select.value === 'suggestions' ? 'utilities' : consent.select.value,
      redLines,
    };
  }

  return { read, refreshShares };
}

const KINDS = [
  { value: 'forbid', label: 'Never accept' },
  { value: 'require', label: 'Always require' },
  { value: 'if', label: 'If … then …' },
];

function conditionEditor(issues, legend, onChange) {
  const wrapper = el('div', { class: 'condition' });
  const { field, select } = selectField(legend, issues.map((i) => ({ value: i.id, label: issueName(i) })), { name: 'red-line-issue' });
  let values = null;
  const rebuild = () => {
    const issue = issues.find((i) => i.id === select.value);
    const next = checkboxGroup(`Values of ${issueName(issue)}`,
      valuesOf(issue).map((v) => ({ value: v, label: formatValue(v) })), `red-line-values-${freshId()}`);
    next.dataset.range = isRange(issue) ? 'yes' : 'no';
    if (values) values.replaceWith(next); else wrapper.append(next);
    values = next;
    onChange();
  };
  select.addEventListener('change', rebuild);
  wrapper.append(field);
  rebuild();
  return {
    node: wrapper,
    read() {
      const chosen = checkedValues(values).map((v) => (values.dataset.range === 'yes' ? Number(v) : v));
      return chosen.length ? { [select.value]: chosen } : null;
    },
  };
}

function redLineEditor(issues, onChange) {
  const kind = selectField('Kind of red line', KINDS, { name: 'red-line-kind', value: 'forbid' });
  const first = conditionEditor(issues, 'Issue', onChange);
  const second = conditionEditor(issues, 'Then this issue', onChange);
  const label = textField('In your words (optional)', { name: 'red-line-label' });
  const node = el('fieldset', { class: 'red-line' }, el('legend', {}, 'Red line'),
    kind.field, first.node, second.node, label.field,
    el('button', { type: 'button', class: 'secondary', on: { click: () => { node.remove(); onChange(); } } }, 'Remove this red line'));
  const showSecond = () => { second.node.hidden = kind.select.value !== 'if'; };
  kind.select.addEventListener('change', showSecond);
  showSecond();
  node.readRedLine = () => {
    const a = first.read();
    if (!a) return null;
    const line = {};
    if (kind.select.value === 'if') {
      const b = second.read();
      if (!b) return null;
      line.if = a;
      line.then = b;
    } else {
      line[kind.select.value] = a;
    }
    if (label.input.value.trim()) line.label = label.input.value.trim();
    return line;
  };
  return node;
}

/** Scales points to weights that sum to 1 (all zero gives equal weights): the form's own scale. */
function weightsFromPoints(points) {
  const entries = Object.entries(points);
  const total = entries.reduce((sum, [, p]) => sum + Math.max(0, p), 0);
  const weights = {};
  for (const [issue, p] of entries) {
    weights[issue] = total > 0 ? Math.max(0, p) / total : 1 / entries.length;
  }
  return weights;
}
