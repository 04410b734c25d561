package io.parley.elicitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AcceptanceClassifierTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(
          IntegerIssue.of("a", 0, 4), IntegerIssue.of("b", 0, 3), IntegerIssue.of("c", 0, 5));

  /** A random linear additive utility: per issue and value, a weight in [0, 1). */
  private static double[][] utility(SplittableRandom random) {
    double[][] u = new double[SPACE.issueCount()][];
    for (int i = 0; i < u.length; i++) {
      u[i] = new double[SPACE.issue(i).size()];
      double weight = random.nextDouble();
      for (int v = 0; v < u[i].length; v++) {
        u[i][v] = weight * random.nextDouble();
      }
    }
    return u;
  }

  private static double value(double[][] u, Outcome o) {
    double total = 0;
    for (int i = 0; i < u.length; i++) {
      total += u[i][o.valueIndex(i)];
    }
    return total;
  }

  @Test
  void new_scoresEveryPackageZero() {
    var classifier = new AcceptanceClassifier(SPACE);
    classifier.fit(0.5);
    assertThat(classifier.score(Outcome.of(1, 2, 3))).isZero();
  }

  /** Oracle: a half-space labelled package by package is learnt back, package by package. */
  @Test
  void fit_labelsOfALinearAdditiveParty_classifiesAsTheUtility() {
    for (long seed = 0; seed < 10; seed++) {
      var random = new SplittableRandom(seed);
      double[][] u = utility(random);
      long size = SPACE.size().longValue();
      double threshold = value(u, SPACE.outcomeAt(random.nextLong(size)));
      var classifier = new AcceptanceClassifier(SPACE);
      for (long k = 0; k < size; k++) {
        Outcome o = SPACE.outcomeAt(k);
        classifier.label(o, value(u, o) >= threshold);
      }
      for (int fits = 0; fits < 20; fits++) {
        classifier.fit(0);
      }
      int agree = 0;
      for (long k = 0; k < size; k++) {
        Outcome o = SPACE.outcomeAt(k);
        agree += (classifier.score(o) > 0) == (value(u, o) >= threshold) ? 1 : 0;
      }
      assertThat(agree).as("seed %d", seed).isGreaterThanOrEqualTo((int) (0.9 * size));
    }
  }

  /** Oracle: from preference pairs alone it ranks most pairs of packages as the utility does. */
  @Test
  void fit_preferencePairs_rankAsTheUtility() {
    for (long seed = 0; seed < 10; seed++) {
      var random = new SplittableRandom(seed);
      double[][] u = utility(random);
      long size = SPACE.size().longValue();
      var classifier = new AcceptanceClassifier(SPACE);
      for (int n = 0; n < 200; n++) {
        Outcome x = SPACE.outcomeAt(random.nextLong(size));
        Outcome y = SPACE.outcomeAt(random.nextLong(size));
        if (value(u, x) > value(u, y)) {
          classifier.prefer(x, y);
        } else if (value(u, y) > value(u, x)) {
          classifier.prefer(y, x);
        }
      }
      for (int fits = 0; fits < 20; fits++) {
        classifier.fit(0);
      }
      int agree = 0;
      int pairs = 2000;
      for (int n = 0; n < pairs; n++) {
        Outcome x = SPACE.outcomeAt(random.nextLong(size));
        Outcome y = SPACE.outcomeAt(random.nextLong(size));
        agree +=
            Math.signum(classifier.score(x) - classifier.score(y))
                    == Math.signum(value(u, x) - value(u, y))
                ? 1
                : 0;
      }
      assertThat(agree).as("seed %d", seed).isGreaterThan((int) (0.85 * pairs));
    }
  }

  @Test
  void refused_anOldRefusalWeighsLessThanAFreshOne() {
    Outcome accepted = Outcome.of(4, 3, 5);
    Outcome refused = Outcome.of(0, 0, 0);
    var fresh = new AcceptanceClassifier(SPACE);
    var old = new AcceptanceClassifier(SPACE);
    for (var classifier : new AcceptanceClassifier[] {fresh, old}) {
      classifier.label(accepted, true);
      classifier.refused(refused, 0.1);
    }
    fresh.fit(0.1);
    old.fit(0.9);
    assertThat(fresh.score(refused)).isNegative();
    assertThat(old.score(refused)).isGreaterThan(fresh.score(refused));
  }
}
