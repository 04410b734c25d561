package io.parley.preference;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;

/**
 * A score linear in the value of an integer issue: {@code from} at the issue's first value, {@code
 * to} at its last. A single-valued range scores {@code from}.
 */
public record LinearValueFunction(double from, double to) implements ValueFunction {

  /**
   * @throws IllegalArgumentException if either score is outside [0, 1]
   */
  public LinearValueFunction {
    Scores.check(from, "score 'from'");
    Scores.check(to, "score 'to'");
  }

  @Override
  public double[] scores(Issue issue) {
    IntegerIssue range = Ranges.require(issue, "a linear value function");
    int n = range.size();
    double[] scores = new double[n];
    for (int k = 0; k < n; k++) {
      scores[k] = n == 1 ? from : Ranges.interpolate(from, to, k, n - 1);
    }
    return scores;
  }
}
