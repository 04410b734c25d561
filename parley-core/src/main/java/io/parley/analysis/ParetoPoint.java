package io.parley.analysis;

import io.parley.outcome.Outcome;
import java.util.List;

/**
 * A non-dominated utility vector and one outcome that reaches it.
 *
 * @param outcome an outcome with these utilities (one representative when several share them)
 * @param utilities one utility per negotiating party, in the analysis' party order
 */
public record ParetoPoint(Outcome outcome, List<Double> utilities) {
  public ParetoPoint {
    utilities = List.copyOf(utilities);
  }
}
