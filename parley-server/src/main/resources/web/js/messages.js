// The message thread, shared by the console and the party room.
import { el, empty } from './dom.js';
import { participantName } from './negotiation.js';

/**
 * A list of messages, oldest first. extra(message) may return controls shown under a message
 * (the console's "forward" form); it is called only for messages the caller did not send.
 */
export function messageThread(view, emptyText, extra = () => null) {
  const me = view.you ? view.you.participant : '';
  const messages = [...(view.messages || [])].sort((a, b) => a.seq - b.seq);
  if (!messages.length) return empty(emptyText);
  return el('ul', { class: 'thread', 'aria-label': 'Messages, oldest first' }, messages.map((m) => {
    const mine = m.from === me;
    // A party is shown only itself as addressee, so its view words the thread from its side.
    const party = view.you && view.you.role !== 'mediator';
    const to = party ? (mine ? 'the mediators' : 'you')
      : (m.to || []).map((id) => participantName(view, id)).join(', ') || 'the mediators';
    const released = m.releasedTo && m.releasedTo.length
      ? ` · passed on to ${m.releasedTo.map((id) => participantName(view, id)).join(', ')}` : '';
    return el('li', { class: mine ? 'mine' : null, 'data-seq': m.seq },
      el('div', { class: 'meta' }, `${mine ? 'You' : participantName(view, m.from)} → ${to}${released}`
        + (m.released ? ' · passed on by the mediators' : '')),
      paraphraseMark(m),
      el('div', { class: 'message-text' }, m.text),
      mine ? null : extra(m));
  }));
}

/** Marks a message the mediators passed on in their own words (issue 16), wherever it is shown. */
function paraphraseMark(message) {
  if (!message.paraphrase) return null;
  return el('div', { class: 'paraphrase-mark' },
    el('strong', {}, 'Paraphrase: '), 'the mediators’ words, not the sender’s own.');
}
