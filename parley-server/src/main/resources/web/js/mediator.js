// The mediator console: loads the mediator's view, builds each section's forms once, and
// re-renders the sections whenever the live stream reports an event.
import { readFragment, followLinkChanges, NegotiationClient } from './api.js';
import { byId, say } from './dom.js';
import { participantName } from './negotiation.js';
import { renderOverview, setupSessions, renderSessions, setupMessages, renderMessages } from './mediator-talks.js';
import { renderParticipants, renderResponses } from './mediator-parties.js';
import { setupText, renderText, setupComposer, renderComposer } from './mediator-text.js';
import { setupSuggestions, renderSuggestions, renderSpace, setupAgreement, renderAgreement } from './mediator-deal.js';
import { setupEnd, renderEnd } from './mediator-end.js';
import { setupDay, renderDay } from './mediator-day.js';

const { negotiation, token } = readFragment();
followLinkChanges({ token });
const pageStatus = byId('page-status');

/** Shared by every section: the client, the latest view, and what the mediator chose on screen. */
const ctx = {
  client: new NegotiationClient(negotiation, token),
  view: null,
  selectedVersion: null,
  links: new Map(),
  nameOf: (id) => participantName(ctx.view, id),
  refresh: () => refresh(),
};

if (!negotiation || !token) {
  say(pageStatus, 'This page needs the mediator link, which ends in #n=…&t=…. Open the link you were given.', 'error');
} else {
  start();
}

async function start() {
  say(pageStatus, 'Loading the negotiation…', 'info');
  try {
    ctx.view = await ctx.client.view();
  } catch (e) {
    say(pageStatus, e.message, 'error');
    return;
  }
  if (ctx.view.you && ctx.view.you.role && ctx.view.you.role !== 'mediator') {
    say(pageStatus, 'This link belongs to a party, not a mediator. Open it as a party room instead.', 'error');
    return;
  }
  say(pageStatus, '');
  setupSessions(ctx);
  setupMessages(ctx);
  setupText(ctx);
  setupComposer(ctx);
  setupSuggestions(ctx);
  setupAgreement(ctx);
  setupEnd(ctx);
  setupDay(ctx);
  render();
  byId('console').hidden = false;
  ctx.client.follow(refresh, byId('live'));
}

async function refresh() {
  try {
    ctx.view = await ctx.client.view();
    say(pageStatus, '');
    render();
  } catch (e) {
    say(pageStatus, `Could not refresh: ${e.message}`, 'error');
  }
}

function render() {
  const view = ctx.view;
  document.title = `${view.name} — mediator console`;
  byId('title').textContent = view.name || 'Mediator console';
  byId('who').textContent = `You: ${participantName(view, view.you ? view.you.participant : '')} (mediator)`;
  renderOverview(ctx);
  renderSessions(ctx);
  renderParticipants(ctx);
  renderText(ctx);
  renderComposer(ctx);
  renderResponses(ctx);
  renderMessages(ctx);
  renderSuggestions(ctx);
  renderSpace(ctx);
  renderAgreement(ctx);
  renderEnd(ctx);
  renderDay(ctx); // the mediator's day (issue 16); locks every control once the talks are over
}
