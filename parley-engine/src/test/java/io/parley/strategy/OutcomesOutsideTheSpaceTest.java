package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.Outcome;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Every query of a {@link UtilityIndex} that takes an outcome refuses one outside the space with
 * the space's own message — whichever of its values are out of range — and {@link
 * UtilityIndex#brokenRedLines} names exactly the red lines an outcome breaks, in order.
 */
class OutcomesOutsideTheSpaceTest {
  // Two issues of three values.
  private static final RedLine NOT_A0 =
      new RedLine.Forbid(Condition.of(Clause.of(0, 3, 0)), "not a0");
  private static final RedLine ONLY_B2 =
      new RedLine.Require(Condition.of(Clause.of(1, 3, 2)), "only b2");
  private static final Preferences PREFERENCES =
      UtilityIndexTest.uniform(2, 3, 0.0, List.of(NOT_A0, ONLY_B2));

  @Test
  void everyQuery_refusesOutcomesOutsideTheSpace() {
    UtilityIndex index = UtilityIndex.of(PREFERENCES);
    List<Consumer<Outcome>> queries =
        List.of(index::utilityTicks, index::isAcceptable, index::rankOf, index::brokenRedLines);

    for (Consumer<Outcome> query : queries) {
      assertThatThrownBy(() -> query.accept(Outcome.of(3, 3)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("value index 3 out of range for issue 'i0'");
      assertThatThrownBy(() -> query.accept(Outcome.of(-1, -1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("value index -1 out of range for issue 'i0'");
      assertThatThrownBy(() -> query.accept(Outcome.of(1, -2)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("value index -2 out of range for issue 'i1'");
      assertThatThrownBy(() -> query.accept(Outcome.of(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("outcome has 1 values, the space has 2");
    }
  }

  @Test
  void brokenRedLines_areExactlyThoseTheOutcomeBreaks_inOrder() {
    UtilityIndex index = UtilityIndex.of(PREFERENCES);

    assertThat(index.brokenRedLines(Outcome.of(0, 0))).containsExactly(NOT_A0, ONLY_B2);
    assertThat(index.brokenRedLines(Outcome.of(0, 2))).containsExactly(NOT_A0);
    assertThat(index.brokenRedLines(Outcome.of(1, 1))).containsExactly(ONLY_B2);
    assertThat(index.brokenRedLines(Outcome.of(2, 2))).isEmpty();
    assertThat(index.preferences()).isSameAs(PREFERENCES);
  }
}
