// After the agreement (issue 17): ratification, the improvement round and the implementation
// plan's steps, as the caller's view holds them (view.followThrough). A party sees any breach at
// the top; a guarantor sees the steps it guarantees and verifies or disputes those reported done.
import { el, empty, replace, say, busy } from './dom.js';
import { participantName, provisionsTable } from './negotiation.js';

const PHASES = {
  settled: 'The agreement stands.',
  ratifying: 'The agreement is before each side’s constituency for ratification.',
  refused: 'Ratification failed: the agreement does not hold.',
  improving: 'The mediators propose an improvement of the agreement.',
  implementing: 'The agreement is being carried out, step by step.',
};

const STATES = {
  pending: 'pending', done: 'reported done', verified: 'verified', disputed: 'disputed', breached: 'breached',
};

/**
 * Renders the follow-through into section (hidden before any agreement). client posts a
 * guarantor's verification or dispute; refresh reloads the view after one.
 */
export function renderFollowThrough(section, body, view, client, refresh) {
  const follow = view.followThrough;
  section.hidden = !follow || follow.phase === 'none';
  if (section.hidden) return;
  const me = view.you ? view.you.participant : '';
  const guarantor = view.you && view.you.role === 'guarantor';
  const parts = [];
  for (const breach of follow.breaches || []) {
    parts.push(el('p', { class: 'status', 'data-kind': 'error', role: 'alert' },
      `Breach: the step “${breach.step}”, owed by ${participantName(view, breach.performer)}, was declared breached`
      + ` (penalty ${breach.penalty}). ${breach.reason}`));
  }
  parts.push(el('p', {}, PHASES[follow.phase] || follow.phase));
  const decided = (follow.ratification.parties || []).filter((p) => p.decision);
  if (decided.length) {
    parts.push(el('ul', {}, decided.map((p) => el('li', {},
      `${participantName(view, p.party)}’s constituency ${p.decision} the agreement (rule: ${p.rule}).`))));
  }
  if (follow.improvement) {
    parts.push(provisionsTable(view, follow.improvement.outcome, 'The proposed improvement'));
    if (typeof follow.improvement.yourGain === 'number') {
      parts.push(el('p', {}, `By the preferences you confided, it is worth ${follow.improvement.yourGain.toFixed(3)} more to you.`));
    }
  }
  const steps = follow.steps || [];
  if (follow.phase === 'implementing') {
    parts.push(steps.length
      ? el('table', {},
        el('caption', {}, guarantor ? 'The steps you guarantee' : 'The steps of the plan'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Step'), el('th', { scope: 'col' }, 'Owed by'),
          el('th', { scope: 'col' }, 'State'), guarantor ? el('th', { scope: 'col' }, 'Your check') : null)),
        el('tbody', {}, steps.map((step) => el('tr', { 'data-step': step.id },
          el('td', {}, step.description || step.id),
          el('td', {}, participantName(view, step.performer)),
          el('td', {}, STATES[step.state] || step.state),
          guarantor ? el('td', {}, checkButtons(step, me, client, refresh)) : null))))
      : empty('No step of the plan is yours to follow.'));
  }
  replace(body, parts);
}

function checkButtons(step, me, client, refresh) {
  if (step.state !== 'done' || !(step.guarantees || []).some((g) => g.guarantor === me)) return '';
  const status = el('p', { class: 'status', role: 'alert', hidden: true });
  const post = (button, path, payload) => async () => {
    const ok = await busy(button, status, () => client.post(`/steps/${encodeURIComponent(step.id)}/${path}`, payload));
    if (ok) {
      say(status, 'Recorded.', 'ok');
      refresh();
    }
  };
  const verify = el('button', { type: 'button' }, 'Verify');
  const dispute = el('button', { type: 'button', class: 'secondary' }, 'Dispute');
  verify.addEventListener('click', post(verify, 'verify', {}));
  dispute.addEventListener('click', post(dispute, 'dispute', { reason: 'disputed by the guarantor' }));
  return el('div', { class: 'actions' }, verify, dispute, status);
}
