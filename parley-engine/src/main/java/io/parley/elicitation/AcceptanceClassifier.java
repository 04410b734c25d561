package io.parley.elicitation;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * One party's acceptable set, learnt from examples: a linear classifier over one-hot issue-value
 * features, {@code score(o) = Σ_i w[i][o_i] − b}, positive where the party is predicted to accept.
 * For a party with a linear additive utility and no red lines the acceptable set is exactly such a
 * half-space ({@code w} the value utilities, {@code b} the reservation value); red lines that
 * forbid or require one value are half-spaces too; if-then red lines are not, and the classifier
 * only approximates them.
 *
 * <p>Examples are labelled packages (inside or outside the acceptable set) and preference pairs
 * ({@code u(better) > u(worse)}, which constrain {@code w} only, as in the ranking SVM of Joachims,
 * "Optimizing search engines using clickthrough data", KDD 2002). {@link #fit()} minimises the
 * L2-regularised logistic loss of both kinds by full-batch gradient descent, warm-started from the
 * previous fit, so the result depends only on the examples and their order: no randomness. Labelled
 * packages count once each; a refusal the party did not explain counts as an example of the outside
 * whose weight fades with its age ({@link #refused}).
 *
 * <p>Not thread-safe; one instance per party and run.
 */
final class AcceptanceClassifier {
  /** The L2 penalty on the weights (not on the bias). */
  static final double PENALTY = 0.01;

  /** Gradient steps per fit. */
  static final int STEPS = 40;

  /** The time, as a share of the negotiation, over which an unexplained refusal fades by 1/e. */
  static final double FADING = 0.1;

  /** Weight of one preference pair relative to one labelled package. */
  static final double PAIR_WEIGHT = 0.5;

  private record Labelled(int[] values, double label, double progress, boolean fades) {}

  private record Pair(int[] better, int[] worse) {}

  private final int[] offsets;
  private final double[] weights;
  private double bias;
  private final List<Labelled> labelled = new ArrayList<>();
  private final List<Pair> pairs = new ArrayList<>();
  private final double rate;

  /** A classifier that knows nothing yet: every package scores 0. */
  AcceptanceClassifier(OutcomeSpace space) {
    offsets = new int[space.issueCount() + 1];
    for (int i = 0; i < space.issueCount(); i++) {
      offsets[i + 1] = offsets[i] + space.issue(i).size();
    }
    weights = new double[offsets[space.issueCount()]];
    rate = 1.0 / (space.issueCount() + 1);
  }

  /** Records that {@code outcome} is inside ({@code true}) or outside the acceptable set. */
  void label(Outcome outcome, boolean inside) {
    labelled.add(new Labelled(outcome.valueIndices(), inside ? 1 : -1, 0, false));
  }

  /**
   * Records that the party refused {@code outcome} at {@code progress} without saying why: an
   * example of the outside whose weight fades with age, {@code exp(−(now − progress) / }{@value
   * #FADING}{@code )} at a fit at {@code now}, since a party's demands only fall and an old refusal
   * says less about what it accepts now than a fresh one.
   */
  void refused(Outcome outcome, double progress) {
    labelled.add(new Labelled(outcome.valueIndices(), -1, progress, true));
  }

  /** Records that the party prefers {@code better} to {@code worse}. */
  void prefer(Outcome better, Outcome worse) {
    pairs.add(new Pair(better.valueIndices(), worse.valueIndices()));
  }

  /** The number of labelled packages and pairs recorded. */
  int examples() {
    return labelled.size() + pairs.size();
  }

  /** Refits the weights and bias to every example recorded so far, as seen at {@code now}. */
  void fit(double now) {
    if (examples() == 0) {
      return;
    }
    double[] gradient = new double[weights.length];
    double[] weightOf = new double[labelled.size()];
    double n = PAIR_WEIGHT * pairs.size();
    for (int k = 0; k < weightOf.length; k++) {
      Labelled example = labelled.get(k);
      weightOf[k] = example.fades() ? Math.exp(-Math.max(0, now - example.progress()) / FADING) : 1;
      n += weightOf[k];
    }
    for (int step = 0; step < STEPS; step++) {
      java.util.Arrays.fill(gradient, 0);
      double biasGradient = 0;
      for (int k = 0; k < weightOf.length; k++) {
        Labelled example = labelled.get(k);
        double g =
            -weightOf[k] * example.label() * sigmoid(-example.label() * score(example.values()));
        for (int i = 0; i < example.values().length; i++) {
          gradient[offsets[i] + example.values()[i]] += g;
        }
        biasGradient -= g;
      }
      for (Pair pair : pairs) {
        double margin = sum(pair.better()) - sum(pair.worse());
        double g = -PAIR_WEIGHT * sigmoid(-margin);
        for (int i = 0; i < pair.better().length; i++) {
          gradient[offsets[i] + pair.better()[i]] += g;
          gradient[offsets[i] + pair.worse()[i]] -= g;
        }
      }
      for (int k = 0; k < weights.length; k++) {
        weights[k] -= rate * (gradient[k] / n + PENALTY * weights[k]);
      }
      bias -= rate * biasGradient / n;
    }
  }

  /** The classifier's score of {@code outcome}: positive means predicted acceptable. */
  double score(Outcome outcome) {
    double total = -bias;
    for (int i = 0; i < offsets.length - 1; i++) {
      total += weights[offsets[i] + outcome.valueIndex(i)];
    }
    return total;
  }

  /**
   * Per issue and value, the weight the classifier gives it: the table {@link #score} sums, for
   * scoring many packages fast. The bias is {@link #bias()}.
   */
  double[][] table() {
    double[][] table = new double[offsets.length - 1][];
    for (int i = 0; i < table.length; i++) {
      table[i] = java.util.Arrays.copyOfRange(weights, offsets[i], offsets[i + 1]);
    }
    return table;
  }

  /** The bias b subtracted from the summed weights. */
  double bias() {
    return bias;
  }

  private double score(int[] values) {
    return sum(values) - bias;
  }

  private double sum(int[] values) {
    double total = 0;
    for (int i = 0; i < values.length; i++) {
      total += weights[offsets[i] + values[i]];
    }
    return total;
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
