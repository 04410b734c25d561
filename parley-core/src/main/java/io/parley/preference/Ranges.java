package io.parley.preference;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;

/** Shared arithmetic of the value functions over integer ranges. */
final class Ranges {
  private Ranges() {}

  static IntegerIssue require(Issue issue, String what) {
    if (!(issue instanceof IntegerIssue range)) {
      throw new IllegalArgumentException(
          what + " needs an integer range, but issue '" + issue.id() + "' is discrete");
    }
    return range;
  }

  /** The score at step {@code k} of {@code steps} on the line from {@code a} to {@code b}. */
  static double interpolate(double a, double b, long k, long steps) {
    double score = a + (b - a) * ((double) k / steps);
    return Math.min(1.0, Math.max(0.0, score));
  }
}
