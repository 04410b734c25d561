package io.parley.ratification;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.Analysis;
import io.parley.analysis.Analyzer;
import io.parley.analysis.Relaxation;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Ratification emptying a zone: who is responsible, and what reopens it. */
class RatificationAnalyzerTest {
  private static final String DEAL =
      """
      name: deal
      parties:
        - {id: buyer}
        - {id: seller}
        - {id: broker, role: mediator}
      issues:
        - {id: price, values: [low, mid, high]}
        - {id: units, range: {min: 0, max: 4}}
      preferences:
        buyer:
          weights: {price: 0.75, units: 0.25}
          values:
            price: {low: 1.0, mid: 0.5, high: 0.0}
            units: {from: 0.0, to: 1.0}
          red_lines:
            - forbid: {price: [high]}
              label: never a high price
        seller:
          weights: {price: 0.5, units: 0.5}
          values:
            price: {low: 0.0, mid: 0.5, high: 1.0}
            units: {from: 0.0, to: 1.0}
      ratification:
        seller:
          rule: RULE
          ratifiers:
            - id: board
              red_lines: [{forbid: {price: [low, mid]}, label: the board wants a high price}]
            - id: sales
              red_lines: [{forbid: {price: [low, mid]}, label: sales wants a high price}]
            - id: operations
              red_lines: [{forbid: {units: [0]}, label: operations wants an order}]
      """;

  private static Scenario deal(String rule) {
    return ScenarioReader.parse("deal.yaml", DEAL.replace("RULE", rule), false);
  }

  @Test
  void anyVeto_blockingRatifiers_areNamedWithTheRelaxationsThatReopen() {
    Scenario scenario = deal("any-veto");
    Analysis analysis = Analyzer.analyze(scenario);

    RatificationReport report = RatificationAnalyzer.analyze(scenario, analysis);

    assertThat(analysis.zopa()).contains(BigInteger.valueOf(10));
    assertThat(report.zone()).contains(BigInteger.ZERO);
    WinSet seller = report.winSets().get(0);
    // Price high with units 1 to 4.
    assertThat(seller.outcomes()).contains(BigInteger.valueOf(4));
    assertThat(seller.inZone()).contains(BigInteger.ZERO);
    assertThat(report.responsible()).containsExactly("board", "sales");
    assertThat(report.deadlock()).isPresent();
    assertThat(report.deadlock().get().summary())
        .contains("Ratifiers responsible: board, sales")
        .contains("drop buyer's red line \"never a high price\"");
    // Dropping the buyer's red line alone reopens the zone; dropping one ratifier's does not.
    Relaxation smallest = report.deadlock().get().relaxations().get(0);
    assertThat(smallest.changes()).hasSize(1);
    assertThat(smallest.dropped()).extracting("party").containsExactly("buyer");
    assertThat(report.deadlock().get().relaxations())
        .anySatisfy(
            r ->
                assertThat(r.dropped())
                    .extracting("party")
                    .containsExactlyInAnyOrder("board", "sales"));
  }

  @Test
  void majority_ratifiersInEveryWinningCoalitionAreResponsible_othersNot() {
    Scenario scenario = deal("majority");

    RatificationReport report = RatificationAnalyzer.analyze(scenario, Analyzer.analyze(scenario));

    assertThat(report.zone()).contains(BigInteger.ZERO);
    assertThat(report.responsible()).containsExactly("board", "sales");
    // Two of three: board and sales agree on price high (any units), or one of them with
    // operations (price high, units 1 to 4).
    assertThat(report.winSets().get(0).outcomes()).contains(BigInteger.valueOf(5));
  }

  @Test
  void weightedThreshold_operationsAloneCanRatify_zoneSurvives() {
    String text =
        DEAL.replace("RULE", "weighted\n    threshold: 1")
            .replace("- id: operations", "- id: operations\n        weight: 1");
    Scenario scenario = ScenarioReader.parse("deal.yaml", text, false);
    Analysis analysis = Analyzer.analyze(scenario);

    RatificationReport report = RatificationAnalyzer.analyze(scenario, analysis);

    // Any one ratifier suffices: zone outcomes with units >= 1 pass through operations.
    assertThat(report.zone()).contains(BigInteger.valueOf(8));
    assertThat(report.responsible()).isEmpty();
    assertThat(report.deadlock()).isEmpty();
  }
}
