// The party's response form: for each provision of the released text, accept it, propose a
// change (with a reason), or reject it (with a reason); the overall verdict follows from those.
import { el, say, busy, freshId, replace } from './dom.js';
import { issueName, issueById, formatValue, valuesOf, verdictLabel } from './negotiation.js';
import { radioGroup, radioValue, issueValueField, selectedValue, textField } from './forms.js';

const CHOICES = [
  { value: 'accept', label: 'Accept' },
  { value: 'amend', label: 'Propose a change' },
  { value: 'reject', label: 'Reject' },
];

function provisionEditor(issue, current) {
  const name = freshId(`choice-${issue.id}`);
  // No default answer (issue 16): the party chooses for every provision.
  const choice = radioGroup('Your answer', CHOICES, name, null);
  const others = valuesOf(issue).filter((v) => String(v) !== String(current));
  const proposal = others.length ? issueValueField(issue, others[0], 'Proposed: ', others) : null;
  const reason = textField('Reason', { name: `reason-${issue.id}`, multiline: true });
  const amendBox = el('div', { class: 'amend' }, proposal ? proposal.field : null);
  const node = el('fieldset', { class: 'provision', 'data-issue': issue.id },
    el('legend', {}, `${issueName(issue)}: ${formatValue(current)}`), choice, amendBox, reason.field);
  const sync = () => {
    const value = radioValue(node, name);
    amendBox.hidden = value !== 'amend';
    reason.field.hidden = value === 'accept' || value === '';
  };
  if (!proposal) choice.querySelector('input[value="amend"]').disabled = true;
  node.addEventListener('change', sync);
  sync();
  return {
    node,
    read() {
      return {
        issue: issue.id,
        choice: radioValue(node, name),
        value: proposal ? selectedValue(proposal.select) : current,
        reason: reason.input.value.trim(),
      };
    },
  };
}

/** Reads the per-provision answers into the body of POST /responses. */
function responseBody(version, answers, overall, nameOf) {
  const amendments = answers.filter((a) => a.choice === 'amend')
    .map((a) => ({ issue: a.issue, value: a.value, reason: a.reason }));
  const rejected = answers.filter((a) => a.choice === 'reject');
  const verdict = rejected.length ? 'reject' : amendments.length ? 'amend' : 'accept';
  const reasons = rejected.map((a) => `${nameOf(a.issue)}: ${a.reason || 'rejected'}`);
  if (overall) reasons.unshift(overall);
  return { version, verdict, amendments, reason: reasons.join('\n') };
}

/**
 * Fills `form` with a response form for `text`. onSent() runs after the server stored it.
 */
export function buildResponseForm(form, view, text, client, status, onSent) {
  form.replaceChildren();
  const nameOf = (id) => issueName(issueById(view, id));
  const editors = (view.issues || []).map((issue) => provisionEditor(issue, text.outcome[issue.id]));
  const overall = textField('Anything else for the mediators', { name: 'overall-reason', multiline: true });
  const summary = el('p', { class: 'preview', 'aria-live': 'polite' });
  const button = el('button', { type: 'submit' }, `Send my response to version ${text.version}`);
  form.append(...editors.map((e) => e.node), overall.field, summary, el('div', { class: 'actions' }, button));
  const update = () => {
    const unanswered = editors.map((e) => e.read()).filter((a) => !a.choice).length;
    if (unanswered) {
      summary.textContent = `Choose Accept, Propose a change or Reject for each provision (${unanswered} left).`;
      return;
    }
    const body = responseBody(text.version, editors.map((e) => e.read()), '', nameOf);
    summary.textContent = `Your answer will be: ${verdictLabel(body.verdict)}`
      + (body.amendments.length ? ` (${body.amendments.length} change${body.amendments.length > 1 ? 's' : ''})` : '');
  };
  form.addEventListener('change', update);
  update();
  form.onsubmit = async (event) => {
    event.preventDefault();
    const answers = editors.map((e) => e.read());
    const unchosen = answers.find((a) => !a.choice);
    if (unchosen) {
      say(status, `Choose Accept, Propose a change or Reject for ${nameOf(unchosen.issue)}.`, 'error');
      form.querySelector(`fieldset[data-issue="${unchosen.issue}"] input[type="radio"]`).focus();
      return;
    }
    const missing = answers.find((a) => a.choice !== 'accept' && !a.reason);
    if (missing) {
      say(status, `Give a reason for your answer on ${nameOf(missing.issue)}.`, 'error');
      form.querySelector(`fieldset[data-issue="${missing.issue}"] textarea`).focus();
      return;
    }
    const body = responseBody(text.version, answers, overall.input.value.trim(), nameOf);
    const done = await busy(button, status, () => client.post('/responses', body));
    if (done) {
      say(status, `Your response to version ${text.version} was sent to the mediators.`, 'ok');
      onSent();
    }
  };
}

/** The party's own responses, newest first. */
export function ownResponses(view, summaryNode) {
  const own = [...(view.responses || [])].reverse();
  if (!own.length) {
    replace(summaryNode);
    return;
  }
  replace(summaryNode, el('details', { open: true }, el('summary', {}, 'What you answered so far'),
    el('ul', { class: 'plain' }, own.map((r) => el('li', {},
      `Version ${r.version}: `, el('span', { class: `badge ${r.verdict}` }, verdictLabel(r.verdict)),
      (r.amendments || []).length ? ` — ${(r.amendments || []).map((a) => `${a.issue} → ${formatValue(a.value)}`).join('; ')}` : '')))));
}

/**
 * The choice of which released version to answer (issue 16: answers per version): every version
 * released to the party, the latest first. onChange(version) runs when the party picks another.
 */
export function versionChooser(view, chosen, onChange) {
  const texts = [...(view.texts || [])].sort((a, b) => b.version - a.version);
  if (texts.length < 2) return null;
  const id = 'answer-version';
  const select = el('select', { id, name: 'answer-version' }, texts.map((t) => el('option', {
    value: t.version, props: { selected: t.version === chosen },
  }, `Version ${t.version}${t.version === texts[0].version ? ' (latest)' : ''}`)));
  select.addEventListener('change', () => onChange(Number(select.value)));
  return el('div', { class: 'field' }, el('label', { for: id }, 'Answer version'), select);
}
