package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.ValueFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Bayesian model against the rule of Hindriks and Tykhonov written out the long way: per issue,
 * every (weight level, shape) hypothesis, its prior, the predicted utility {@code 1 − concession ·
 * t} of each offer, a normal likelihood of the utility each hypothesis gives the offer (the other
 * issues at their current expectation), Bayes' rule with every issue updated from the same prior,
 * and the expected utility of an outcome. Random spaces (one-valued, short and long issues, so the
 * sampled peaks are checked too), random parameters, random offers over time.
 */
class BayesianModelOracleTest {

  /** The model written from the paper's definitions, recomputing everything from scratch. */
  private static final class Oracle {
    final int levels;
    final double concession;
    final double sigma;
    final List<double[][]> shapes = new ArrayList<>(); // per issue: shape x value
    final List<double[]> probabilities = new ArrayList<>(); // per issue: level-major hypotheses

    Oracle(int[] sizes, int levels, double concession, double sigma) {
      this.levels = levels;
      this.concession = concession;
      this.sigma = sigma;
      for (int size : sizes) {
        List<double[]> list = new ArrayList<>();
        if (size == 1) {
          list.add(new double[] {1});
        } else {
          double[] down = new double[size];
          double[] up = new double[size];
          for (int v = 0; v < size; v++) {
            down[v] = (size - 1.0 - v) / (size - 1.0);
            up[v] = v / (size - 1.0);
          }
          list.add(down);
          list.add(up);
          // Inner peaks: all of them, or 24 evenly spaced ones on long issues.
          int step = Math.max(1, (size - 2) / 24);
          for (int peak = 1; peak <= size - 2; peak += step) {
            double[] triangle = new double[size];
            for (int v = 0; v < size; v++) {
              triangle[v] = v <= peak ? v / (double) peak : (size - 1.0 - v) / (size - 1.0 - peak);
            }
            list.add(triangle);
          }
        }
        shapes.add(list.toArray(new double[0][]));
        double[] prior = new double[levels * list.size()];
        java.util.Arrays.fill(prior, 1.0 / prior.length);
        probabilities.add(prior);
      }
    }

    double weight(int issue, int h) {
      return (h / shapes.get(issue).length + 1) / (double) levels;
    }

    double evaluation(int issue, int h, int value) {
      return shapes.get(issue)[h % shapes.get(issue).length][value];
    }

    double expectedWeight(int issue) {
      double sum = 0;
      double[] p = probabilities.get(issue);
      for (int h = 0; h < p.length; h++) {
        sum += p[h] * weight(issue, h);
      }
      return sum;
    }

    double contribution(int issue, int value) {
      double sum = 0;
      double[] p = probabilities.get(issue);
      for (int h = 0; h < p.length; h++) {
        sum += p[h] * weight(issue, h) * evaluation(issue, h, value);
      }
      return sum;
    }

    void learn(int[] offer, double progress) {
      double predicted = 1 - concession * progress;
      List<double[]> next = new ArrayList<>();
      for (int i = 0; i < offer.length; i++) {
        double restWeight = 0;
        double restContribution = 0;
        for (int j = 0; j < offer.length; j++) {
          if (j != i) {
            restWeight += expectedWeight(j);
            restContribution += contribution(j, offer[j]);
          }
        }
        double[] prior = probabilities.get(i);
        double[] posterior = new double[prior.length];
        double total = 0;
        for (int h = 0; h < prior.length; h++) {
          double w = weight(i, h);
          double u = (restContribution + w * evaluation(i, h, offer[i])) / (restWeight + w);
          double z = (u - predicted) / sigma;
          posterior[h] = prior[h] * Math.exp(-z * z / 2);
          total += posterior[h];
        }
        if (total == 0) {
          next.add(prior); // nothing is likely: the belief stays
        } else {
          for (int h = 0; h < posterior.length; h++) {
            posterior[h] /= total;
          }
          next.add(posterior);
        }
      }
      probabilities.clear();
      probabilities.addAll(next);
    }

    double utility(int[] outcome) {
      double weights = 0;
      double sum = 0;
      for (int i = 0; i < outcome.length; i++) {
        weights += expectedWeight(i);
        sum += contribution(i, outcome[i]);
      }
      return Math.max(0, Math.min(1, sum / weights));
    }
  }

  private static Preferences preferences(int[] sizes) {
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      issues.add(IntegerIssue.of("i" + i, 0, sizes[i] - 1));
    }
    var space = new OutcomeSpace(issues);
    List<Double> weights = new ArrayList<>(Collections.nCopies(sizes.length, 1.0 / sizes.length));
    List<ValueFunction> functions =
        new ArrayList<>(Collections.nCopies(sizes.length, new LinearValueFunction(0, 1)));
    return new Preferences(new LinearAdditiveUtility(space, weights, functions), 0, List.of(), 1.0);
  }

  private static int[] random(SplittableRandom random, int[] sizes) {
    int[] values = new int[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      values[i] = random.nextInt(sizes[i]);
    }
    return values;
  }

  @Test
  void utilities_equalThePaperRuleComputedTheLongWay() {
    for (long seed = 1; seed <= 40; seed++) {
      var random = new SplittableRandom(seed);
      int issues = 1 + random.nextInt(3);
      int[] sizes = new int[issues];
      for (int i = 0; i < issues; i++) {
        int kind = random.nextInt(4);
        sizes[i] = kind == 0 ? 1 : kind == 1 ? 2 + random.nextInt(6) : 27 + random.nextInt(40);
      }
      int levels = 1 + random.nextInt(6);
      double concession = random.nextDouble();
      double sigma = 0.05 + random.nextDouble() * 0.5;
      var model = new BayesianModel(levels, concession, sigma);
      var oracle = new Oracle(sizes, levels, concession, sigma);
      var situation = Fixtures.situation(preferences(sizes), model);
      for (int k = 0; k < 12; k++) {
        int[] offer = random(random, sizes);
        double progress = k / 12.0;
        Fixtures.receive(situation, "them", progress, Outcome.of(offer));
        oracle.learn(offer, progress);
        for (int probe = 0; probe < 20; probe++) {
          int[] outcome = random(random, sizes);
          assertThat(model.utility("them", Outcome.of(outcome)))
              .as("seed %d offer %d sizes %s", seed, k, java.util.Arrays.toString(sizes))
              .isCloseTo(oracle.utility(outcome), within(1e-9));
        }
      }
      assertThat(model.utility("someone else", Outcome.of(random(random, sizes)))).isEqualTo(0.5);
    }
  }

  @Test
  void anOfferNoHypothesisCanExplain_leavesTheBeliefAsItWas() {
    // With a tiny deviation, an offer predicted worth 0 (concession 1 at the deadline) has
    // likelihood 0 under every hypothesis, since every one of them gives it a positive utility.
    int[] sizes = {3, 4};
    var model = new BayesianModel(3, 1, 1e-3);
    var oracle = new Oracle(sizes, 3, 1, 1e-3);
    var situation = Fixtures.situation(preferences(sizes), model);
    Fixtures.receive(situation, "them", 0.0, Outcome.of(2, 3));
    oracle.learn(new int[] {2, 3}, 0.0);
    double before = model.utility("them", Outcome.of(0, 0));
    Fixtures.receive(situation, "them", 1.0, Outcome.of(0, 0));
    oracle.learn(new int[] {0, 0}, 1.0);
    assertThat(model.utility("them", Outcome.of(0, 0))).isEqualTo(before);
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 4; b++) {
        assertThat(model.utility("them", Outcome.of(a, b)))
            .isCloseTo(oracle.utility(new int[] {a, b}), within(1e-12));
      }
    }
  }

  @Test
  void anOpponentWhoAsksForTheHighEndAtFirst_isLearntToPreferIt() {
    // The opponent opens at the top of both issues (worth 1 to it at t = 0) and concedes
    // downwards: the model learns "uphill", so the top is worth more to it than the bottom.
    int[] sizes = {5, 5};
    var model = new BayesianModel(5, 0.5, 0.25);
    var situation = Fixtures.situation(preferences(sizes), model);
    int[][] offers = {{4, 4}, {4, 4}, {4, 3}, {3, 4}, {3, 3}};
    for (int k = 0; k < offers.length; k++) {
      Fixtures.receive(situation, "them", k / 10.0, Outcome.of(offers[k]));
    }
    assertThat(model.utility("them", Outcome.of(4, 4)))
        .isGreaterThan(model.utility("them", Outcome.of(2, 2)))
        .isGreaterThan(model.utility("them", Outcome.of(0, 0)));
  }
}
