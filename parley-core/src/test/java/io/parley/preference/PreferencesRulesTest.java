package io.parley.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A party's preferences hold a reservation in [0, 1] and a discount in (0, 1], ends as documented,
 * and allow an outcome only when every red line does; the linear and capped additive utilities keep
 * their weights, value functions and scores as given and refuse weights that are not numbers >= 0
 * (or, for the linear one, do not sum to 1).
 */
class PreferencesRulesTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(DiscreteIssue.of("a", "x", "y"), DiscreteIssue.of("b", "x", "y"));
  private static final ValueTable A = new ValueTable(Map.of("x", 1.0, "y", 0.5));
  private static final ValueTable B = new ValueTable(Map.of("x", 0.0, "y", 1.0));
  private static final LinearAdditiveUtility LINEAR =
      new LinearAdditiveUtility(SPACE, List.of(0.25, 0.75), List.of(A, B));

  @Test
  void reservation_isAnyNumberFromZeroToOne_endsIncluded() {
    assertThat(Preferences.of(LINEAR, 0.0).reservation()).isZero();
    assertThat(Preferences.of(LINEAR, 1.0).reservation()).isEqualTo(1.0);
    for (double bad : new double[] {-0.001, 1.001, Double.NaN}) {
      assertThatThrownBy(() -> Preferences.of(LINEAR, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("reservation " + bad + " outside [0, 1]");
    }
  }

  @Test
  void discount_isAboveZeroAndAtMostOne() {
    assertThat(new Preferences(LINEAR, 0.5, List.of(), 1.0).discount()).isEqualTo(1.0);
    assertThat(new Preferences(LINEAR, 0.5, List.of(), 0.001).discount()).isEqualTo(0.001);
    for (double bad : new double[] {0.0, 1.001, Double.NaN}) {
      assertThatThrownBy(() -> new Preferences(LINEAR, 0.5, List.of(), bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("discount " + bad + " outside (0, 1]");
    }
  }

  @Test
  void allows_onlyWhatEveryRedLineAllows() {
    RedLine notAy = new RedLine.Forbid(Condition.of(Clause.of(0, 2, 1)), "");
    RedLine notBx = new RedLine.Forbid(Condition.of(Clause.of(1, 2, 0)), "");
    Preferences preferences = new Preferences(LINEAR, 0.2, List.of(notAy, notBx), 0.9);

    assertThat(preferences.allows(new int[] {0, 1})).isTrue();
    assertThat(preferences.allows(new int[] {1, 1})).isFalse();
    assertThat(preferences.allows(new int[] {0, 0})).isFalse();
    assertThat(Preferences.of(LINEAR, 0.2).allows(new int[] {1, 0})).isTrue();
  }

  @Test
  void withReservationAndWithRedLines_changeOnlyThatPart() {
    RedLine notAy = new RedLine.Forbid(Condition.of(Clause.of(0, 2, 1)), "");
    Preferences preferences = new Preferences(LINEAR, 0.2, List.of(notAy), 0.9);

    assertThat(preferences.withReservation(0.6))
        .isEqualTo(new Preferences(LINEAR, 0.6, List.of(notAy), 0.9));
    assertThat(preferences.withRedLines(List.of()))
        .isEqualTo(new Preferences(LINEAR, 0.2, List.of(), 0.9));
  }

  @Test
  void linear_keepsItsPartsAndWeighsEachScore() {
    assertThat(LINEAR.space()).isEqualTo(SPACE);
    assertThat(LINEAR.weights()).containsExactly(0.25, 0.75);
    assertThat(LINEAR.valueFunctions()).containsExactly(A, B);
    assertThat(LINEAR.weight(1)).isEqualTo(0.75);
    assertThat(LINEAR.score(0, 1)).isEqualTo(0.5);
    assertThat(LINEAR.contribution(0, 1)).isEqualTo(0.125);
    assertThat(LINEAR.contribution(1, 1)).isEqualTo(0.75);
    assertThat(LINEAR.utility(Outcome.of(1, 1))).isEqualTo(0.875);
  }

  @Test
  void linear_refusesWeightsThatAreNotNumbersAtLeastZeroOrDoNotSumToOne() {
    assertThatThrownBy(() -> new LinearAdditiveUtility(SPACE, List.of(1.5, -0.5), List.of(A, B)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight -0.5 of issue 'b' is not a number >= 0");
    assertThatThrownBy(
            () ->
                new LinearAdditiveUtility(
                    SPACE, List.of(Double.POSITIVE_INFINITY, 0.0), List.of(A, B)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight Infinity of issue 'a' is not a number >= 0");
    assertThatThrownBy(() -> new LinearAdditiveUtility(SPACE, List.of(0.5, 0.375), List.of(A, B)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights sum to 0.875, expected 1");
    assertThatThrownBy(() -> new LinearAdditiveUtility(SPACE, List.of(0.5, 0.625), List.of(A, B)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights sum to 1.125, expected 1");
    assertThatThrownBy(() -> new LinearAdditiveUtility(SPACE, List.of(0.5, 0.5), List.of(A)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 2 weights and value functions, got 2 and 1");
    // Within the tolerance the weights are taken as they are.
    var nearlyOne = new LinearAdditiveUtility(SPACE, List.of(0.5, 0.5 + 1e-10), List.of(A, B));
    assertThat(nearlyOne.weight(1)).isEqualTo(0.5 + 1e-10);
  }

  @Test
  void capped_keepsItsPartsAndItsScores() {
    var capped = new CappedAdditiveUtility(SPACE, List.of(0.6, 0.9), List.of(A, B));

    assertThat(capped.space()).isEqualTo(SPACE);
    assertThat(capped.weights()).containsExactly(0.6, 0.9);
    assertThat(capped.valueFunctions()).containsExactly(A, B);
    assertThat(capped.weight(0)).isEqualTo(0.6);
    assertThat(capped.score(0, 1)).isEqualTo(0.5);
    assertThat(capped.score(1, 1)).isEqualTo(1.0);
    assertThat(capped.utility(Outcome.of(1, 0))).isEqualTo(0.6 * 0.5);
    assertThat(capped.utility(Outcome.of(1, 1))).isEqualTo(1.0); // 1.2 capped
  }

  @Test
  void capped_uncappedMaximumIsTheSumOfEachIssuesBestScore_andTheCapBindsOnlyAboveOne() {
    // a's best score is 1.0 (at x), b's best 1.0 (at y): weights 0.4 and 0.6 reach exactly 1.
    var exactlyOne = new CappedAdditiveUtility(SPACE, List.of(0.4, 0.6), List.of(A, B));
    assertThat(exactlyOne.uncappedMaximum()).isEqualTo(1.0);
    assertThat(exactlyOne.capBinds()).isFalse();

    // Lower best scores: 0.5 and 0.25 weighted by 1.0 and 2.0 reach exactly 1 too.
    var low =
        new CappedAdditiveUtility(
            SPACE,
            List.of(1.0, 2.0),
            List.of(
                new ValueTable(Map.of("x", 0.5, "y", 0.0)),
                new ValueTable(Map.of("x", 0.0, "y", 0.25))));
    assertThat(low.weightSum()).isEqualTo(3.0);
    assertThat(low.uncappedMaximum()).isEqualTo(1.0);
    assertThat(low.capBinds()).isFalse();

    var above = new CappedAdditiveUtility(SPACE, List.of(0.5, 0.625), List.of(A, B));
    assertThat(above.uncappedMaximum()).isEqualTo(1.125);
    assertThat(above.capBinds()).isTrue();
  }

  @Test
  void capped_refusesAnInfiniteWeightOrAMissingValueFunction() {
    assertThatThrownBy(
            () ->
                new CappedAdditiveUtility(
                    SPACE, List.of(0.5, Double.POSITIVE_INFINITY), List.of(A, B)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight Infinity of issue 'b' is not a number >= 0");
    assertThatThrownBy(() -> new CappedAdditiveUtility(SPACE, List.of(0.5, 0.5), List.of(A)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 2 weights and value functions, got 2 and 1");
  }
}
