package io.parley.boa;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.Outcome;

/**
 * AC_const(α) of Baarslag, Hindriks and Jonker, "Effective acceptance conditions in automated
 * negotiation" (2014): accept any offer worth at least α. The negotiator still never accepts below
 * its reservation value or across its red lines.
 *
 * @param threshold α, in [0, 1]
 */
public record AcceptConstant(double threshold) implements AcceptanceStrategy {
  /**
   * @throws IllegalArgumentException unless α is in [0, 1]
   */
  public AcceptConstant {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("c = " + threshold + " is outside [0, 1]");
    }
  }

  @Override
  public boolean accepts(Situation situation, Outcome offer, Outcome nextBid) {
    return situation.ticks(offer) >= UtilityScale.toTicks(threshold);
  }
}
