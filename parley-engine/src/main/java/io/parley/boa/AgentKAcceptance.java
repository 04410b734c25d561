package io.parley.boa;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.Outcome;

/**
 * AgentK's acceptance (Kawaguchi, Fujita and Ito, ANAC 2010): accept an offer that reaches the
 * target; below it, accept with probability {@code t^5 / 5 + (u − emax) + (u − target)} (see {@link
 * AgentKEstimate}), drawn from the negotiator's seeded random source.
 *
 * @param alpha the exponent α of the target curve, as for {@link AgentKBidding}
 */
public record AgentKAcceptance(double alpha) implements AcceptanceStrategy {
  /**
   * @throws IllegalArgumentException unless α is a finite number > 0
   */
  public AgentKAcceptance {
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha = " + alpha + " is not a finite number > 0");
    }
  }

  /** The probability of accepting {@code offer} now. */
  public double probability(Situation situation, Outcome offer) {
    double utility = UtilityScale.toUtility(situation.ticks(offer));
    return AgentKEstimate.of(situation, alpha).acceptanceProbability(utility, situation.progress());
  }

  @Override
  public boolean accepts(Situation situation, Outcome offer, Outcome nextBid) {
    double p = probability(situation, offer);
    return p >= 1 || (p > 0 && situation.context().random().nextDouble() < p);
  }
}
