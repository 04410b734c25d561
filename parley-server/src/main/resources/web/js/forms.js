// Labelled form controls. Every control gets a <label for> (or a legend) for screen readers.
import { el, freshId } from './dom.js';
import { formatValue, isRange, valuesOf, issueName } from './negotiation.js';

/** A labelled text input or textarea; returns {field, input}. */
export function textField(label, { name, multiline = false, hint = '', value = '', required = false } = {}) {
  const id = freshId(name || 'text');
  const hintId = hint ? `${id}-hint` : null;
  const input = el(multiline ? 'textarea' : 'input', {
    id, name, type: multiline ? null : 'text', required, 'aria-describedby': hintId, props: { value },
  });
  const field = el('div', { class: 'field' },
    el('label', { for: id }, label), input, hint ? el('p', { class: 'hint', id: hintId }, hint) : null);
  return { field, input };
}

/** A labelled select; options are [{value, label}]. Returns {field, select}. */
export function selectField(label, options, { name, value } = {}) {
  const id = freshId(name || 'select');
  const select = el('select', { id, name },
    options.map((o) => el('option', { value: o.value, props: { selected: String(o.value) === String(value) } }, o.label)));
  return { field: el('div', { class: 'field' }, el('label', { for: id }, label), select), select };
}

/** A select of an issue's values (or of `values`, some of them), labelled with the issue's name. */
export function issueValueField(issue, value, labelPrefix = '', values = valuesOf(issue)) {
  const options = values.map((v) => ({ value: v, label: formatValue(v) }));
  const result = selectField(`${labelPrefix}${issueName(issue)}`, options, { name: issue.id, value });
  result.select.dataset.issue = issue.id;
  result.select.dataset.range = isRange(issue) ? 'yes' : 'no';
  return result;
}

/** Reads a value from an issueValueField's select: numbers for range issues, labels otherwise. */
export function selectedValue(select) {
  return select.dataset.range === 'yes' ? Number(select.value) : select.value;
}

/** A fieldset of checkboxes; options are [{value, label, checked}]. */
export function checkboxGroup(legend, options, name) {
  return el('fieldset', { class: 'checkbox-group', 'data-name': name },
    el('legend', {}, legend),
    el('div', { class: 'inline-choices' }, options.map((o) => {
      const id = freshId(name);
      return el('label', { class: 'choice', for: id },
        el('input', { id, type: 'checkbox', name, value: o.value, props: { checked: Boolean(o.checked) } }),
        o.label);
    })));
}

/** The values of the checked boxes in a fieldset made by checkboxGroup. */
export function checkedValues(fieldset) {
  return [...fieldset.querySelectorAll('input[type="checkbox"]:checked')].map((i) => i.value);
}

/** A fieldset of radio buttons; options are [{value, label}]. */
export function radioGroup(legend, options, name, value) {
  return el('fieldset', { class: 'radio-group' },
    el('legend', {}, legend),
    el('div', { class: 'inline-choices' }, options.map((o) => {
      const id = freshId(name);
      return el('label', { class: 'choice', for: id },
        el('input', { id, type: 'radio', name, value: o.value, props: { checked: o.value === value } }),
        o.label);
    })));
}

/** The value of the checked radio button in a group, or ''. */
export function radioValue(root, name) {
  const checked = root.querySelector(`input[type="radio"][name="${name}"]:checked`);
  return checked ? checked.value : '';
}
