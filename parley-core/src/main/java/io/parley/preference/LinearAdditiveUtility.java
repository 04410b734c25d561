package io.parley.preference;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.List;

/**
 * {@code u(o) = Σ_i w_i · s_i(o_i)}: non-negative issue weights summing to 1 and one {@link
 * ValueFunction} per issue.
 *
 * <p>Immutable. The per-issue scores are computed once, at construction.
 */
public final class LinearAdditiveUtility implements UtilityFunction {

  /** How far the weights may sum from 1. */
  public static final double WEIGHT_SUM_TOLERANCE = 1e-9;

  private final OutcomeSpace space;
  private final List<Double> weights;
  private final List<ValueFunction> valueFunctions;
  private final double[][] scores;

  /**
   * @param weights one weight per issue, in issue order, each >= 0, summing to 1 within {@link
   *     #WEIGHT_SUM_TOLERANCE}
   * @param valueFunctions one value function per issue, in issue order
   * @throws IllegalArgumentException on a count mismatch, a negative or non-finite weight, a weight
   *     sum away from 1 or a value function that does not fit its issue
   */
  public LinearAdditiveUtility(
      OutcomeSpace space, List<Double> weights, List<ValueFunction> valueFunctions) {
    this.space = space;
    this.weights = List.copyOf(weights);
    this.valueFunctions = List.copyOf(valueFunctions);
    int n = space.issueCount();
    if (weights.size() != n || valueFunctions.size() != n) {
      throw new IllegalArgumentException(
          "expected "
              + n
              + " weights and value functions, got "
              + weights.size()
              + " and "
              + valueFunctions.size());
    }
    double sum = 0;
    this.scores = new double[n][];
    for (int i = 0; i < n; i++) {
      double w = weights.get(i);
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(
            "weight " + w + " of issue '" + space.issue(i).id() + "' is not a number >= 0");
      }
      sum += w;
      scores[i] = valueFunctions.get(i).scores(space.issue(i));
    }
    if (Math.abs(sum - 1.0) > WEIGHT_SUM_TOLERANCE) {
      throw new IllegalArgumentException("weights sum to " + sum + ", expected 1");
    }
  }

  @Override
  public OutcomeSpace space() {
    return space;
  }

  /** The weights, in issue order. */
  public List<Double> weights() {
    return weights;
  }

  /** The value functions, in issue order. */
  public List<ValueFunction> valueFunctions() {
    return valueFunctions;
  }

  /** The weight of the issue at {@code position}. */
  public double weight(int position) {
    return weights.get(position);
  }

  /** The score in [0, 1] of value {@code valueIndex} of the issue at {@code position}. */
  public double score(int position, int valueIndex) {
    return scores[position][valueIndex];
  }

  /** The weighted score {@code w_i · s_i(v)} of one value. */
  public double contribution(int position, int valueIndex) {
    return weights.get(position) * scores[position][valueIndex];
  }

  @Override
  public double utility(Outcome outcome) {
    double u = 0;
    for (int i = 0; i < scores.length; i++) {
      u += contribution(i, outcome.valueIndex(i));
    }
    return u;
  }
}
