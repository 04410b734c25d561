/**
 * The vocabulary of a live negotiation: one immutable record per kind of event its log holds
 * ({@link io.parley.live.events.LiveEvent}), with the participants and verdicts they name; the
 * creation event made from a scenario ({@link io.parley.live.events.Creation}), within the limits a
 * live negotiation sets ({@link io.parley.live.events.ScenarioLimits}); and an allowed event before
 * the store numbers it ({@link io.parley.live.events.EventDraft}). The records hold typed values
 * only; their JSON form is written and read by {@code io.parley.live.codec}.
 */
package io.parley.live.events;
