/**
 * Live mediated negotiations, free of HTTP: every durable fact is an event in the negotiation's
 * hash-chained log ({@code io.parley.store}); the state is a fold of the log ({@link
 * io.parley.live.state.Negotiation}); every read is built from the events the one visibility filter
 * ({@link io.parley.live.rooms.Visibility}) lets the reader see; every move is checked by the
 * rulebook ({@link io.parley.live.rules.Rulebook}) against the state and stored as one event, or
 * refused with a {@link io.parley.live.LiveException} and nothing stored. {@link
 * io.parley.live.LiveNegotiations} is the entry point. The subpackages hold: {@code events} (the
 * event records and their codec), {@code state} (the fold), {@code rules} (commands and the
 * rulebook), {@code rooms} (visibility, views and feeds), {@code log} (the server's copy of each
 * log, quarantine), {@code tokens}, {@code input} (strict request reading), {@code suggest}
 * (suggestions and the utility-space chart), {@code consent} and {@code robots}.
 */
package io.parley.live;
