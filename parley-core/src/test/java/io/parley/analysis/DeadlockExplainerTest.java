package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DeadlockExplainerTest {

  /**
   * Nine issues of two values; one party requires the first value of every issue, the other the
   * second. The nine clashing pairs leave 3^9 - 1 = 19,682 satisfiable sets of red lines for the
   * conflict search, so the check budget runs out during the relaxation search — where a check cut
   * short used to count as satisfiable and put a relaxation that opens nothing on the report.
   */
  @Test
  void explain_checkBudgetRunsOutDuringRelaxationSearch_reportsNoFalseRelaxation() {
    int issues = 9;
    List<Issue> list = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      list.add(DiscreteIssue.of("issue" + i, "first", "second"));
    }
    OutcomeSpace space = new OutcomeSpace(list);
    List<List<RedLine>> redLines = List.of(new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < issues; i++) {
      redLines.get(0).add(require(i, 2, 0));
      redLines.get(1).add(require(i, 2, 1));
    }

    Deadlock deadlock = DeadlockExplainer.explain(scenario(space, redLines));

    assertThat(deadlock.complete()).isFalse();
    assertThat(deadlock.conflicts()).hasSize(issues);
    assertThat(deadlock.relaxations()).isEmpty();
  }

  /**
   * One issue of 32 values; each of two parties has 16 red lines requiring different values, so
   * every pair of red lines clashes. The 496 pairs are found with few checks, but the search used
   * to walk all 2^32 sets of red lines to skip their supersets. (The timeout only guards against
   * that walk; it measures nothing.)
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void explain_everyPairOfManyRedLinesClashes_stopsAtTheVisitBudget() {
    int values = 32;
    List<String> labels = new ArrayList<>();
    for (int v = 0; v < values; v++) {
      labels.add("v" + v);
    }
    OutcomeSpace space = new OutcomeSpace(List.of(new DiscreteIssue("site", null, labels)));
    List<List<RedLine>> redLines = List.of(new ArrayList<>(), new ArrayList<>());
    for (int v = 0; v < values; v++) {
      redLines.get(v % 2).add(require(0, values, v));
    }

    Deadlock deadlock = DeadlockExplainer.explain(scenario(space, redLines));

    assertThat(deadlock.complete()).isFalse();
    assertThat(deadlock.conflicts()).hasSize(values * (values - 1) / 2);
    assertThat(deadlock.conflicts()).allSatisfy(c -> assertThat(c.constraints()).hasSize(2));
  }

  private static RedLine require(int position, int size, int value) {
    return new RedLine.Require(Condition.of(Clause.of(position, size, value)), null);
  }

  /** Two parties with the same utility, no reservation, and the given red lines. */
  private static Scenario scenario(OutcomeSpace space, List<List<RedLine>> redLines) {
    int n = space.issueCount();
    List<ValueFunction> functions = new ArrayList<>();
    for (Issue issue : space.issues()) {
      Map<String, Double> scores = new LinkedHashMap<>();
      for (int v = 0; v < issue.size(); v++) {
        scores.put(issue.labelAt(v), v == 0 ? 1.0 : 0.0);
      }
      functions.add(new ValueTable(scores));
    }
    var utility = new LinearAdditiveUtility(space, Collections.nCopies(n, 1.0 / n), functions);
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    List<Party> parties = new ArrayList<>();
    for (int p = 0; p < redLines.size(); p++) {
      parties.add(Party.of("party" + p));
      preferences.put("party" + p, new Preferences(utility, 0, redLines.get(p), 1.0));
    }
    return new Scenario("clashing red lines", "", parties, space, preferences);
  }
}
