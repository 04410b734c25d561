package io.parley.analysis;

import io.parley.outcome.Outcome;
import java.util.List;

/**
 * A package chosen by a bargaining solution.
 *
 * @param outcome the package
 * @param utilities one utility per negotiating party, in the analysis' party order
 * @param value the value of the solution's objective (for Nash the product of gains over the
 *     reservations; for Kalai–Smorodinsky the smallest relative gain; for utilitarian the sum of
 *     utilities; for egalitarian the smallest gain)
 */
public record Solution(Outcome outcome, List<Double> utilities, double value) {
  public Solution {
    utilities = List.copyOf(utilities);
  }
}
