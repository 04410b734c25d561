package io.parley.boa;

import io.parley.outcome.Outcome;

/**
 * The A of BOA: whether to accept an offer, given the bid the party would make otherwise (Baarslag,
 * Hindriks and Jonker, "Effective acceptance conditions in automated negotiation", Decision Support
 * Systems 60, 2014).
 *
 * <p>The negotiator asks only about offers that break none of its red lines and reach its
 * reservation value, and never accepts any other, whatever an acceptance strategy says.
 */
public interface AcceptanceStrategy {

  /** Called once, before any question. */
  default void start(Situation situation) {}

  /**
   * Whether to accept {@code offer} now.
   *
   * @param situation the negotiation so far, at the current progress
   * @param offer the offer on the table (or text under review), acceptable to this party
   * @param nextBid what the bidding strategy would offer instead
   */
  boolean accepts(Situation situation, Outcome offer, Outcome nextBid);
}
