package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ZopaCounter#count} takes the route its Javadoc states and each route gives the exact
 * count: the shortcut when every outcome reaches every reservation (reservations above zero too,
 * where a block's smallest contribution matters), enumeration up to and including {@link
 * ZopaCounter#ENUMERATION_LIMIT} feasible outcomes for three parties, and meeting in the middle for
 * two with halves balanced by their sizes — not by the order of the issues — so that a space whose
 * balanced halves are small is counted even when one lopsided half would be refused.
 */
class ZoneCountRoutesTest {
  private static final ValueTable HIGH = new ValueTable(Map.of("x", 1.0, "y", 0.5));
  private static final ValueTable FIRST = new ValueTable(Map.of("x", 1.0, "y", 0.0));
  private static final ValueTable SECOND = new ValueTable(Map.of("x", 0.0, "y", 1.0));
  private static final ValueFunction RISING = new LinearValueFunction(0, 1);
  private static final ValueFunction FALLING = new LinearValueFunction(1, 0);

  @Test
  void everyOutcomeAboveAPositiveReservation_isCountedWithoutEnumerating() {
    // 2^30 outcomes, beyond the three-party enumeration limit; every outcome is worth at least 0.5
    // to every party (each issue's worse value scores 0.5), so a reservation of 0.4 is always met.
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      issues.add(DiscreteIssue.of("issue" + i, "x", "y"));
    }
    OutcomeSpace space = new OutcomeSpace(issues);
    var utility =
        new LinearAdditiveUtility(space, Collections.nCopies(30, 1 / 30.0), nCopies(30, HIGH));
    AgreementSpace agreement =
        new AgreementSpace(
            space,
            List.of("a", "b", "c"),
            List.of(utility, utility, utility),
            new double[] {0.4, 0.4, 0.4},
            List.of());

    assertThat(ZopaCounter.count(agreement)).isEqualTo(BigInteger.TWO.pow(30));
  }

  @Test
  void threePartiesOverExactlyTheEnumerationLimit_areEnumerated() {
    // 20,000 x 15,000 = 300,000,000 feasible outcomes. a wants x >= 5,000, b wants x <= 14,999,
    // c wants y >= 7,500: 10,000 x 7,500 outcomes meet all three.
    OutcomeSpace space =
        OutcomeSpace.of(IntegerIssue.of("x", 0, 19_999), IntegerIssue.of("y", 0, 14_999));
    AgreementSpace agreement =
        new AgreementSpace(
            space,
            List.of("a", "b", "c"),
            List.of(
                new LinearAdditiveUtility(space, List.of(1.0, 0.0), List.of(RISING, RISING)),
                new LinearAdditiveUtility(space, List.of(1.0, 0.0), List.of(FALLING, RISING)),
                new LinearAdditiveUtility(space, List.of(0.0, 1.0), List.of(RISING, RISING))),
            new double[] {0.25, 0.25, 0.5},
            List.of());

    assertThat(agreement.feasibleCount())
        .isEqualTo(BigInteger.valueOf(ZopaCounter.ENUMERATION_LIMIT));
    assertThat(ZopaCounter.count(agreement)).isEqualTo(BigInteger.valueOf(10_000L * 7_500));
  }

  @Test
  void twoPartiesOverSixEqualIssues_splitThreeAndThree() {
    // 40^6 outcomes: halves of 40^3 = 64,000 pairs each. A half of five issues (40^5, about
    // 10^8 pairs) would be beyond HALF_LIMIT. a gets (sum of values) / 234, b (234 - sum) / 234.
    AgreementSpace agreement = sixOpposedIssues(39);

    // a: sum >= 93.6, b: sum <= 152.1.
    assertThat(ZopaCounter.count(agreement)).isEqualTo(digitSumsBetween(6, 39, 94, 152));
  }

  @Test
  void twoParties_smallIssuesFirst_areSplitBySizeNotByIssueOrder() {
    // Twenty binary issues, then one of 2^16 values: by size the halves are 2^18 pairs each (the
    // large issue with two small ones, and the other eighteen); dealt out in issue order, the
    // large issue would join ten small ones, 2^26 pairs, beyond HALF_LIMIT.
    BigInteger smallFirst = ZopaCounter.count(twoPartySpace(false));

    assertThat(smallFirst).isEqualTo(ZopaCounter.count(twoPartySpace(true)));
    assertThat(smallFirst).isPositive().isLessThan(BigInteger.TWO.pow(36));
  }

  @Test
  void aHalfOfExactlyTheHalfLimit_isCounted_andOnePairMoreIsRefused() {
    // Six issues of 4 values: the balanced halves hold 4^3 = 64 pairs each. With the limit at 64
    // they are listed and the count is the brute-force one; at 63 the same space is refused,
    // naming the limit. (At the real HALF_LIMIT a half of exactly 40,000,000 pairs would need
    // more than 1 GB.)
    AgreementSpace agreement = sixOpposedIssues(3);
    long[] r = agreement.reservationTicks();

    // a: sum of values >= 7.2, b: sum <= 11.7.
    assertThat(ZopaCounter.meetInTheMiddle(agreement.blocks(), r, 64))
        .isEqualTo(digitSumsBetween(6, 3, 8, 11).longValueExact());
    assertThatThrownBy(() -> ZopaCounter.meetInTheMiddle(agreement.blocks(), r, 63))
        .isInstanceOf(AnalysisLimitException.class)
        .hasMessageContaining("one half of the space has more than 63 utility pairs");
  }

  /**
   * Six integer issues of values 0 to {@code max}, equally weighted: a's utility rises with the sum
   * of the values and b's falls; reservations 0.4 and 0.35.
   */
  private static AgreementSpace sixOpposedIssues(int max) {
    List<Issue> issues = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      issues.add(IntegerIssue.of("issue" + i, 0, max));
    }
    OutcomeSpace space = new OutcomeSpace(issues);
    List<Double> weights = Collections.nCopies(6, 1 / 6.0);
    return new AgreementSpace(
        space,
        List.of("a", "b"),
        List.of(
            new LinearAdditiveUtility(space, weights, nCopies(6, RISING)),
            new LinearAdditiveUtility(space, weights, nCopies(6, FALLING))),
        new double[] {0.4, 0.35},
        List.of());
  }

  private static AgreementSpace twoPartySpace(boolean largeFirst) {
    List<Issue> issues = new ArrayList<>();
    List<ValueFunction> forA = new ArrayList<>();
    List<ValueFunction> forB = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      issues.add(DiscreteIssue.of("issue" + i, "x", "y"));
      forA.add(FIRST);
      forB.add(SECOND);
      weights.add(0.025);
    }
    int at = largeFirst ? 0 : 20;
    issues.add(at, IntegerIssue.of("large", 0, 65_535));
    forA.add(at, RISING);
    forB.add(at, FALLING);
    weights.add(at, 0.5);
    OutcomeSpace space = new OutcomeSpace(issues);
    return new AgreementSpace(
        space,
        List.of("a", "b"),
        List.of(
            new LinearAdditiveUtility(space, weights, forA),
            new LinearAdditiveUtility(space, weights, forB)),
        new double[] {0.45, 0.45},
        List.of());
  }

  /** The number of {@code n}-digit vectors of digits 0..{@code max} whose sum is in [lo, hi]. */
  private static BigInteger digitSumsBetween(int n, int max, int lo, int hi) {
    long[] ways = {1};
    for (int d = 0; d < n; d++) {
      long[] next = new long[ways.length + max];
      for (int s = 0; s < ways.length; s++) {
        for (int v = 0; v <= max; v++) {
          next[s + v] += ways[s];
        }
      }
      ways = next;
    }
    long count = 0;
    for (int s = lo; s <= hi; s++) {
      count += ways[s];
    }
    return BigInteger.valueOf(count);
  }

  private static <T> List<T> nCopies(int n, T value) {
    return Collections.nCopies(n, value);
  }
}
