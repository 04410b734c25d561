package io.parley.interop;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.TriangularValueFunction;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arithmetic of GENIUS's evaluators ({@code EvaluatorDiscrete}, {@code EvaluatorInteger},
 * {@code EvaluatorReal}) and its mapping onto Parley value functions.
 */
final class GeniusEvaluators {
  /**
   * How far a Parley linear or triangular value function may score a value from GENIUS's own
   * arithmetic: a few units in the last place, far below Parley's 10<sup>-12</sup> resolution.
   */
  static final double FIT_TOLERANCE = 1e-14;

  /** Below this largest evaluation, {@code EvaluatorDiscrete.normalize} scores every value 0. */
  static final double DISCRETE_MAX_FLOOR = 0.00001;

  private GeniusEvaluators() {}

  /**
   * {@code EvaluatorDiscrete}: each evaluation divided by the largest, or 0 for every value when
   * the largest is below {@link #DISCRETE_MAX_FLOOR}.
   *
   * @param evaluations label to raw evaluation, for every label of {@code issue}
   */
  static ValueTable discrete(DiscreteIssue issue, Map<String, Double> evaluations) {
    double max = 0;
    for (double e : evaluations.values()) {
      max = Math.max(max, e);
    }
    var scores = new LinkedHashMap<String, Double>();
    for (String label : issue.labels()) {
      double e = evaluations.get(label);
      scores.put(label, max < DISCRETE_MAX_FLOOR ? 0.0 : e / max);
    }
    return new ValueTable(scores);
  }

  /**
   * {@code EvaluatorInteger.getEvaluation}: {@code clip(slope·(v − lowerbound) + offset, 0, 1)}.
   */
  static double integer(long value, long lowerBound, double slope, double offset) {
    double utility = slope * (value - lowerBound) + offset;
    if (utility < 0) {
      return 0;
    }
    return utility > 1 ? 1 : utility;
  }

  /**
   * A Parley value function reproducing a GENIUS integer evaluator on {@code issue} within {@link
   * #FIT_TOLERANCE}: linear from the first to the last value's score, or — when the clip bends the
   * line inside the range — triangular with the bend as its peak. Empty when neither fits (a line
   * clipped on both sides, or bent between two integers).
   */
  static Optional<ValueFunction> fitInteger(
      IntegerIssue issue, long lowerBound, double slope, double offset) {
    int n = issue.size();
    double[] target = new double[n];
    for (int k = 0; k < n; k++) {
      target[k] = integer(issue.valueOf(k), lowerBound, slope, offset);
    }
    List<ValueFunction> candidates = new ArrayList<>();
    candidates.add(new LinearValueFunction(target[0], target[n - 1]));
    for (int k = 1; k < n - 1; k++) {
      boolean bend = clipped(target[k - 1]) != clipped(target[k]);
      boolean bendAfter = clipped(target[k]) != clipped(target[k + 1]);
      if (bend || bendAfter) {
        candidates.add(
            new TriangularValueFunction(target[0], issue.valueOf(k), target[k], target[n - 1]));
      }
    }
    for (ValueFunction candidate : candidates) {
      if (fits(candidate.scores(issue), target)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean clipped(double score) {
    return score == 0.0 || score == 1.0;
  }

  private static boolean fits(double[] scores, double[] target) {
    for (int k = 0; k < target.length; k++) {
      if (Math.abs(scores[k] - target[k]) > FIT_TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  /** {@code EVALFUNCTYPE.evalTriangular}: 0 outside (lower, upper), rising to 1 at {@code top}. */
  static double triangular(double x, double lower, double upper, double top) {
    if (x < lower) {
      return 0;
    } else if (x < top) {
      return (x - lower) / (top - lower);
    } else if (x < upper) {
      return 1 - (x - top) / (upper - top);
    }
    return 0;
  }

  /** {@code EvaluatorReal} linear: {@code clip(parameter1·x + parameter0, 0, 1)}, no shift. */
  static double realLinear(double x, double parameter0, double parameter1) {
    double utility = parameter1 * x + parameter0;
    if (utility < 0) {
      return 0;
    }
    return utility > 1 ? 1 : utility;
  }

  /**
   * {@code function} with every score multiplied by {@code factor} in [0, 1]: the same kind of
   * function, since each kind's scores are linear in its parameters.
   */
  static ValueFunction scaled(ValueFunction function, double factor) {
    if (function instanceof LinearValueFunction linear) {
      return new LinearValueFunction(linear.from() * factor, linear.to() * factor);
    }
    if (function instanceof TriangularValueFunction triangle) {
      return new TriangularValueFunction(
          triangle.from() * factor,
          triangle.peak(),
          triangle.peakScore() * factor,
          triangle.to() * factor);
    }
    ValueTable table = (ValueTable) function;
    var scores = new LinkedHashMap<String, Double>();
    table.scoresByLabel().forEach((label, score) -> scores.put(label, score * factor));
    return new ValueTable(scores);
  }
}
