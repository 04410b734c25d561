package io.parley.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;

/**
 * Valid scenarios to read or to break one line at a time, and a way to catch what the reader says.
 */
final class ScenarioTexts {
  static final String SOURCE = "deal.yaml";

  /**
   * A small valid scenario. Tests replace one whole line (numbered in the comment below) and expect
   * the message at that line.
   */
  static final String DEAL =
      """
      name: deal
      parties:
        - {id: buyer}
        - {id: seller}
        - {id: broker, role: mediator}
      issues:
        - {id: price, values: [low, mid, high]}
        - {id: units, range: {min: 0, max: 8}}
      preferences:
        buyer:
          weights: {price: 0.75, units: 0.25}
          values:
            price: {low: 1.0, mid: 0.5, high: 0.0}
            units: {from: 0.0, to: 1.0}
          reservation: 0.25
          red_lines:
            - forbid: {price: [high]}
        seller:
          weights: {price: 0.5, units: 0.5}
          values:
            price: {low: 0.0, mid: 0.5, high: 1.0}
            units: {from: 0.2, peak: 6, to: 0.5}
      """;

  // 1 name, 2 parties, 3 buyer, 4 seller, 5 broker, 6 issues, 7 price, 8 units, 9 preferences,
  // 10 buyer:, 11 weights, 12 values:, 13 price table, 14 units linear, 15 reservation,
  // 16 red_lines:, 17 forbid, 18 seller:, 19 weights, 20 values:, 21 price table, 22 triangular

  /** The example of {@code docs/scenario-format.md}. */
  static final String EXAMPLE_YAML =
      """
      name: example
      description: free text
      parties:
        - {id: buyer, role: party}
        - {id: seller, role: party}
        - {id: broker, role: mediator}
      issues:
        - {id: price, values: [low, mid, high]}
        - {id: units, range: {min: 0, max: 8, step: 1}}
      preferences:
        buyer:
          weights: {price: 0.75, units: 0.25}
          values:
            price: {low: 1.0, mid: 0.5, high: 0.0}
            units: {from: 0.0, to: 1.0}
          reservation: 0.25
          red_lines:
            - forbid: {price: [high]}
            - require: {units: {min: 2}}
            - if: {price: [low]}
              then: {units: [0, 1, 2, 3]}
              label: a low price only for a small order
        seller:
          weights: {price: 0.6, units: 0.4}
          values:
            price: {low: 0.0, mid: 0.6, high: 1.0}
            units: {from: 0.2, peak: 6, to: 0.5}
      """;

  /** {@link #EXAMPLE_YAML} written as JSON. */
  static final String EXAMPLE_JSON =
      """
      {
        "name": "example",
        "description": "free text",
        "parties": [
          {"id": "buyer", "role": "party"},
          {"id": "seller", "role": "party"},
          {"id": "broker", "role": "mediator"}
        ],
        "issues": [
          {"id": "price", "values": ["low", "mid", "high"]},
          {"id": "units", "range": {"min": 0, "max": 8, "step": 1}}
        ],
        "preferences": {
          "buyer": {
            "weights": {"price": 0.75, "units": 0.25},
            "values": {
              "price": {"low": 1.0, "mid": 0.5, "high": 0.0},
              "units": {"from": 0.0, "to": 1.0}
            },
            "reservation": 0.25,
            "red_lines": [
              {"forbid": {"price": ["high"]}},
              {"require": {"units": {"min": 2}}},
              {"if": {"price": ["low"]}, "then": {"units": [0, 1, 2, 3]},
               "label": "a low price only for a small order"}
            ]
          },
          "seller": {
            "weights": {"price": 0.6, "units": 0.4},
            "values": {
              "price": {"low": 0.0, "mid": 0.6, "high": 1.0},
              "units": {"from": 0.2, "peak": 6, "to": 0.5}
            }
          }
        }
      }
      """;

  private ScenarioTexts() {}

  /** {@link #DEAL} with line {@code number} (1-based) replaced by {@code replacement}. */
  static String dealWithLine(int number, String replacement) {
    List<String> lines = new ArrayList<>(DEAL.lines().toList());
    lines.set(number - 1, replacement);
    return String.join("\n", lines) + "\n";
  }

  /** The first {@code count} lines of {@link #DEAL}. */
  static String dealUpToLine(int count) {
    return String.join("\n", DEAL.lines().limit(count).toList()) + "\n";
  }

  /** What the reader throws for YAML text read as {@link #SOURCE}. */
  static ScenarioException yamlFailure(String text) {
    return failure(SOURCE, text, false);
  }

  /** What the reader throws for {@link #DEAL} with one line replaced. */
  static ScenarioException dealFailure(int lineNumber, String replacement) {
    return yamlFailure(dealWithLine(lineNumber, replacement));
  }

  /** What the reader throws for the text; fails the test if it throws nothing else. */
  static ScenarioException failure(String source, String text, boolean json) {
    Throwable thrown = catchThrowable(() -> ScenarioReader.parse(source, text, json));
    assertThat(thrown).as("reading %s", source).isInstanceOf(ScenarioException.class);
    return (ScenarioException) thrown;
  }
}
