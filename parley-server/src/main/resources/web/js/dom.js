// Small DOM helpers. Text is always inserted as text nodes, never parsed as HTML.

/**
 * Creates an element. attrs sets attributes (class, for, id, aria-*, type, ...) except
 * the keys "on" (a map of event listeners) and "props" (DOM properties such as value or checked).
 * Children may be nodes, strings (inserted as text), or null/false (skipped).
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  applyAttributes(node, attrs);
  append(node, children);
  return node;
}

/** Like el, for SVG elements. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  applyAttributes(node, attrs);
  append(node, children);
  return node;
}

function applyAttributes(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'on') {
      for (const [type, listener] of Object.entries(value)) node.addEventListener(type, listener);
    } else if (key === 'props') {
      Object.assign(node, value);
    } else if (key === 'style' || key === 'innerHTML' || key.startsWith('on')) {
      throw new Error(`el(): attribute '${key}' is not allowed; use classes and listeners`);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of node with the given children. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** The element with this id; throws if the page lacks it (a page/module mismatch). */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no element #${id}`);
  return node;
}

let idCounter = 0;
/** A fresh id for label/for and aria-describedby pairs. */
export function freshId(prefix = 'f') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/**
 * Shows a message in a status region (role=status or role=alert in the page).
 * kind: 'ok' | 'error' | 'info'. An empty message hides the region.
 */
export function say(region, message, kind = 'info') {
  region.textContent = message || '';
  region.dataset.kind = kind;
  region.hidden = !message;
}

/** A paragraph for an empty list, so no section is ever just blank. */
export function empty(message) {
  return el('p', { class: 'empty' }, message);
}

/**
 * A read-only link field with a Copy button. Copies with the Clipboard API where the page is a
 * secure context, otherwise selects the text and falls back to the older copy command.
 */
export function copyField(labelText, value) {
  const id = freshId('link');
  const input = el('input', { id, type: 'text', readonly: true, class: 'link-field', props: { value } });
  const note = el('span', { class: 'copy-note', role: 'status' });
  const button = el('button', {
    type: 'button',
    class: 'secondary',
    on: {
      click: async () => {
        input.select();
        let copied = false;
        try {
          if (navigator.clipboard && window.isSecureContext) {
            await navigator.clipboard.writeText(value);
            copied = true;
          }
        } catch (e) {
          copied = false;
        }
        if (!copied) copied = document.execCommand && document.execCommand('copy');
        note.textContent = copied ? 'Copied' : 'Select the link and copy it';
      },
    },
  }, 'Copy link');
  return el('div', { class: 'copy-field' },
    el('label', { for: id }, labelText), el('div', { class: 'copy-row' }, input, button), note);
}

/** Runs an async action from a form or button: disables it while running, reports errors. */
export async function busy(control, region, action) {
  control.disabled = true;
  say(region, '');
  try {
    const result = await action();
    return result;
  } catch (e) {
    say(region, e.message || String(e), 'error');
    return undefined;
  } finally {
    control.disabled = false;
  }
}

const lastRendered = new WeakMap();
/**
 * True when `data` is the same as the last time this was asked for `node`; sections use it to skip
 * re-rendering, so an open disclosure, a ticked box or a half-typed reason survives live updates.
 */
export function unchanged(node, data) {
  const signature = JSON.stringify(data);
  if (lastRendered.get(node) === signature) return true;
  lastRendered.set(node, signature);
  return false;
}
