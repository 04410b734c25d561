package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The frequency model rates by rank exactly as by outcome, and both exactly as the formula {@code Σ
 * w_i · count_i(v_i) / max_v count_i(v)} summed term by term (an independent oracle), bit for bit:
 * the default agent's choices depend on ties between these ratings.
 */
class FrequencyModelRatingTest {

  @Test
  void leastUtilityAt_equalsLeastUtility_andTheFormula_bitForBit() {
    for (long seed = 1; seed <= 50; seed++) {
      var random = new SplittableRandom(seed);
      int issues = 2 + random.nextInt(3);
      int values = 2 + random.nextInt(5);
      double learning = random.nextDouble();
      var model = new FrequencyModel(learning);
      var situation = Fixtures.situation(Fixtures.rising(issues, values, 0.2), model);
      UtilityIndex index = situation.index();
      Oracle a = new Oracle(issues, values);
      Oracle b = new Oracle(issues, values);
      for (int k = 0; k < 30; k++) {
        String party = random.nextInt(3) == 0 ? "b" : "a";
        Outcome offer =
            random.nextInt(3) == 0 && k > 0
                ? last(party, a, b)
                : randomOutcome(random, issues, values);
        Fixtures.receive(situation, party, k / 30.0, offer);
        (party.equals("a") ? a : b).learn(offer, learning);
        for (int rank = 0; rank < index.size(); rank++) {
          Outcome outcome = index.outcomeAt(rank);
          double byRank = model.leastUtilityAt(List.of("a", "b"), index, rank);
          double byOutcome = model.leastUtility(List.of("a", "b"), outcome);
          double oracle = Math.min(1.0, Math.min(a.utility(outcome), b.utility(outcome)));
          assertThat(Double.doubleToLongBits(byRank))
              .as("seed %d rank %d", seed, rank)
              .isEqualTo(Double.doubleToLongBits(byOutcome))
              .isEqualTo(Double.doubleToLongBits(oracle));
        }
      }
    }
  }

  private static Outcome last(String party, Oracle a, Oracle b) {
    Outcome previous = (party.equals("a") ? a : b).previous;
    return previous == null ? Outcome.of(new int[a.weights.length]) : previous;
  }

  private static Outcome randomOutcome(SplittableRandom random, int issues, int values) {
    int[] v = new int[issues];
    for (int i = 0; i < issues; i++) {
      v[i] = random.nextInt(values);
    }
    return new Outcome(v);
  }

  /** The model's definition, written out again. */
  private static final class Oracle {
    final double[] weights;
    final double[][] counts;
    Outcome previous;

    Oracle(int issues, int values) {
      weights = new double[issues];
      counts = new double[issues][values];
      for (int i = 0; i < issues; i++) {
        weights[i] = 1.0 / issues;
        java.util.Arrays.fill(counts[i], 1.0);
      }
    }

    void learn(Outcome offer, double learning) {
      if (previous != null) {
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
          if (offer.valueIndex(i) == previous.valueIndex(i)) {
            weights[i] += learning;
          }
          total += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
          weights[i] /= total;
        }
      }
      for (int i = 0; i < weights.length; i++) {
        counts[i][offer.valueIndex(i)] += 1;
      }
      previous = offer;
    }

    double utility(Outcome outcome) {
      if (previous == null) {
        return 0.5;
      }
      double sum = 0;
      for (int i = 0; i < weights.length; i++) {
        double max = 0;
        for (double c : counts[i]) {
          max = Math.max(max, c);
        }
        sum += weights[i] * counts[i][outcome.valueIndex(i)] / max;
      }
      return Math.max(0, Math.min(1, sum));
    }
  }
}
