package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.RedLine;
import io.parley.preference.ValueTable;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The agreement space's own contract: one utility and reservation per party over the one space,
 * utilities in ticks (a non-linear party's evaluated outcome by outcome, with no per-issue ticks),
 * feasibility by every red line, copies where it hands out arrays, and the one outcome that
 * represents equal utility vectors on the frontier is the first in the space's order.
 */
class AgreementSpaceContractTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(DiscreteIssue.of("a", "x", "y"), DiscreteIssue.of("b", "x", "y", "z"));
  private static final ValueTable A = new ValueTable(Map.of("x", 1.0, "y", 0.0));
  private static final ValueTable B = new ValueTable(Map.of("x", 0.0, "y", 0.5, "z", 1.0));
  private static final LinearAdditiveUtility LINEAR =
      new LinearAdditiveUtility(SPACE, List.of(0.4, 0.6), List.of(A, B));
  private static final CappedAdditiveUtility CAPPED =
      new CappedAdditiveUtility(SPACE, List.of(0.8, 0.8), List.of(A, B));
  private static final RedLine NOT_YZ =
      new RedLine.Forbid(Condition.of(Clause.of(0, 2, 1), Clause.of(1, 3, 2)), "");

  private static AgreementSpace space() {
    return new AgreementSpace(
        SPACE,
        List.of("linear", "capped"),
        List.of(LINEAR, CAPPED),
        new double[] {0.3, 0.5},
        List.of(NOT_YZ));
  }

  @Test
  void utilities_areTicksOfTheWeightedScores_orOfTheWholeUtilityWhenItIsNotLinear() {
    AgreementSpace space = space();
    Outcome xz = Outcome.of(0, 2);

    assertThat(space.utilityTicks(0, xz)).isEqualTo(1_000_000_000_000L);
    assertThat(space.utilityTicks(1, xz)).isEqualTo(1_000_000_000_000L); // 1.6, capped
    assertThat(space.utility(0, Outcome.of(1, 1))).isEqualTo(0.3);
    assertThat(space.utility(1, Outcome.of(1, 1))).isEqualTo(0.4);
    assertThat(space.ticks(0))
        .isDeepEqualTo(
            new long[][] {{400_000_000_000L, 0}, {0, 300_000_000_000L, 600_000_000_000L}});
    assertThatThrownBy(() -> space.ticks(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the utility of 'capped' is not linear additive");
  }

  @Test
  void handedOutArrays_areCopies() {
    AgreementSpace space = space();

    space.ticks(0)[0][0] = 7;
    space.reservationTicks()[0] = 7;

    assertThat(space.ticks(0)[0][0]).isEqualTo(400_000_000_000L);
    assertThat(space.reservationTicks()).containsExactly(300_000_000_000L, 500_000_000_000L);
    assertThat(space.reservationTicks(1)).isEqualTo(500_000_000_000L);
  }

  @Test
  void feasibility_isEveryRedLine_andTheCountsFollowIt() {
    AgreementSpace space = space();

    assertThat(space.isFeasible(Outcome.of(1, 2))).isFalse();
    assertThat(space.isFeasible(Outcome.of(1, 1))).isTrue();
    assertThat(space.isFeasible(Outcome.of(0, 2))).isTrue();
    assertThat(space.outcomeCount()).isEqualTo(BigInteger.valueOf(6));
    assertThat(space.feasibleCount()).isEqualTo(BigInteger.valueOf(5));
    assertThat(space.hasFeasibleOutcome()).isTrue();
    assertThat(space.redLines()).containsExactly(NOT_YZ);
    assertThat(space.parties()).containsExactly("linear", "capped");
    assertThat(space.partyCount()).isEqualTo(2);
    assertThat(space.space()).isEqualTo(SPACE);
    // The capped utility ties both issues into one block of the five feasible pairs.
    assertThat(space).hasToString("AgreementSpace[[linear, capped], 2 issues, blocks [5]]");
  }

  @Test
  void linearPartiesAlone_splitTheSpaceByIssue() {
    AgreementSpace space =
        new AgreementSpace(SPACE, List.of("linear"), List.of(LINEAR), new double[] {0}, List.of());

    assertThat(space).hasToString("AgreementSpace[[linear], 2 issues, blocks [2, 3]]");
    assertThat(space.feasibleCount()).isEqualTo(BigInteger.valueOf(6));
  }

  @Test
  void mismatchedPartiesUtilitiesOrReservations_areRefused() {
    assertThatThrownBy(
            () ->
                new AgreementSpace(
                    SPACE, List.of("one", "two"), List.of(LINEAR), new double[] {0, 0}, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("one utility function and reservation per party");
    assertThatThrownBy(
            () ->
                new AgreementSpace(
                    SPACE, List.of("one"), List.of(LINEAR), new double[] {0, 0}, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("one utility function and reservation per party");
    OutcomeSpace other = OutcomeSpace.of(DiscreteIssue.of("a", "x", "y"));
    var elsewhere = new LinearAdditiveUtility(other, List.of(1.0), List.of(A));
    assertThatThrownBy(
            () ->
                new AgreementSpace(
                    SPACE,
                    List.of("one", "two"),
                    List.of(LINEAR, elsewhere),
                    new double[] {0, 0},
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the utility of 'two' is defined over another outcome space");
  }

  @Test
  void equalUtilityVectors_areRepresentedByTheFirstOutcomeInTheSpacesOrder() {
    // Both parties score y and z of issue b alike, so (x, y) and (x, z) have equal vectors; a
    // frontier point keeps the first of them, and so for the whole frontier.
    ValueTable flat = new ValueTable(Map.of("x", 0.0, "y", 1.0, "z", 1.0));
    ValueTable other = new ValueTable(Map.of("x", 1.0, "y", 0.5, "z", 0.5));
    var first = new LinearAdditiveUtility(SPACE, List.of(0.5, 0.5), List.of(A, flat));
    var second = new LinearAdditiveUtility(SPACE, List.of(0.5, 0.5), List.of(A, other));
    AgreementSpace space =
        new AgreementSpace(
            SPACE, List.of("one", "two"), List.of(first, second), new double[] {0, 0}, List.of());

    List<ParetoPoint> points = ParetoFrontier.of(space).points();

    assertThat(points)
        .extracting(ParetoPoint::outcome)
        .containsExactly(Outcome.of(0, 1), Outcome.of(0, 0));
    assertThat(points.get(0).utilities()).containsExactly(1.0, 0.75);
  }
}
