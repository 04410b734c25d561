package io.parley.interop;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.UtilityFunction;
import io.parley.scenario.Scenario;

/** Test helpers: outcomes by their values, utilities by party. */
final class Outcomes {
  private Outcomes() {}

  /** The outcome with these values (labels or numbers), one per issue in space order. */
  static Outcome of(OutcomeSpace space, Object... values) {
    if (values.length != space.issueCount()) {
      throw new IllegalArgumentException("expected " + space.issueCount() + " values");
    }
    int[] indices = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      indices[i] = space.issue(i).indexOf(String.valueOf(values[i]));
      if (indices[i] < 0) {
        throw new IllegalArgumentException(
            "issue '" + space.issue(i).id() + "' has no value " + values[i]);
      }
    }
    return new Outcome(indices);
  }

  /** The utility function of {@code party}. */
  static UtilityFunction utility(Scenario scenario, String party) {
    return scenario.preferences().get(party).utility();
  }

  /** The utility of {@code party} for the outcome with these values. */
  static double utility(Scenario scenario, String party, Object... values) {
    return utility(scenario, party).utility(of(scenario.space(), values));
  }
}
