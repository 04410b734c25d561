package io.parley.boa;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.Outcome;

/**
 * AC_next(α, β) of Baarslag, Hindriks and Jonker, "Effective acceptance conditions in automated
 * negotiation" (Decision Support Systems 60, 2014): accept when {@code α · u(offer) + β ≥ u(next
 * bid)}, that is when the offer is at least as good as what the party would offer instead.
 *
 * @param scale α, a finite number > 0 (1 in the paper's baseline)
 * @param shift β, in [-1, 1] (0 in the paper's baseline)
 */
public record AcceptNext(double scale, double shift) implements AcceptanceStrategy {
  /**
   * @throws IllegalArgumentException unless α is a finite number > 0 and β in [-1, 1]
   */
  public AcceptNext {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("a = " + scale + " is not a finite number > 0");
    }
    if (!(shift >= -1 && shift <= 1)) {
      throw new IllegalArgumentException("b = " + shift + " is outside [-1, 1]");
    }
  }

  /** AC_next(1, 0). */
  public static AcceptNext plain() {
    return new AcceptNext(1, 0);
  }

  @Override
  public boolean accepts(Situation situation, Outcome offer, Outcome nextBid) {
    long offered = situation.ticks(offer);
    long next = situation.ticks(nextBid);
    if (scale == 1 && shift == 0) {
      return offered >= next;
    }
    return scale * offered + shift * UtilityScale.UNITS_PER_UTILITY >= next;
  }
}
