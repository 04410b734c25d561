package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link PostSettlement#improve} refuses an agreement that is not an outcome of the scenario (too
 * few values, or a value index beyond its issue) with the outcome space's own message, before it
 * evaluates anything.
 */
class PostSettlementAgreementCheckTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(DiscreteIssue.of("a", "x", "y"), DiscreteIssue.of("b", "x", "y"));

  private static Scenario scenario() {
    ValueTable up = new ValueTable(Map.of("x", 0.0, "y", 1.0));
    ValueTable down = new ValueTable(Map.of("x", 1.0, "y", 0.0));
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    preferences.put(
        "one",
        Preferences.of(new LinearAdditiveUtility(SPACE, List.of(0.5, 0.5), List.of(up, down)), 0));
    preferences.put(
        "two",
        Preferences.of(new LinearAdditiveUtility(SPACE, List.of(0.5, 0.5), List.of(down, up)), 0));
    return new Scenario("check", "", List.of(Party.of("one"), Party.of("two")), SPACE, preferences);
  }

  @Test
  void anAgreementOutsideTheSpace_isRefusedWithTheSpacesMessage() {
    assertThatThrownBy(() -> PostSettlement.improve(scenario(), Outcome.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("outcome has 1 values, the space has 2");
    assertThatThrownBy(() -> PostSettlement.improve(scenario(), Outcome.of(0, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value index 2 out of range for issue 'b'");
  }
}
