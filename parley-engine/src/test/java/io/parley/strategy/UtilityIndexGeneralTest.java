package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.HyperRectangleUtility;
import io.parley.preference.HyperRectangleUtility.Aggregation;
import io.parley.preference.HyperRectangleUtility.Bound;
import io.parley.preference.HyperRectangleUtility.Match;
import io.parley.preference.HyperRectangleUtility.Rectangle;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.UtilityFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The general path of the index — utilities that are not linear additive, evaluated outcome by
 * outcome — against a brute-force scan of random seeded spaces.
 */
class UtilityIndexGeneralTest {

  private record Entry(long code, long ticks) {}

  @Test
  void cappedAdditive_onRandomSpaces_matchesBruteForceScan() {
    for (long seed = 1; seed <= 200; seed++) {
      var random = new SplittableRandom(seed);
      OutcomeSpace space = RandomScenarios.space(random, 1 + random.nextInt(5), 6);
      Preferences linear = RandomScenarios.preferences(random, space, 0.9, 3);
      var additive = (LinearAdditiveUtility) linear.utility();
      List<Double> weights = new ArrayList<>();
      for (int i = 0; i < space.issueCount(); i++) {
        // Weights that sum to up to 1.6, so that the cap binds on some spaces.
        weights.add(additive.weights().get(i) * (0.6 + random.nextDouble()));
      }
      var capped = new CappedAdditiveUtility(space, weights, additive.valueFunctions());
      checkAgainstBruteForce(seed, withUtility(linear, capped));
    }
  }

  @Test
  void hyperRectangles_onRandomSpaces_matchesBruteForceScan() {
    for (long seed = 1; seed <= 200; seed++) {
      var random = new SplittableRandom(seed);
      int issues = 1 + random.nextInt(4);
      List<Issue> list = new ArrayList<>();
      for (int i = 0; i < issues; i++) {
        list.add(IntegerIssue.of("n" + i, 0, random.nextInt(6)));
      }
      var space = new OutcomeSpace(list);
      List<Rectangle> rectangles = new ArrayList<>();
      for (int r = 0; r < 1 + random.nextInt(5); r++) {
        int position = random.nextInt(issues);
        long max = space.issue(position).size() - 1;
        long low = random.nextLong(max + 1);
        rectangles.add(
            new Rectangle(
                random.nextBoolean() ? Match.INSIDE : Match.OUTSIDE,
                List.of(new Bound(position, low, low + random.nextLong(max - low + 1))),
                random.nextInt(1, 11) / 10.0,
                1.0));
      }
      var function = new HyperRectangleUtility.Function(Aggregation.SUM, 1, rectangles, List.of());
      var utility = new HyperRectangleUtility(space, function, 1 + random.nextInt(3));
      Preferences shape = RandomScenarios.preferences(random, space, 0.6, 2);
      checkAgainstBruteForce(seed, withUtility(shape, utility));
    }
  }

  @Test
  void general_spaceAboveTheEnumerationLimit_throwsNamingSizeAndLimit() {
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      issues.add(IntegerIssue.of("i" + i, 0, 9));
    }
    var space = new OutcomeSpace(issues);
    var utility =
        new HyperRectangleUtility(
            space, new HyperRectangleUtility.Function(Aggregation.SUM, 1, List.of(), List.of()), 1);

    assertThatThrownBy(() -> UtilityIndex.of(Preferences.of(utility, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the utility is not linear additive (HyperRectangleUtility), so a utility index must"
                + " evaluate every one of the 100000000 outcomes; it evaluates at most 20000000");
  }

  private static Preferences withUtility(Preferences shape, UtilityFunction utility) {
    return new Preferences(utility, shape.reservation(), shape.redLines(), 1.0);
  }

  private static void checkAgainstBruteForce(long seed, Preferences preferences) {
    OutcomeSpace space = preferences.utility().space();
    UtilityIndex index = UtilityIndex.of(preferences);
    long reservation = UtilityScale.toTicks(preferences.reservation());
    List<Entry> expected = new ArrayList<>();
    long size = space.size().longValueExact();
    for (long code = 0; code < size; code++) {
      Outcome outcome = space.outcomeAt(code);
      long ticks = UtilityScale.toTicks(preferences.utility().utility(outcome));
      boolean acceptable = ticks >= reservation && preferences.allows(outcome.valueIndices());
      assertThat(index.utilityTicks(outcome)).as("seed %d", seed).isEqualTo(ticks);
      assertThat(index.isAcceptable(outcome)).as("seed %d %s", seed, outcome).isEqualTo(acceptable);
      if (acceptable) {
        expected.add(new Entry(code, ticks));
      }
    }
    expected.sort(Comparator.comparingLong(Entry::ticks).thenComparingLong(Entry::code));
    assertThat(index.size()).as("seed %d", seed).isEqualTo(expected.size());
    for (int rank = 0; rank < expected.size(); rank++) {
      assertThat(index.ticksAt(rank)).isEqualTo(expected.get(rank).ticks());
      assertThat(index.outcomeAt(rank))
          .as("seed %d rank %d", seed, rank)
          .isEqualTo(space.outcomeAt(expected.get(rank).code()));
    }
  }
}
