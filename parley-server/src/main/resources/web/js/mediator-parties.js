// The console's participants (invitation links with copy buttons) and the parties' responses.
import { byId, el, empty, replace, busy, copyField, unchanged } from './dom.js';
import { selectField } from './forms.js';
import {
  negotiatingParties, issueById, issueName, formatValue, verdictLabel, latestText,
  latestResponse,
} from './negotiation.js';
import { reasonSentence } from './plain-words.js';

function confidedOf(view, id) {
  const confided = view.confided;
  if (confided && typeof confided === 'object') return Boolean(confided[id]);
  return false;
}

/** One row per participant other than the caller: role, invitation, confided, and link actions. */
export function renderParticipants(ctx) {
  const view = ctx.view;
  const me = view.you ? view.you.participant : '';
  const status = byId('participants-status');
  const people = (view.parties || []).filter((p) => p.id !== me);
  if (unchanged(byId('participants-body'), [people, view.confided, [...ctx.links]])) return;
  if (!people.length) {
    replace(byId('participants-body'), empty('No other participants in this negotiation.'));
    return;
  }
  replace(byId('participants-body'), el('ul', { class: 'plain participants' }, people.map((p) => {
    const link = ctx.links.get(p.id);
    const name = p.name || p.id;
    const facts = [p.role || 'party', p.robot ? 'robot seat' : null, p.invited ? 'invited' : 'not invited yet',
      (p.role || 'party') === 'party' ? (confidedOf(view, p.id) ? 'has confided preferences' : 'has not confided') : null]
      .filter(Boolean).join(' · ');
    const invite = el('button', {
      type: 'button', class: p.invited ? 'secondary' : null, 'data-invite': p.id,
      on: {
        click: async (event) => {
          const result = await busy(event.currentTarget, status,
            () => ctx.client.post('/invitations', { participant: p.id }));
          if (result) {
            ctx.links.set(p.id, result.link || roomLink(ctx, result.token, p.role));
            ctx.refresh();
          }
        },
      },
    }, p.invited ? `New link for ${name}` : `Invite ${name}`);
    const revoke = p.invited ? el('button', {
      type: 'button', class: 'secondary',
      on: {
        click: async (event) => {
          const done = await busy(event.currentTarget, status,
            () => ctx.client.delete(`/invitations/${encodeURIComponent(p.id)}`));
          if (done !== undefined) {
            ctx.links.delete(p.id);
            ctx.refresh();
          }
        },
      },
    }, `Revoke ${name}'s link`) : null;
    return el('li', { class: 'participant', 'data-participant': p.id },
      el('h3', {}, name), el('p', { class: 'meta' }, facts),
      link ? copyField(`Link for ${name}`, link) : null,
      el('div', { class: 'actions' }, invite, revoke),
      robotSeat(ctx, p, status));
  })));
}

// The shipped strategies the server seats (Strategies.shippedNegotiatorNames and
// shippedMediatorNames, as `parley run --strategies` lists them); the server refuses anything else.
const STRATEGIES = {
  party: ['boulware', 'conceder', 'linear', 'hardliner', 'tit-for-tat', 'random',
    'boa', 'hardheaded', 'agentk', 'nice-tit-for-tat', 'micro', 'atlas3'],
  mediator: ['nash-seeking', 'split-the-difference', 'hill-climbing', 'amendment-merging'],
};

/**
 * A small form that lets a robot strategy take a participant's seat (for rehearsals); while a robot
 * holds the seat, its first choice, "human", gives the seat back to the participant's person.
 */
function robotSeat(ctx, participant, status) {
  const strategies = STRATEGIES[participant.role || 'party'];
  if (!strategies) return null;
  const name = participant.name || participant.id;
  const robots = strategies.map((s) => ({ value: s, label: formatValue(s) }));
  const options = participant.robot
    ? [{ value: 'human', label: `human (give the seat back to ${name})` }, ...robots]
    : robots;
  const { field, select } = selectField(`Robot strategy for ${name}`, options, { name: `seat-${participant.id}` });
  const button = el('button', { type: 'submit', class: 'secondary' }, participant.robot ? 'Change the seat' : 'Seat the robot');
  const form = el('form', { novalidate: true }, field, button);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const done = await busy(button, status,
      () => ctx.client.post('/seats', { participant: participant.id, strategy: select.value }));
    if (done) ctx.refresh();
  });
  return el('details', {}, el('summary', {}, participant.robot ? `Robot seat: ${participant.robot}` : 'Let a robot take this seat'), form);
}

function roomLink(ctx, token, role) {
  const page = role === 'mediator' ? 'mediator.html' : 'room.html';
  return `${window.location.origin}/${page}#n=${encodeURIComponent(ctx.client.negotiation)}&t=${encodeURIComponent(token)}`;
}

/** Each party's latest response side by side, with its amendments and reasons. */
export function renderResponses(ctx) {
  const view = ctx.view;
  const latest = latestText(view);
  if (unchanged(byId('responses-body'), [view.responses, latest && latest.version])) return;
  const columns = negotiatingParties(view).map((party) => {
    const response = latestResponse(view, party.id);
    const heading = el('h3', {}, party.name || party.id);
    if (!response) {
      return el('article', { class: 'response', 'data-party': party.id }, heading, empty('No response yet.'));
    }
    const amendments = response.amendments || [];
    const stale = latest && response.version !== latest.version
      ? el('p', { class: 'meta' }, `This answers version ${response.version}; the text is now at version ${latest.version}.`) : null;
    return el('article', { class: 'response', 'data-party': party.id }, heading,
      el('p', {}, `Version ${response.version}: `,
        el('span', { class: `badge ${response.verdict}` }, verdictLabel(response.verdict))),
      stale,
      response.reason ? el('blockquote', { class: 'reason' }, response.robot ? reasonSentence(response.reason) : response.reason) : null,
      amendments.length ? el('table', {},
        el('caption', {}, 'Amendments'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Provision'),
          el('th', { scope: 'col' }, 'Proposed'), el('th', { scope: 'col' }, 'Reason'))),
        el('tbody', {}, amendments.map((a) => el('tr', {},
          el('th', { scope: 'row' }, issueName(issueById(view, a.issue))),
          el('td', {}, formatValue(a.value)), el('td', {}, response.robot ? reasonSentence(a.reason) : a.reason || ''))))) : null,
      amendments.length ? el('button', {
        type: 'button', class: 'secondary',
        on: { click: () => ctx.composer.applyAmendments(response) },
      }, `Take ${party.name || party.id}'s amendments into the composer`) : null);
  });
  replace(byId('responses-body'), columns.length ? columns : empty('This negotiation has no parties.'));
}
