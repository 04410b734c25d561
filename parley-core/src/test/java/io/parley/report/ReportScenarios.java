package io.parley.report;

import io.parley.analysis.Analysis;
import io.parley.analysis.Analyzer;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;

/** Small hand-made scenarios for the report tests. */
final class ReportScenarios {
  private ReportScenarios() {}

  /**
   * 3 prices × 4 unit counts = 12 outcomes; the buyer forbids a high price, so 4 outcomes break a
   * red line. Names carry characters that need escaping.
   */
  static Scenario small() {
    return ScenarioReader.parse(
        "small.yaml",
        """
        name: small <deal> & "co"
        description: a <b>tiny</b> case & test
        parties:
          - {id: buyer, name: Buyer <B>, role: party}
          - {id: seller, name: Seller, role: party}
          - {id: broker, role: mediator}
        issues:
          - {id: price, values: [low, mid, high]}
          - {id: units, range: {min: 0, max: 3}}
        preferences:
          buyer:
            weights: {price: 0.75, units: 0.25}
            values:
              price: {low: 1.0, mid: 0.5, high: 0.0}
              units: {from: 0.0, to: 1.0}
            reservation: 0.2
            red_lines:
              - forbid: {price: [high]}
          seller:
            weights: {price: 0.6, units: 0.4}
            values:
              price: {low: 0.0, mid: 0.6, high: 1.0}
              units: {from: 0.2, to: 0.5}
            reservation: 0.1
        """,
        false);
  }

  /** Three integer issues of 50 values: 125 000 outcomes. */
  static Scenario large() {
    return ScenarioReader.parse(
        "large.yaml",
        """
        name: large
        parties:
          - {id: a, role: party}
          - {id: b, role: party}
        issues:
          - {id: x, range: {min: 1, max: 50}}
          - {id: y, range: {min: 1, max: 50}}
          - {id: z, range: {min: 1, max: 50}}
        preferences:
          a:
            weights: {x: 0.5, y: 0.3, z: 0.2}
            values: {x: {from: 0, to: 1}, y: {from: 1, to: 0}, z: {from: 0, to: 1}}
            red_lines:
              - require: {x: {min: 10}}
          b:
            weights: {x: 0.2, y: 0.5, z: 0.3}
            values: {x: {from: 1, to: 0}, y: {from: 0, to: 1}, z: {from: 1, to: 0}}
        """,
        false);
  }

  static Analysis analyse(Scenario scenario) {
    return Analyzer.analyze(scenario);
  }
}
