package io.parley.boa;

import io.parley.outcome.Outcome;

/**
 * The B of BOA: which package to offer next (Baarslag et al., "Decoupling negotiating agents to
 * explore the space of negotiation strategies", 2014).
 *
 * <p>A bid must break none of the party's red lines and reach its reservation value; {@link
 * BoaNegotiator} refuses any other (the run then ends with the party's failure, as for any faulty
 * agent). Strategies are called only when some package is acceptable. A strategy learns what it
 * offered from {@link Situation#ownBids()}: a bid it computed may be dropped when the party accepts
 * instead.
 */
public interface BiddingStrategy {

  /** Called once, before any bid. */
  default void start(Situation situation) {}

  /** The package to offer now. */
  Outcome bid(Situation situation);
}
