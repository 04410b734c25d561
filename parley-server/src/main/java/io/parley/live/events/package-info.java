/**
 * The vocabulary of a live negotiation: one immutable record per kind of event its log holds
 * ({@link io.parley.live.events.LiveEvent}), with the participants and verdicts they name; the
 * creation event made from a scenario ({@link io.parley.live.events.Creation}) and the public list
 * of its issues ({@link io.parley.live.events.IssueList}); an allowed event before the store
 * numbers it ({@link io.parley.live.events.EventDraft}); and the one codec between these records
 * and JSON ({@link io.parley.live.events.EventCodec}, with {@link
 * io.parley.live.events.OutcomeCodec} for outcomes), used only at the edges: the log's payload
 * column and the API's wire form.
 */
package io.parley.live.events;
