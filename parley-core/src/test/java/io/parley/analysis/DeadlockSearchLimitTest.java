package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The deadlock search works on sets of at most 62 constraints (a set is a {@code long} bit mask);
 * with more it says the causes were not searched. A reservation of 0 is no constraint: it cannot
 * take part in a clash, and it does not count towards the 62.
 */
class DeadlockSearchLimitTest {
  private static final OutcomeSpace SPACE = OutcomeSpace.of(DiscreteIssue.of("site", "a", "b"));

  @Test
  void sixtyThreeConstraints_areNotSearched() {
    Deadlock deadlock = DeadlockExplainer.explain(scenario(32, 31));

    assertThat(deadlock.summary())
        .isEqualTo(
            "No zone of possible agreement; with 63 red lines and reservations the causes were"
                + " not searched.");
    assertThat(deadlock.conflicts()).isEmpty();
    assertThat(deadlock.relaxations()).isEmpty();
    assertThat(deadlock.complete()).isFalse();
  }

  /**
   * 62 red lines, of which one pair clashes and the other 60 allow every outcome. Both parties'
   * reservations are 0, so they add no constraint and the 62 are searched (until the check budget
   * runs out among the sets of three).
   */
  @Test
  void sixtyTwoConstraints_areSearched_andZeroReservationsDoNotCount() {
    Deadlock deadlock = DeadlockExplainer.explain(scenario(31, 31));

    assertThat(deadlock.conflicts()).hasSize(1);
    assertThat(deadlock.conflicts().get(0).explanation())
        .isEqualTo(
            "These cannot all hold together: party0's red line only an agreement where site is a;"
                + " party1's red line only an agreement where site is b.");
    assertThat(deadlock.complete()).isFalse();
  }

  /**
   * Two parties with reservation 0 and {@code first} and {@code second} red lines: the first of
   * each party requires its own site (a or b), the rest allow every outcome.
   */
  private static Scenario scenario(int first, int second) {
    var utility =
        new LinearAdditiveUtility(
            SPACE, List.of(1.0), List.of(new ValueTable(Map.of("a", 1.0, "b", 0.0))));
    RedLine anySite = new RedLine.Require(Condition.of(Clause.of(0, 2, 0, 1)), null);
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    List<Party> parties = new ArrayList<>();
    int[] counts = {first, second};
    for (int p = 0; p < 2; p++) {
      parties.add(Party.of("party" + p));
      List<RedLine> redLines = new ArrayList<>();
      redLines.add(new RedLine.Require(Condition.of(Clause.of(0, 2, p)), null));
      for (int i = 1; i < counts[p]; i++) {
        redLines.add(anySite);
      }
      preferences.put("party" + p, new Preferences(utility, 0, redLines, 1.0));
    }
    return new Scenario("one clash among many red lines", "", parties, SPACE, preferences);
  }
}
