package io.parley.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.HyperRectangleUtility.Aggregation;
import io.parley.preference.HyperRectangleUtility.Bound;
import io.parley.preference.HyperRectangleUtility.Function;
import io.parley.preference.HyperRectangleUtility.Match;
import io.parley.preference.HyperRectangleUtility.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hyper-rectangle utility counts a rectangle inside its box only when every bound holds and
 * outside it as soon as one fails, sums weighted children, divides by {@code maxutility} and caps
 * at 1; it refuses bounds off the space, weights and utilities that are not numbers >= 0, and
 * rectangles whose kind disagrees with their bounds.
 */
class HyperRectangleRulesTest {
  /** a: 0..3, b: 0..3. */
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(IntegerIssue.of("a", 0, 3), IntegerIssue.of("b", 0, 3));

  private static HyperRectangleUtility sum(double maxUtility, Rectangle... rectangles) {
    return new HyperRectangleUtility(
        SPACE, new Function(Aggregation.SUM, 1, List.of(rectangles), List.of()), maxUtility);
  }

  @Test
  void inside_countsOnlyWhenEveryBoundHolds_endsIncluded() {
    var box = new Rectangle(Match.INSIDE, List.of(new Bound(0, 1, 2), new Bound(1, 2, 3)), 4, 0.5);
    var u = sum(4, box);

    assertThat(u.rawValue(Outcome.of(1, 2))).isEqualTo(2.0);
    assertThat(u.rawValue(Outcome.of(2, 3))).isEqualTo(2.0);
    assertThat(u.rawValue(Outcome.of(0, 2))).as("first bound fails").isZero();
    assertThat(u.rawValue(Outcome.of(1, 1))).as("second bound fails").isZero();
    assertThat(u.utility(Outcome.of(1, 3))).isEqualTo(0.5);
  }

  @Test
  void outside_countsAsSoonAsOneBoundFails() {
    var box = new Rectangle(Match.OUTSIDE, List.of(new Bound(0, 1, 2), new Bound(1, 2, 3)), 3, 1);
    var u = sum(3, box);

    assertThat(u.rawValue(Outcome.of(0, 2))).as("first bound fails").isEqualTo(3.0);
    assertThat(u.rawValue(Outcome.of(3, 0))).as("both fail").isEqualTo(3.0);
    assertThat(u.rawValue(Outcome.of(2, 2))).as("inside").isZero();
  }

  @Test
  void utility_isTheRawValueOverMaxUtility_cappedAtOne() {
    var always = new Rectangle(Match.ALWAYS, List.of(), 6, 1);

    assertThat(sum(8, always).utility(Outcome.of(0, 0))).isEqualTo(0.75);
    assertThat(sum(6, always).utility(Outcome.of(0, 0))).isEqualTo(1.0);
    assertThat(sum(4, always).utility(Outcome.of(0, 0))).isEqualTo(1.0);
    assertThat(sum(4, always).rawValue(Outcome.of(0, 0))).isEqualTo(6.0);
    assertThat(sum(4, always).maxUtility()).isEqualTo(4.0);
  }

  @Test
  void sum_addsRectanglesAndWeightedChildren_andIsZeroWithoutParts() {
    var one = new Rectangle(Match.ALWAYS, List.of(), 1, 1);
    var empty = new Function(Aggregation.SUM, 7, List.of(), List.of());
    var child = new Function(Aggregation.SUM, 2, List.of(one, one), List.of());
    var half = new Function(Aggregation.MAX, 0.5, List.of(one), List.of(empty));
    var root = new Function(Aggregation.SUM, 99, List.of(one), List.of(child, half, empty));
    var u = new HyperRectangleUtility(SPACE, root, 10);

    assertThat(u.root()).isEqualTo(root);
    // 1 + 2 · (1 + 1) + 0.5 · max(1, 7 · 0) + 7 · 0; the root's own weight is not applied.
    assertThat(u.rawValue(Outcome.of(0, 0))).isEqualTo(5.5);
  }

  @Test
  void minAndMax_pickTheSmallestAndLargestPart() {
    var low = new Rectangle(Match.ALWAYS, List.of(), 0.25, 1);
    var high = new Rectangle(Match.INSIDE, List.of(new Bound(0, 0, 0)), 0.75, 1);
    var min = new Function(Aggregation.MIN, 1, List.of(high, low), List.of());
    var max = new Function(Aggregation.MAX, 1, List.of(low, high), List.of());

    assertThat(new HyperRectangleUtility(SPACE, min, 1).rawValue(Outcome.of(0, 0))).isEqualTo(0.25);
    assertThat(new HyperRectangleUtility(SPACE, min, 1).rawValue(Outcome.of(1, 0))).isZero();
    assertThat(new HyperRectangleUtility(SPACE, max, 1).rawValue(Outcome.of(0, 0))).isEqualTo(0.75);
    assertThat(new HyperRectangleUtility(SPACE, max, 1).rawValue(Outcome.of(1, 0))).isEqualTo(0.25);
  }

  @Test
  void aBoundOffTheSpace_isRefused() {
    for (int position : new int[] {-1, 2}) {
      var box = new Rectangle(Match.INSIDE, List.of(new Bound(position, 0, 1)), 1, 1);
      assertThatThrownBy(() -> sum(1, box))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a bound names issue position " + position + ", outside the space");
    }
    var last = new Rectangle(Match.INSIDE, List.of(new Bound(1, 3, 3)), 1, 1);
    assertThat(sum(1, last).utility(Outcome.of(0, 3))).isEqualTo(1.0);
  }

  @Test
  void maxUtility_mustBeAFiniteNumberAboveZero() {
    var always = new Rectangle(Match.ALWAYS, List.of(), 1, 1);
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> sum(bad, always))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("maxutility " + bad + " is not a number > 0");
    }
    assertThat(sum(Double.MIN_VALUE, always).utility(Outcome.of(0, 0))).isEqualTo(1.0);
  }

  @Test
  void weightsAndUtilities_mustBeFiniteNumbersAtLeastZero() {
    assertThatThrownBy(() -> new Rectangle(Match.ALWAYS, List.of(), 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rectangle weight Infinity is not a number >= 0");
    assertThatThrownBy(() -> new Rectangle(Match.ALWAYS, List.of(), Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rectangle utility NaN is not a number >= 0");
    assertThatThrownBy(() -> new Function(Aggregation.SUM, -0.5, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("function weight -0.5 is not a number >= 0");
    assertThat(new Rectangle(Match.ALWAYS, List.of(), 0, 0).weight()).isZero();
  }

  @Test
  void aRectangleHasNoBoundsExactlyWhenItAlwaysMatches() {
    assertThatThrownBy(() -> new Rectangle(Match.ALWAYS, List.of(new Bound(0, 0, 1)), 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a rectangle has no bounds exactly when it always matches; got ALWAYS with 1 bounds");
    assertThatThrownBy(() -> new Rectangle(Match.INSIDE, List.of(), 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a rectangle has no bounds exactly when it always matches; got INSIDE with 0 bounds");
    assertThatThrownBy(() -> new Function(Aggregation.MAX, 1, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a max function has no parts");
  }
}
