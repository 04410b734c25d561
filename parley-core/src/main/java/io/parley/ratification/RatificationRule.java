package io.parley.ratification;

import java.util.List;

/**
 * How a constituency's votes add up to ratification.
 *
 * <ul>
 *   <li>{@link AnyVeto}: every ratifier must accept; any one can veto.
 *   <li>{@link Majority}: more than half of the ratifiers (by count) must accept.
 *   <li>{@link WeightedThreshold}: the accepting ratifiers' weights must sum to at least the
 *       threshold.
 * </ul>
 */
public sealed interface RatificationRule
    permits RatificationRule.AnyVeto,
        RatificationRule.Majority,
        RatificationRule.WeightedThreshold {

  /**
   * Whether the ratifiers whose indices are set in {@code accepting} ratify.
   *
   * @param ratifiers the constituency's ratifiers
   * @param accepting bit {@code k} set when ratifier {@code k} accepts
   */
  boolean ratifies(List<Ratifier> ratifiers, long accepting);

  /** The rule as written in scenario files. */
  String describe();

  /**
   * Whether some set of votes meets the rule: false for a weighted threshold above the total
   * weight, or an empty constituency.
   */
  default boolean canBeMet(List<Ratifier> ratifiers) {
    return !ratifiers.isEmpty() && ratifies(ratifiers, (1L << ratifiers.size()) - 1);
  }

  /** Every ratifier must accept. */
  enum AnyVeto implements RatificationRule {
    INSTANCE;

    @Override
    public boolean ratifies(List<Ratifier> ratifiers, long accepting) {
      return Long.bitCount(accepting) == ratifiers.size();
    }

    @Override
    public String describe() {
      return "any-veto";
    }
  }

  /** More than half of the ratifiers must accept. */
  enum Majority implements RatificationRule {
    INSTANCE;

    @Override
    public boolean ratifies(List<Ratifier> ratifiers, long accepting) {
      return 2 * Long.bitCount(accepting) > ratifiers.size();
    }

    @Override
    public String describe() {
      return "majority";
    }
  }

  /**
   * The accepting weight must reach {@code threshold}.
   *
   * @param threshold a positive total weight
   */
  record WeightedThreshold(double threshold) implements RatificationRule {
    /**
     * @throws IllegalArgumentException if the threshold is not positive and finite
     */
    public WeightedThreshold {
      if (!(threshold > 0 && Double.isFinite(threshold))) {
        throw new IllegalArgumentException("threshold " + threshold + " is not positive");
      }
    }

    @Override
    public boolean ratifies(List<Ratifier> ratifiers, long accepting) {
      double sum = 0;
      for (int k = 0; k < ratifiers.size(); k++) {
        if ((accepting & (1L << k)) != 0) {
          sum += ratifiers.get(k).weight();
        }
      }
      return sum >= threshold - 1e-9;
    }

    @Override
    public String describe() {
      return "weighted threshold " + threshold;
    }
  }
}
