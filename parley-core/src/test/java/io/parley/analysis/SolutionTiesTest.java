package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ties in every solution concept go to the first frontier point in frontier order, as {@link
 * Solutions} documents — not to the last, and not to the first outcome of the space.
 */
class SolutionTiesTest {

  /** Two parties over one issue whose values score {@code u1[i]} and {@code u2[i]}. */
  private static Scenario scenario(double[] u1, double[] u2, double r1, double r2) {
    String[] labels = new String[u1.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = "v" + i;
    }
    OutcomeSpace space = OutcomeSpace.of(DiscreteIssue.of("x", labels));
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    preferences.put("a", Preferences.of(utility(space, labels, u1), r1));
    preferences.put("b", Preferences.of(utility(space, labels, u2), r2));
    return new Scenario("ties", "", List.of(Party.of("a"), Party.of("b")), space, preferences);
  }

  private static LinearAdditiveUtility utility(OutcomeSpace space, String[] labels, double[] u) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int i = 0; i < labels.length; i++) {
      scores.put(labels[i], u[i]);
    }
    return new LinearAdditiveUtility(
        space, List.of(1.0), List.<ValueFunction>of(new ValueTable(scores)));
  }

  private static List<Outcome> frontierOrder(Scenario scenario) {
    ParetoFrontier frontier = ParetoFrontier.of(AgreementSpace.of(scenario));
    List<Outcome> order = new ArrayList<>();
    for (int k = 0; k < frontier.size(); k++) {
      order.add(frontier.outcome(k));
    }
    return order;
  }

  @Test
  void everyConceptTied_theFirstFrontierPointWins_inEitherOrientation() {
    // Two opposite extremes: every objective is the same at both (Nash 0, Kalai 0, sum 1,
    // smallest gain 0).
    for (Scenario scenario :
        List.of(
            scenario(new double[] {1, 0}, new double[] {0, 1}, 0, 0),
            scenario(new double[] {0, 1}, new double[] {1, 0}, 0, 0))) {
      List<Outcome> order = frontierOrder(scenario);
      assertThat(order).hasSize(2);
      Analysis analysis = Analyzer.analyze(scenario);
      for (SolutionConcept concept : SolutionConcept.values()) {
        assertThat(analysis.solution(concept).orElseThrow().outcome())
            .as("%s", concept)
            .isEqualTo(order.get(0));
      }
      assertThat(analysis.pareto().orElseThrow().get(0).outcome()).isEqualTo(order.get(0));
    }
  }

  @Test
  void utilitarianTiedAcrossThreePoints_theFirstWinsWhileNashHasOneBest() {
    Scenario scenario =
        scenario(new double[] {0.2, 0.5, 0.8}, new double[] {0.8, 0.5, 0.2}, 0.1, 0.1);
    List<Outcome> order = frontierOrder(scenario);
    assertThat(order).hasSize(3);
    Analysis analysis = Analyzer.analyze(scenario);

    assertThat(analysis.solution(SolutionConcept.UTILITARIAN).orElseThrow().outcome())
        .isEqualTo(order.get(0));
    assertThat(analysis.solution(SolutionConcept.UTILITARIAN).orElseThrow().value()).isEqualTo(1.0);
    // The middle package is the unique best for the other three concepts.
    for (SolutionConcept concept :
        List.of(SolutionConcept.NASH, SolutionConcept.KALAI, SolutionConcept.EGALITARIAN)) {
      assertThat(analysis.solution(concept).orElseThrow().outcome())
          .as("%s", concept)
          .isEqualTo(Outcome.of(1));
    }
    assertThat(analysis.solution(SolutionConcept.NASH).orElseThrow().value()).isEqualTo(0.4 * 0.4);
    assertThat(analysis.solution(SolutionConcept.EGALITARIAN).orElseThrow().value()).isEqualTo(0.4);
  }

  @Test
  void nashTiedBetweenTwoInnerPoints_theFirstWins() {
    // Gains over r = 0.1: (0.6, 0.3) and (0.3, 0.6) tie for Nash (0.18) and smallest gain (0.3),
    // and beat the extremes (0.9, 0) and (0, 0.9).
    Scenario scenario =
        scenario(new double[] {1.0, 0.7, 0.4, 0.1}, new double[] {0.1, 0.4, 0.7, 1.0}, 0.1, 0.1);
    List<Outcome> order = frontierOrder(scenario);
    assertThat(order).hasSize(4);
    Outcome firstInner =
        order.get(1).equals(Outcome.of(1)) || order.get(1).equals(Outcome.of(2))
            ? order.get(1)
            : order.get(2);
    Analysis analysis = Analyzer.analyze(scenario);
    for (SolutionConcept concept :
        List.of(SolutionConcept.NASH, SolutionConcept.KALAI, SolutionConcept.EGALITARIAN)) {
      assertThat(analysis.solution(concept).orElseThrow().outcome())
          .as("%s", concept)
          .isEqualTo(firstInner);
    }
    assertThat(order.indexOf(firstInner))
        .isLessThan(
            order.indexOf(firstInner.equals(Outcome.of(1)) ? Outcome.of(2) : Outcome.of(1)));
  }
}
