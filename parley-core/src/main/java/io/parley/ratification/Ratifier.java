package io.parley.ratification;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.Outcome;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.UtilityFunction;

/**
 * A constituency at home that must ratify what its party agrees to: a war cabinet, a movement's
 * leadership abroad, a parliament's faction.
 *
 * <p>A ratifier accepts an outcome when the outcome breaks none of its red lines and, if it has a
 * utility, is worth at least its reservation to it. Utilities are compared in {@link UtilityScale}
 * ticks, as in the analysis.
 *
 * @param id unique among the scenario's participants and ratifiers
 * @param name a display name
 * @param weight its weight under a weighted rule, > 0 (1 by default)
 * @param preferences its red lines, and its utility and reservation when {@code hasUtility}
 * @param hasUtility whether it judges by utility as well as by red lines; without one its
 *     preferences carry a utility of 0 everywhere and reservation 0
 */
public record Ratifier(
    String id, String name, double weight, Preferences preferences, boolean hasUtility) {

  /**
   * @throws IllegalArgumentException if the id is blank or the weight not positive and finite
   */
  public Ratifier {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("ratifier id is blank");
    }
    name = name == null || name.isBlank() ? id : name;
    if (!(weight > 0 && Double.isFinite(weight))) {
      throw new IllegalArgumentException("ratifier '" + id + "' has weight " + weight);
    }
  }

  /** Whether this ratifier would vote for {@code outcome}. */
  public boolean accepts(Outcome outcome) {
    if (!preferences.allows(outcome.valueIndices())) {
      return false;
    }
    return !hasUtility
        || ticks(preferences.utility(), outcome) >= UtilityScale.toTicks(preferences.reservation());
  }

  /**
   * The utility of {@code outcome} in ticks, summed per issue for a linear additive utility as the
   * analysis does.
   */
  static long ticks(UtilityFunction utility, Outcome outcome) {
    if (utility instanceof LinearAdditiveUtility linear) {
      long sum = 0;
      for (int i = 0; i < outcome.issueCount(); i++) {
        sum += UtilityScale.toTicks(linear.contribution(i, outcome.valueIndex(i)));
      }
      return sum;
    }
    return UtilityScale.toTicks(utility.utility(outcome));
  }
}
