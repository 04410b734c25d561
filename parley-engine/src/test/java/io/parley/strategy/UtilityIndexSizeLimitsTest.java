package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.ValueFunction;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limits of {@link UtilityIndex#of}, each at its edge: a space of up to {@code 2^63 - 1}
 * outcomes (codes are longs), a utility that is not linear additive on up to {@link
 * UtilityIndex#MAX_ENUMERATED} outcomes, and at most the size limit of acceptable outcomes on the
 * outcome-by-outcome path too.
 */
class UtilityIndexSizeLimitsTest {
  private static final ValueFunction RISING = new LinearValueFunction(0, 1);

  @Test
  void aSpaceOf2To62Outcomes_isIndexed_2To63IsRefused() {
    // 62 two-valued issues: 2^62 outcomes, whose largest code still fits a long.
    UtilityIndex index = UtilityIndex.of(UtilityIndexTest.uniform(62, 2, 0.99, List.of()));

    assertThat(index.space().size()).isEqualTo(BigInteger.TWO.pow(62));
    assertThat(index.size()).as("only the best reaches 0.99").isEqualTo(1);
    int[] ones = new int[62];
    Arrays.fill(ones, 1);
    assertThat(index.best()).contains(new Outcome(ones));
    assertThat(index.rankOf(new Outcome(ones))).isZero();

    assertThatThrownBy(() -> UtilityIndex.of(UtilityIndexTest.uniform(63, 2, 0.99, List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the outcome space has 9223372036854775808 outcomes; a utility index addresses"
                + " outcomes by a long code (at most 2^63 - 1)");
  }

  @Test
  void aUtilityNotLinearAdditive_onExactlyTheEnumerationLimit_isIndexed() {
    // 20 x 1000 x 1000 = 20,000,000 outcomes; red lines on the first issue rule out every prefix,
    // so the walk ends at once.
    var space =
        new OutcomeSpace(
            List.of(
                IntegerIssue.of("a", 0, 19),
                IntegerIssue.of("b", 0, 999),
                IntegerIssue.of("c", 0, 999)));
    assertThat(space.size()).isEqualTo(BigInteger.valueOf(UtilityIndex.MAX_ENUMERATED));
    var utility =
        new CappedAdditiveUtility(space, List.of(0.5, 0.5, 0.5), Collections.nCopies(3, RISING));
    var onlyFirst = new RedLine.Require(Condition.of(Clause.of(0, 20, 0)), "only the first");
    var neverFirst = new RedLine.Forbid(Condition.of(Clause.of(0, 20, 0)), "never the first");

    UtilityIndex index =
        UtilityIndex.of(new Preferences(utility, 0, List.of(onlyFirst, neverFirst), 1.0));

    assertThat(index.isEmpty()).isTrue();
  }

  @Test
  void aUtilityNotLinearAdditive_withMoreAcceptableOutcomesThanTheLimit_isRefusedWithTheirNumber() {
    var space =
        new OutcomeSpace(
            List.of(
                IntegerIssue.of("a", 0, 2),
                IntegerIssue.of("b", 0, 2),
                IntegerIssue.of("c", 0, 2)));
    var utility =
        new CappedAdditiveUtility(space, List.of(0.5, 0.5, 0.5), Collections.nCopies(3, RISING));
    Preferences preferences = Preferences.of(utility, 0);

    assertThatThrownBy(() -> UtilityIndex.of(preferences, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "27 outcomes break no red line and reach the reservation value 0.0; a utility index"
                + " holds at most 10");
    assertThat(UtilityIndex.of(preferences, 27).size()).isEqualTo(27);
  }
}
