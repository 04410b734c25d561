/**
 * Live mediated negotiations, free of HTTP: every durable fact is an event in the negotiation's
 * hash-chained log ({@code io.parley.store}); the state is a fold of the log ({@link
 * io.parley.live.Negotiation}); every read is built from the events the one visibility filter
 * ({@link io.parley.live.Visibility}) lets the reader see; every move is checked by the rulebook
 * against the state and stored as one event, or refused with a {@link io.parley.live.LiveException}
 * and nothing stored. {@link io.parley.live.LiveNegotiations} is the entry point; robot seats
 * replay the log to the engine's strategies.
 */
package io.parley.live;
