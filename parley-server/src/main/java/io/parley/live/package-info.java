/**
 * Live mediated negotiations, free of HTTP: every durable fact is an event in the negotiation's
 * hash-chained log ({@code io.parley.store}); the state is a fold of the log ({@link
 * io.parley.live.state.Negotiation}); every read is built from the events the one visibility filter
 * ({@link io.parley.live.rooms.Visibility}) lets the reader see; every move is checked by the
 * rulebook ({@link io.parley.live.rules.Rulebook}) against the state and stored as one event, or
 * refused with a {@link io.parley.live.LiveException} and nothing stored. {@link
 * io.parley.live.LiveNegotiations} is the entry point. The subpackages hold: {@code events} (the
 * event records), {@code state} (the fold), {@code rules} (commands and the rulebook), {@code
 * rooms} (visibility, views and feeds), {@code log} (the server's copy of each log, quarantine),
 * {@code tokens}, {@code input} (the rules on request text), {@code suggest} (confided preferences,
 * suggestions and the utility-space chart), {@code consent}, {@code robots}, and {@code codec}: the
 * one place JSON is read and written (the log's payload column and request bodies). Every other
 * package takes and returns typed values only.
 */
package io.parley.live;
