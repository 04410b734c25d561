package io.parley.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CappedAdditiveUtilityTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(DiscreteIssue.of("a", "x", "y"), DiscreteIssue.of("b", "x", "y"));
  private static final List<ValueFunction> FUNCTIONS =
      List.of(
          new ValueTable(Map.of("x", 1.0, "y", 0.5)), new ValueTable(Map.of("x", 1.0, "y", 0.0)));

  @Test
  void utility_isTheWeightedSumCappedAtOne() {
    var u = new CappedAdditiveUtility(SPACE, List.of(0.7, 0.5), FUNCTIONS);
    assertThat(u.utility(Outcome.of(0, 0))).isEqualTo(1.0); // 1.2, capped
    assertThat(u.utility(Outcome.of(1, 0))).isEqualTo(0.7 * 0.5 + 0.5 * 1.0);
    assertThat(u.utility(Outcome.of(1, 1))).isEqualTo(0.35);
    assertThat(u.weightSum()).isEqualTo(1.2);
    assertThat(u.uncappedMaximum()).isEqualTo(1.2);
    assertThat(u.capBinds()).isTrue();
  }

  @Test
  void weightsBelowOne_areUsedAsGivenAndTheCapNeverBinds() {
    var u = new CappedAdditiveUtility(SPACE, List.of(0.3, 0.5), FUNCTIONS);
    assertThat(u.utility(Outcome.of(0, 0))).isEqualTo(0.8);
    assertThat(u.capBinds()).isFalse();
  }

  @Test
  void negativeOrNonFiniteWeights_areRejected() {
    assertThatThrownBy(() -> new CappedAdditiveUtility(SPACE, List.of(-0.1, 0.5), FUNCTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight -0.1 of issue 'a' is not a number >= 0");
    assertThatThrownBy(() -> new CappedAdditiveUtility(SPACE, List.of(Double.NaN, 0.5), FUNCTIONS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CappedAdditiveUtility(SPACE, List.of(0.5), FUNCTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 2 weights and value functions, got 1 and 2");
  }
}
