package io.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.TriangularValueFunction;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeniusEvaluatorsTest {
  private static final IntegerIssue ONE_TO_TEN = new IntegerIssue("n", "n", 1, 10, 1);

  @Test
  void discrete_dividesByTheLargestEvaluation() {
    var issue = DiscreteIssue.of("x", "a", "b", "c");
    Map<String, Double> evaluations = new LinkedHashMap<>();
    evaluations.put("a", 1.0);
    evaluations.put("b", 4.0);
    evaluations.put("c", 0.0);
    assertThat(GeniusEvaluators.discrete(issue, evaluations).scoresByLabel())
        .containsExactly(Map.entry("a", 0.25), Map.entry("b", 1.0), Map.entry("c", 0.0));
  }

  @Test
  void discrete_scoresEverythingZeroBelowTheFloor() {
    var issue = DiscreteIssue.of("x", "a", "b");
    assertThat(GeniusEvaluators.discrete(issue, Map.of("a", 0.000009, "b", 0.0)).scoresByLabel())
        .containsEntry("a", 0.0);
  }

  @Test
  void integer_shiftsByTheLowerBoundAndClips() {
    assertThat(GeniusEvaluators.integer(3, 1, 0.25, 0.1)).isEqualTo(0.25 * 2 + 0.1);
    assertThat(GeniusEvaluators.integer(10, 1, 0.25, 0.1)).isEqualTo(1.0);
    assertThat(GeniusEvaluators.integer(1, 1, -0.25, -0.1)).isEqualTo(0.0);
  }

  @Test
  void fitInteger_prefersALinearFunction() {
    assertThat(GeniusEvaluators.fitInteger(ONE_TO_TEN, 1, -0.044444444444444446, 1.0))
        .contains(new LinearValueFunction(1.0, -0.044444444444444446 * 9 + 1.0));
  }

  @Test
  void fitInteger_turnsAOneSidedClipIntoATriangle() {
    // 0.25·(v − 1): reaches 1 exactly at v = 5, then clipped flat.
    assertThat(GeniusEvaluators.fitInteger(ONE_TO_TEN, 1, 0.25, 0.0))
        .contains(new TriangularValueFunction(0.0, 5, 1.0, 1.0));
  }

  @Test
  void fitInteger_refusesAClipBetweenIntegers() {
    // 0.3·(v − 1) crosses 1 between v = 4 and v = 5.
    assertThat(GeniusEvaluators.fitInteger(ONE_TO_TEN, 1, 0.3, 0.0)).isEmpty();
  }

  @Test
  void real_linearHasNoLowerBoundShift() {
    assertThat(GeniusEvaluators.realLinear(20, 1.0, -0.04)).isEqualTo(-0.04 * 20 + 1.0);
    assertThat(GeniusEvaluators.triangular(5, 0, 10, 5)).isEqualTo(1.0);
    assertThat(GeniusEvaluators.triangular(10, 0, 10, 5)).isEqualTo(0.0);
  }
}
