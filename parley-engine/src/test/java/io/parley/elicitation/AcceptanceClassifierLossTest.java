package io.parley.elicitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The classifier's fit is gradient descent on the loss its Javadoc states, checked against that
 * loss written out and differentiated numerically: {@code L(w, b) = (1/n) [Σ_k c_k log(1 + exp(−y_k
 * s_k)) + Σ_pairs ½ log(1 + exp(−(s(better) − s(worse))))] + (λ/2) |w|²}, with {@code n} the total
 * example weight, {@code c_k} 1 for a label and {@code exp(−(now − t_k) / 0.1)} for an unexplained
 * refusal at {@code t_k}, and each step {@code θ ← θ − ∇L / (issues + 1)}, warm-started from the
 * previous fit.
 */
class AcceptanceClassifierLossTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(
          IntegerIssue.of("a", 0, 2), IntegerIssue.of("b", 0, 3), IntegerIssue.of("c", 0, 1));
  private static final int[] OFFSETS = {0, 3, 7, 9};

  private record Example(int[] values, double label, double progress, boolean fades) {}

  private record Pair(int[] better, int[] worse) {}

  /** Parameters: 9 value weights, then the bias. */
  private static final class Oracle {
    final double[] theta = new double[10];
    final List<Example> examples = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();

    double sum(double[] t, int[] values) {
      double total = 0;
      for (int i = 0; i < values.length; i++) {
        total += t[OFFSETS[i] + values[i]];
      }
      return total;
    }

    double loss(double[] t, double now) {
      double n = 0.5 * pairs.size();
      double total = 0;
      for (Example e : examples) {
        double c = e.fades() ? Math.exp(-Math.max(0, now - e.progress()) / 0.1) : 1;
        n += c;
        double s = sum(t, e.values()) - t[9];
        total += c * Math.log1p(Math.exp(-e.label() * s));
      }
      for (Pair p : pairs) {
        total += 0.5 * Math.log1p(Math.exp(-(sum(t, p.better()) - sum(t, p.worse()))));
      }
      double penalty = 0;
      for (int k = 0; k < 9; k++) {
        penalty += t[k] * t[k];
      }
      return total / n + 0.01 / 2 * penalty;
    }

    void fit(double now) {
      if (examples.isEmpty() && pairs.isEmpty()) {
        return;
      }
      for (int step = 0; step < 40; step++) {
        double[] gradient = new double[theta.length];
        for (int k = 0; k < theta.length; k++) {
          double h = 1e-5;
          double[] up = theta.clone();
          double[] down = theta.clone();
          up[k] += h;
          down[k] -= h;
          gradient[k] = (loss(up, now) - loss(down, now)) / (2 * h);
        }
        for (int k = 0; k < theta.length; k++) {
          theta[k] -= gradient[k] / 4; // rate 1 / (issues + 1)
        }
      }
    }
  }

  private static int[] random(SplittableRandom random) {
    return new int[] {random.nextInt(3), random.nextInt(4), random.nextInt(2)};
  }

  @Test
  void fit_descendsTheStatedLoss_stepByStep_warmStarted() {
    for (long seed = 1; seed <= 10; seed++) {
      var random = new SplittableRandom(seed);
      var classifier = new AcceptanceClassifier(SPACE);
      var oracle = new Oracle();
      double now = 0;
      for (int round = 0; round < 4; round++) {
        for (int k = random.nextInt(4); k >= 0; k--) {
          int[] values = random(random);
          int kind = random.nextInt(3);
          if (kind == 0) {
            boolean inside = random.nextBoolean();
            classifier.label(Outcome.of(values), inside);
            oracle.examples.add(new Example(values, inside ? 1 : -1, 0, false));
          } else if (kind == 1) {
            classifier.refused(Outcome.of(values), now);
            oracle.examples.add(new Example(values, -1, now, true));
          } else {
            int[] worse = random(random);
            classifier.prefer(Outcome.of(values), Outcome.of(worse));
            oracle.pairs.add(new Pair(values, worse));
          }
        }
        now += 0.05 + random.nextDouble() * 0.1;
        classifier.fit(now);
        oracle.fit(now);
        assertThat(classifier.examples()).isEqualTo(oracle.examples.size() + oracle.pairs.size());
        assertThat(classifier.bias()).as("seed %d", seed).isCloseTo(oracle.theta[9], within(1e-6));
        double[][] table = classifier.table();
        for (int i = 0; i < 3; i++) {
          assertThat(table[i]).hasSize(OFFSETS[i + 1] - OFFSETS[i]);
          for (int v = 0; v < table[i].length; v++) {
            assertThat(table[i][v])
                .as("seed %d weight %d %d", seed, i, v)
                .isCloseTo(oracle.theta[OFFSETS[i] + v], within(1e-6));
          }
        }
        int[] probe = random(random);
        assertThat(classifier.score(Outcome.of(probe)))
            .isCloseTo(oracle.sum(oracle.theta, probe) - oracle.theta[9], within(1e-6));
      }
    }
  }
}
