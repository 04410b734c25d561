package io.parley.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.DiscreteIssue;
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

class HyperRectangleUtilityTest {
  /** Two integer issues with step 2: values 0, 2, 4, 6. */
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(new IntegerIssue("a", "a", 0, 6, 2), new IntegerIssue("b", "b", 0, 6, 2));

  private static Rectangle inside(double utility, Bound... bounds) {
    return new Rectangle(Match.INSIDE, List.of(bounds), utility, 1.0);
  }

  @Test
  void boundsCompareIssueValuesNotIndices() {
    var root = new Function(Aggregation.SUM, 1, List.of(inside(3, new Bound(0, 2, 4))), List.of());
    var u = new HyperRectangleUtility(SPACE, root, 10);
    assertThat(u.utility(Outcome.of(0, 0))).isZero(); // a = 0
    assertThat(u.utility(Outcome.of(1, 0))).isEqualTo(0.3); // a = 2
    assertThat(u.utility(Outcome.of(2, 3))).isEqualTo(0.3); // a = 4
    assertThat(u.utility(Outcome.of(3, 0))).isZero(); // a = 6
  }

  @Test
  void anOutsideRectangleCountsWhenSomeBoundFails() {
    var outside =
        new Rectangle(Match.OUTSIDE, List.of(new Bound(0, 0, 2), new Bound(1, 0, 2)), 4, 0.5);
    var root = new Function(Aggregation.SUM, 1, List.of(outside), List.of());
    var u = new HyperRectangleUtility(SPACE, root, 4);
    assertThat(u.utility(Outcome.of(0, 1))).isZero(); // both inside
    assertThat(u.utility(Outcome.of(0, 2))).isEqualTo(0.5); // b = 4 outside: 4 · 0.5 / 4
  }

  @Test
  void minAndMaxStartFromGeniusSentinelsAndWeightChildren() {
    var child =
        new Function(
            Aggregation.MIN,
            3,
            List.of(inside(4, new Bound(0, 0, 0)), new Rectangle(Match.ALWAYS, List.of(), 2, 1)),
            List.of());
    var root =
        new Function(
            Aggregation.MAX,
            99,
            List.of(new Rectangle(Match.ALWAYS, List.of(), 5, 1)),
            List.of(child));
    var u = new HyperRectangleUtility(SPACE, root, 10);
    assertThat(u.rawValue(Outcome.of(0, 0))).isEqualTo(6); // max(5, 3 · min(4, 2))
    assertThat(u.rawValue(Outcome.of(1, 0))).isEqualTo(5); // max(5, 3 · min(0, 2))
  }

  @Test
  void rejectsDiscreteIssuesNegativeUtilitiesAndEmptyMinFunctions() {
    var discrete = OutcomeSpace.of(DiscreteIssue.of("c", "x", "y"));
    var root = new Function(Aggregation.SUM, 1, List.of(inside(1, new Bound(0, 0, 1))), List.of());
    assertThatThrownBy(() -> new HyperRectangleUtility(discrete, root, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hyper-rectangles bound integer issues, but issue 'c' is discrete");
    assertThatThrownBy(() -> inside(-1, new Bound(0, 0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rectangle utility -1.0 is not a number >= 0");
    assertThatThrownBy(() -> new Function(Aggregation.MIN, 1, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a min function has no parts");
    assertThatThrownBy(() -> new HyperRectangleUtility(SPACE, root, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxutility 0.0 is not a number > 0");
  }
}
