/**
 * A live negotiation's state: the immutable fold of its typed events ({@link
 * io.parley.live.state.Negotiation}), either over every event (the server's own state, which moves
 * are checked against) or over the events one viewer may see (that viewer's room), and the values
 * the fold holds: where the negotiation stands ({@link io.parley.live.state.Status}), the texts,
 * responses, messages, sessions, suggestions, adjournments and the recorded agreement.
 */
package io.parley.live.state;
