package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.ValueFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The index against a brute-force scan of random seeded spaces, and its limits. */
class UtilityIndexTest {

  /** One acceptable outcome as the brute force sees it. */
  private record Entry(long code, long ticks) {}

  @Test
  void index_onRandomSpaces_matchesBruteForceScan() {
    for (long seed = 1; seed <= 400; seed++) {
      var random = new SplittableRandom(seed);
      OutcomeSpace space = RandomScenarios.space(random, 1 + random.nextInt(5), 6);
      Preferences preferences = RandomScenarios.preferences(random, space, 0.9, 3);
      UtilityIndex index = UtilityIndex.of(preferences);

      List<Entry> expected = new ArrayList<>();
      long size = space.size().longValueExact();
      for (long code = 0; code < size; code++) {
        Outcome outcome = space.outcomeAt(code);
        long ticks = RandomScenarios.ticks(preferences, outcome);
        boolean acceptable = RandomScenarios.acceptable(preferences, outcome);
        assertThat(index.isAcceptable(outcome))
            .as("seed %d, %s", seed, outcome)
            .isEqualTo(acceptable);
        assertThat(index.utilityTicks(outcome)).as("seed %d", seed).isEqualTo(ticks);
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
      for (long target : targets(expected, random)) {
        var closest = expected.stream().filter(e -> e.ticks() >= target).findFirst();
        assertThat(index.atOrAbove(target))
            .as("seed %d target %d", seed, target)
            .isEqualTo(closest.map(e -> space.outcomeAt(e.code())));
      }
      if (expected.isEmpty()) {
        assertThat(index.isEmpty()).isTrue();
        assertThat(index.best()).isEmpty();
      } else {
        long max = expected.get(expected.size() - 1).ticks();
        assertThat(index.bestTicks()).isEqualTo(max);
        assertThat(index.best())
            .contains(
                space.outcomeAt(
                    expected.stream().filter(e -> e.ticks() == max).findFirst().get().code()));
      }
    }
  }

  /** Every utility present, its neighbours, the extremes and a few random targets. */
  private static List<Long> targets(List<Entry> entries, SplittableRandom random) {
    var targets = new TreeSet<Long>(List.of(Long.MIN_VALUE, 0L, UtilityScale.UNITS_PER_UTILITY));
    for (Entry e : entries) {
      targets.add(e.ticks() - 1);
      targets.add(e.ticks());
      targets.add(e.ticks() + 1);
    }
    for (int k = 0; k < 10; k++) {
      targets.add(random.nextLong(UtilityScale.UNITS_PER_UTILITY + 2));
    }
    return new ArrayList<>(targets);
  }

  @Test
  void of_acceptableSetAboveLimit_throwsNamingSizeAndLimit() {
    Preferences preferences = uniform(8, 10, 0.0, List.of());

    assertThatThrownBy(() -> UtilityIndex.of(preferences, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "100000000 outcomes break no red line and reach the reservation value 0.0; a utility"
                + " index holds at most 1000");
    assertThat(UtilityIndex.MAX_SIZE).isEqualTo(10_000_000);
  }

  @Test
  void of_acceptableSetTooLargeToCount_throwsWithLowerBound() {
    // 10^16 outcomes: too many to count exactly, so the enumeration stops at the limit.
    Preferences preferences = uniform(16, 10, 0.5, List.of());

    assertThatThrownBy(() -> UtilityIndex.of(preferences, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 1000 outcomes")
        .hasMessageContaining("at most 1000");
  }

  @Test
  void of_largeSpaceWithFewAcceptable_enumeratesOnlyThem() {
    // 10^12 outcomes; only those at most two steps below the best reach 0.98 (106/108 > 0.98).
    Preferences preferences = uniform(12, 10, 0.98, List.of());

    UtilityIndex index = UtilityIndex.of(preferences);

    assertThat(index.size()).isEqualTo(1 + 12 * 2 + 12 * 11 / 2);
    assertThat(index.best()).contains(new Outcome(filled(12, 9)));
  }

  @Test
  void of_redLinesRuleOutEverything_isEmpty() {
    Preferences base = uniform(2, 3, 0.0, List.of());
    var require = new RedLine.Require(Condition.of(Clause.of(0, 3, 0)), "only 0");
    var forbid = new RedLine.Forbid(Condition.of(Clause.of(0, 3, 0)), "never 0");

    UtilityIndex index = UtilityIndex.of(base.withRedLines(List.of(require, forbid)));

    assertThat(index.isEmpty()).isTrue();
    assertThat(index.best()).isEmpty();
    assertThat(index.atOrAbove(0)).isEmpty();
    assertThat(index.rankAtOrAbove(0)).isZero();
    assertThatThrownBy(index::bestTicks).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void isAcceptable_outcomeOutsideSpace_throws() {
    UtilityIndex index = UtilityIndex.of(uniform(2, 3, 0.0, List.of()));

    assertThatThrownBy(() -> index.isAcceptable(Outcome.of(0, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value index 3 out of range");
  }

  /**
   * {@code issues} integer issues of {@code values} values each, equal weights, score rising
   * linearly from 0 to 1.
   */
  static Preferences uniform(int issues, int values, double reservation, List<RedLine> redLines) {
    List<Issue> list = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      list.add(IntegerIssue.of("i" + i, 0, values - 1));
    }
    var space = new OutcomeSpace(list);
    List<Double> weights = new ArrayList<>(Collections.nCopies(issues, 1.0 / issues));
    List<ValueFunction> functions =
        new ArrayList<>(Collections.nCopies(issues, new LinearValueFunction(0, 1)));
    return new Preferences(
        new LinearAdditiveUtility(space, weights, functions), reservation, redLines, 1.0);
  }

  private static int[] filled(int n, int value) {
    int[] values = new int[n];
    java.util.Arrays.fill(values, value);
    return values;
  }
}
