package io.parley.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The three value functions score every value of their issue as documented: linear and triangular
 * on integer ranges (with a step, a single value, a peak at either end) and tables on labels; bad
 * scores and mismatched issues are refused with a message naming what and where.
 */
class ValueFunctionsTest {
  private static final double EPS = 1e-12;

  @Test
  void linear_runsFromTheFirstValueToTheLast_overTheStepsOfTheRange() {
    // 10, 13, 16, 19 (the step stops short of max 20): four values, three equal steps.
    IntegerIssue range = new IntegerIssue("x", "x", 10, 20, 3);

    double[] scores = new LinearValueFunction(0.2, 0.8).scores(range);

    assertThat(scores).containsExactly(new double[] {0.2, 0.4, 0.6, 0.8}, within(EPS));
  }

  @Test
  void linear_canFall_andASingleValueScoresFrom() {
    assertThat(new LinearValueFunction(1.0, 0.0).scores(IntegerIssue.of("x", 0, 4)))
        .containsExactly(new double[] {1.0, 0.75, 0.5, 0.25, 0.0}, within(EPS));
    assertThat(new LinearValueFunction(0.3, 0.9).scores(IntegerIssue.of("x", 7, 7)))
        .containsExactly(0.3);
  }

  @Test
  void triangular_risesToThePeakThenFalls() {
    // 0..6, peak at 2: rises 0.2 -> 1.0 over two steps, falls 1.0 -> 0.6 over four.
    double[] scores =
        new TriangularValueFunction(0.2, 2, 1.0, 0.6).scores(IntegerIssue.of("x", 0, 6));

    assertThat(scores)
        .containsExactly(new double[] {0.2, 0.6, 1.0, 0.9, 0.8, 0.7, 0.6}, within(EPS));
  }

  @Test
  void triangular_withAStep_interpolatesByValueNotByIndex() {
    // 0, 5, 10, 15, 20, peak 15: rises over 15 (0 -> 0.9), falls over 5 (0.9 -> 0.4).
    double[] scores =
        new TriangularValueFunction(0.0, 15, 0.9, 0.4).scores(new IntegerIssue("x", "x", 0, 20, 5));

    assertThat(scores).containsExactly(new double[] {0.0, 0.3, 0.6, 0.9, 0.4}, within(EPS));
  }

  @Test
  void triangular_peakAtEitherEnd_isAOneSidedSlope() {
    IntegerIssue range = IntegerIssue.of("x", 3, 5);

    assertThat(new TriangularValueFunction(0.0, 3, 0.8, 0.2).scores(range))
        .containsExactly(new double[] {0.8, 0.5, 0.2}, within(EPS));
    assertThat(new TriangularValueFunction(0.0, 5, 0.8, 0.2).scores(range))
        .containsExactly(new double[] {0.0, 0.4, 0.8}, within(EPS));
  }

  @Test
  void triangular_peakOutsideTheRangeOrOffTheEnd_isRefused() {
    IntegerIssue range = IntegerIssue.of("price", 3, 5);

    assertThatThrownBy(() -> new TriangularValueFunction(0, 2, 1, 0).scores(range))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("peak 2 outside the range [3, 5] of issue 'price'");
    assertThatThrownBy(() -> new TriangularValueFunction(0, 6, 1, 0).scores(range))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("peak 6 outside the range [3, 5] of issue 'price'");
    // With step 2 the last value is 8, not max 9: a peak at 9 is no value of the issue.
    IntegerIssue stepped = new IntegerIssue("price", "price", 0, 9, 2);
    assertThatThrownBy(() -> new TriangularValueFunction(0, 9, 1, 0).scores(stepped))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("peak 9 outside the range [0, 8] of issue 'price'");
  }

  @Test
  void rangeFunctions_onADiscreteIssue_areRefused() {
    DiscreteIssue colour = DiscreteIssue.of("colour", "red", "blue");

    assertThatThrownBy(() -> new LinearValueFunction(0, 1).scores(colour))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a linear value function needs an integer range, but issue 'colour' is discrete");
    assertThatThrownBy(() -> new TriangularValueFunction(0, 0, 1, 0).scores(colour))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a triangular value function needs an integer range, but issue 'colour' is discrete");
  }

  @Test
  void scores_mustLieInZeroToOne_endsIncluded() {
    assertThat(new LinearValueFunction(0.0, 1.0).from()).isZero();
    assertThatThrownBy(() -> new LinearValueFunction(-0.01, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score 'from' -0.01 outside [0, 1]");
    assertThatThrownBy(() -> new LinearValueFunction(0.0, 1.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score 'to' 1.01 outside [0, 1]");
    assertThatThrownBy(() -> new TriangularValueFunction(0.0, 0, Double.NaN, 0.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score 'peak_score' NaN outside [0, 1]");
    assertThatThrownBy(() -> new TriangularValueFunction(0.0, 0, 1.0, 2.0))
        .hasMessage("score 'to' 2.0 outside [0, 1]");
    assertThatThrownBy(() -> new TriangularValueFunction(1.5, 0, 1.0, 0.0))
        .hasMessage("score 'from' 1.5 outside [0, 1]");
    assertThatThrownBy(() -> new ValueTable(Map.of("red", Double.POSITIVE_INFINITY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score of 'red' Infinity outside [0, 1]");
  }

  @Test
  void table_scoresEachLabelAtItsIndex_whateverTheTablesOrder() {
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("blue", 0.25);
    scores.put("green", 1.0);
    scores.put("red", 0.0);

    double[] result =
        new ValueTable(scores).scores(DiscreteIssue.of("colour", "red", "green", "blue"));

    assertThat(result).containsExactly(0.0, 1.0, 0.25);
  }

  @Test
  void table_withAnUnknownOrMissingLabel_orOnARange_isRefused() {
    DiscreteIssue colour = DiscreteIssue.of("colour", "red", "blue");

    assertThatThrownBy(
            () -> new ValueTable(Map.of("red", 0.5, "blue", 0.5, "pink", 1.0)).scores(colour))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("issue 'colour' has no value 'pink'");
    assertThatThrownBy(() -> new ValueTable(Map.of("red", 0.5)).scores(colour))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no score for value 'blue' of issue 'colour'");
    assertThatThrownBy(() -> new ValueTable(Map.of("1", 0.5)).scores(IntegerIssue.of("n", 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a value table scores labels, but issue 'n' is a range");
  }
}
