package io.parley.preference;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.List;

/**
 * {@code u(o) = min(1, Σ_i w_i · s_i(o_i))}: an additive utility whose weights need not sum to 1,
 * capped at 1 — the utility of a GENIUS linear profile ({@code AdditiveUtilitySpace.getUtility}),
 * whose weights are used as written in the file and never renormalised.
 *
 * <p>The sum is taken in issue order, as GENIUS does, so the result is bit-identical to GENIUS's
 * when the scores are. Use {@link LinearAdditiveUtility} instead when the weights sum to 1 and the
 * cap cannot bind: the analysis then splits the space per issue instead of enumerating it.
 *
 * <p>Immutable. The per-issue scores are computed once, at construction.
 */
public final class CappedAdditiveUtility implements UtilityFunction {
  private final OutcomeSpace space;
  private final List<Double> weights;
  private final List<ValueFunction> valueFunctions;
  private final double[][] scores;
  private final double weightSum;
  private final double uncappedMaximum;

  /**
   * @param weights one weight per issue, in issue order, each a finite number >= 0 (any sum)
   * @param valueFunctions one value function per issue, in issue order
   * @throws IllegalArgumentException on a count mismatch, a negative or non-finite weight or a
   *     value function that does not fit its issue
   */
  public CappedAdditiveUtility(
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
    this.scores = new double[n][];
    double sum = 0;
    double maximum = 0;
    for (int i = 0; i < n; i++) {
      double w = weights.get(i);
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(
            "weight " + w + " of issue '" + space.issue(i).id() + "' is not a number >= 0");
      }
      scores[i] = valueFunctions.get(i).scores(space.issue(i));
      double best = 0;
      for (double s : scores[i]) {
        best = Math.max(best, s);
      }
      sum += w;
      maximum += w * best;
    }
    this.weightSum = sum;
    this.uncappedMaximum = maximum;
  }

  @Override
  public OutcomeSpace space() {
    return space;
  }

  /** The weights, in issue order, as given. */
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

  /** The sum of the weights, in issue order. */
  public double weightSum() {
    return weightSum;
  }

  /**
   * The largest uncapped sum {@code Σ_i w_i · max_v s_i(v)}, computed in issue order.
   * Floating-point addition and multiplication are monotone, so no outcome's uncapped sum exceeds
   * it.
   */
  public double uncappedMaximum() {
    return uncappedMaximum;
  }

  /** Whether the cap changes the utility of some outcome: {@link #uncappedMaximum()} > 1. */
  public boolean capBinds() {
    return uncappedMaximum > 1.0;
  }

  @Override
  public double utility(Outcome outcome) {
    double u = 0;
    for (int i = 0; i < scores.length; i++) {
      u += weights.get(i) * scores[i][outcome.valueIndex(i)];
    }
    return u > 1.0 ? 1.0 : u;
  }
}
