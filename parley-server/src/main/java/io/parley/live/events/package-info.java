/**
 * The vocabulary of a live negotiation: one immutable record per kind of event its log holds
 * ({@link io.parley.live.events.LiveEvent}), with the participants and verdicts they name. Nothing
 * here reads or writes JSON: the one codec between these records and the log's payload column or
 * the API's wire form is {@code io.parley.live.EventCodec}, at the edge.
 */
package io.parley.live.events;
