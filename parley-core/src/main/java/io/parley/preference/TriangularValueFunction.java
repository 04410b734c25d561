package io.parley.preference;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;

/**
 * A score that rises linearly from {@code from} at the first value to {@code peakScore} at {@code
 * peak}, then falls linearly to {@code to} at the last value.
 *
 * @param peak the issue value with the score {@code peakScore}; must lie in the issue's range
 */
public record TriangularValueFunction(double from, long peak, double peakScore, double to)
    implements ValueFunction {

  /**
   * @throws IllegalArgumentException if a score is outside [0, 1]
   */
  public TriangularValueFunction {
    Scores.check(from, "score 'from'");
    Scores.check(peakScore, "score 'peak_score'");
    Scores.check(to, "score 'to'");
  }

  @Override
  public double[] scores(Issue issue) {
    IntegerIssue range = Ranges.require(issue, "a triangular value function");
    if (peak < range.min() || peak > range.last()) {
      throw new IllegalArgumentException(
          "peak "
              + peak
              + " outside the range ["
              + range.min()
              + ", "
              + range.last()
              + "] of issue '"
              + issue.id()
              + "'");
    }
    double[] scores = new double[range.size()];
    long first = range.min();
    long last = range.last();
    for (int k = 0; k < scores.length; k++) {
      long value = range.valueOf(k);
      if (value == peak) {
        scores[k] = peakScore;
      } else if (value < peak) {
        scores[k] = Ranges.interpolate(from, peakScore, value - first, peak - first);
      } else {
        scores[k] = Ranges.interpolate(peakScore, to, value - peak, last - peak);
      }
    }
    return scores;
  }
}
