package io.parley.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.TriangularValueFunction;
import io.parley.preference.ValueTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid scenarios: the example of the format, YAML and JSON alike, defaults and text labels. */
class ScenarioReaderTest {
  private static final double EXACT = 1e-12;

  private static final int LOW = 0;
  private static final int MID = 1;
  private static final int HIGH = 2;

  private static Scenario example() {
    return ScenarioReader.parse("example.yaml", ScenarioTexts.EXAMPLE_YAML, false);
  }

  /** An outcome of the example: a price index and a number of units (index = value). */
  private static Outcome deal(int price, int units) {
    return Outcome.of(price, units);
  }

  @Test
  void example_readsPartiesAndIssues() {
    Scenario scenario = example();

    assertThat(scenario.name()).isEqualTo("example");
    assertThat(scenario.description()).isEqualTo("free text");
    assertThat(scenario.parties())
        .containsExactly(
            new Party("buyer", "buyer", Role.PARTY),
            new Party("seller", "seller", Role.PARTY),
            new Party("broker", "broker", Role.MEDIATOR));
    assertThat(scenario.negotiatingParties()).containsExactly("buyer", "seller");
    assertThat(scenario.space().issues())
        .containsExactly(
            DiscreteIssue.of("price", "low", "mid", "high"), IntegerIssue.of("units", 0, 8));
    assertThat(scenario.space().size()).hasToString("27");
  }

  @Test
  void example_utilitiesMatchHandComputation() {
    var buyer = example().preferences().get("buyer").utility();
    var seller = example().preferences().get("seller").utility();

    // buyer: 0.75 * price score + 0.25 * units/8
    assertThat(buyer.utility(deal(MID, 4))).isCloseTo(0.75 * 0.5 + 0.25 * 0.5, within(EXACT));
    assertThat(buyer.utility(deal(LOW, 2))).isCloseTo(0.8125, within(EXACT));
    assertThat(buyer.utility(deal(LOW, 8))).isCloseTo(1.0, within(EXACT));
    assertThat(buyer.utility(deal(HIGH, 0))).isCloseTo(0.0, within(EXACT));
    // seller: 0.6 * price score + 0.4 * triangle (0 -> 0.2, 6 -> 1, 8 -> 0.5)
    assertThat(seller.utility(deal(MID, 6))).isCloseTo(0.36 + 0.4, within(EXACT));
    assertThat(seller.utility(deal(HIGH, 3))).isCloseTo(0.6 + 0.4 * 0.6, within(EXACT));
    assertThat(seller.utility(deal(HIGH, 7))).isCloseTo(0.6 + 0.4 * 0.75, within(EXACT));
    assertThat(seller.utility(deal(LOW, 8))).isCloseTo(0.4 * 0.5, within(EXACT));
  }

  @Test
  void example_redLinesAllowOnlyWhatTheySay() {
    Preferences buyer = example().preferences().get("buyer");

    assertThat(buyer.allows(new int[] {MID, 5})).isTrue();
    assertThat(buyer.allows(new int[] {HIGH, 5})).as("price high is forbidden").isFalse();
    assertThat(buyer.allows(new int[] {MID, 1})).as("units >= 2 is required").isFalse();
    assertThat(buyer.allows(new int[] {LOW, 3})).isTrue();
    assertThat(buyer.allows(new int[] {LOW, 4})).as("low price only up to 3 units").isFalse();
    assertThat(example().preferences().get("seller").allows(new int[] {HIGH, 0})).isTrue();
  }

  @Test
  void example_redLinesKeepTheirFormAndLabel() {
    var space = example().space();
    List<RedLine> redLines = example().preferences().get("buyer").redLines();

    assertThat(redLines).hasSize(3);
    assertThat(redLines.get(0)).isInstanceOf(RedLine.Forbid.class);
    assertThat(redLines.get(0).describe(space)).isEqualTo("no agreement where price is high");
    assertThat(redLines.get(1)).isInstanceOf(RedLine.Require.class);
    assertThat(redLines.get(1).describe(space))
        .isEqualTo("only an agreement where units is 2 to 8");
    assertThat(redLines.get(2)).isInstanceOf(RedLine.Linkage.class);
    assertThat(redLines.get(2).explain(space))
        .isEqualTo(
            "\"a low price only for a small order\" (if price is low, then units is 0 to 3)");
  }

  @Test
  void example_reservationAndDiscountDefaults() {
    var preferences = example().preferences();

    assertThat(preferences.get("buyer").reservation()).isEqualTo(0.25);
    assertThat(preferences.get("seller").reservation()).isZero();
    assertThat(preferences.get("buyer").discount()).isEqualTo(1.0);
    assertThat(preferences.get("seller").redLines()).isEmpty();
  }

  @Test
  void exampleInJson_readsToTheSameScenarioAsYaml() {
    Scenario yaml = example();
    Scenario json = ScenarioReader.parse("example.json", ScenarioTexts.EXAMPLE_JSON, true);

    assertThat(json.name()).isEqualTo(yaml.name());
    assertThat(json.description()).isEqualTo(yaml.description());
    assertThat(json.parties()).isEqualTo(yaml.parties());
    assertThat(json.space()).isEqualTo(yaml.space());
    assertThat(json.preferences().keySet()).containsExactlyElementsOf(yaml.preferences().keySet());
    for (String party : yaml.negotiatingParties()) {
      Preferences a = yaml.preferences().get(party);
      Preferences b = json.preferences().get(party);
      var ua = (LinearAdditiveUtility) a.utility();
      var ub = (LinearAdditiveUtility) b.utility();
      assertThat(ub.weights()).as(party).isEqualTo(ua.weights());
      assertThat(ub.valueFunctions()).as(party).isEqualTo(ua.valueFunctions());
      assertThat(b.reservation()).as(party).isEqualTo(a.reservation());
      assertThat(b.discount()).as(party).isEqualTo(a.discount());
      assertThat(b.redLines()).as(party).isEqualTo(a.redLines());
      for (long i = 0; i < 27; i++) {
        Outcome o = yaml.space().outcomeAt(i);
        assertThat(ub.utility(o)).as("%s %s", party, o).isEqualTo(ua.utility(o));
      }
    }
  }

  @Test
  void valueFunctions_haveTheFormsWritten() {
    var buyer = (LinearAdditiveUtility) example().preferences().get("buyer").utility();
    var seller = (LinearAdditiveUtility) example().preferences().get("seller").utility();

    assertThat(buyer.valueFunctions().get(0))
        .isEqualTo(new ValueTable(Map.of("low", 1.0, "mid", 0.5, "high", 0.0)));
    assertThat(buyer.valueFunctions().get(1)).isEqualTo(new LinearValueFunction(0.0, 1.0));
    assertThat(seller.valueFunctions().get(1))
        .as("peak_score defaults to 1")
        .isEqualTo(new TriangularValueFunction(0.2, 6, 1.0, 0.5));
  }

  @Test
  void yesNoAndNumbers_areReadAsTextLabels() {
    Scenario scenario =
        ScenarioReader.parse(
            "labels.yaml",
            """
            name: labels
            parties: [{id: a}, {id: b}]
            issues:
              - {id: signed, values: [yes, no]}
              - {id: phase, values: [1, 2, on]}
            preferences:
              a:
                weights: {signed: 1, phase: 0}
                values: {signed: {yes: 1, no: 0}}
                red_lines:
                  - forbid: {phase: [1]}
                  - if: {signed: [no]}
                    then: {phase: [on]}
              b:
                weights: {signed: 0.5, phase: 0.5}
                values:
                  signed: {yes: 0, no: 1}
                  phase: {1: 0.0, 2: 0.5, on: 1.0}
            """,
            false);

    assertThat(scenario.space().issues())
        .containsExactly(
            DiscreteIssue.of("signed", "yes", "no"), DiscreteIssue.of("phase", "1", "2", "on"));
    Preferences a = scenario.preferences().get("a");
    assertThat(a.utility().utility(Outcome.of(0, 1))).isEqualTo(1.0);
    assertThat(a.allows(new int[] {0, 0})).as("phase 1 is forbidden").isFalse();
    assertThat(a.allows(new int[] {1, 1})).as("no needs phase on").isFalse();
    assertThat(a.allows(new int[] {1, 2})).isTrue();
    assertThat(scenario.preferences().get("b").utility().utility(Outcome.of(1, 1)))
        .isCloseTo(0.75, within(EXACT));
  }

  @Test
  void jsonNumbersAndBooleans_areReadAsTextLabels() {
    Scenario scenario =
        ScenarioReader.parse(
            "labels.json",
            """
            {"name": "labels", "parties": [{"id": "a"}, {"id": "b"}],
             "issues": [{"id": "term", "values": [1, 2, true]}],
             "preferences": {
               "a": {"weights": {"term": 1}, "values": {"term": {"1": 1, "2": 0.5, "true": 0}}},
               "b": {"weights": {"term": 1}, "values": {"term": {"1": 0, "2": 0.5, "true": 1}}}}}
            """,
            true);

    assertThat(scenario.space().issue(0)).isEqualTo(DiscreteIssue.of("term", "1", "2", "true"));
  }

  @Test
  void zeroWeightIssue_needsNoValueFunctionAndScoresZero() {
    Scenario scenario =
        ScenarioReader.parse(
            "zero.yaml",
            ScenarioTexts.DEAL
                .replace("{price: 0.75, units: 0.25}", "{price: 1, units: 0}")
                .replace("      units: {from: 0.0, to: 1.0}\n", ""),
            false);

    var buyer = (LinearAdditiveUtility) scenario.preferences().get("buyer").utility();
    assertThat(buyer.score(1, 8)).isZero();
    assertThat(buyer.utility(Outcome.of(LOW, 8))).isEqualTo(1.0);
  }

  @Test
  void rangeStepAndRunBlock_areRead() {
    Scenario scenario =
        ScenarioReader.parse(
            "step.yaml",
            ScenarioTexts.dealWithLine(8, "  - {id: units, range: {min: 0, max: 9, step: 4}}")
                + "run: {protocol: alternating-offers, deadline: 20, negotiators: {buyer: boulware},"
                + " sessions: [{name: opening, venue: Cairo, date: Tuesday, rounds: 3,"
                + " absent: [seller]}]}\n",
            false);

    assertThat(scenario.space().issue(1)).isEqualTo(new IntegerIssue("units", "units", 0, 9, 4));
    assertThat(((IntegerIssue) scenario.space().issue(1)).last()).isEqualTo(8);
    assertThat(scenario.run().protocol()).contains("alternating-offers");
    assertThat(scenario.run().deadline()).hasValue(20);
    assertThat(scenario.run().negotiators()).containsEntry("buyer", "boulware");
    assertThat(scenario.run().sessions())
        .containsExactly(
            new RunSection.SessionSpec(
                "opening", "Cairo", "Tuesday", 3, "plenary", "", List.of("seller")));
  }

  @Test
  void read_choosesJsonByExtension(@TempDir Path dir) throws IOException {
    Path json = Files.writeString(dir.resolve("example.JSON"), ScenarioTexts.EXAMPLE_JSON);
    Path yaml = Files.writeString(dir.resolve("example.yml"), ScenarioTexts.EXAMPLE_YAML);

    assertThat(ScenarioReader.read(json).space()).isEqualTo(ScenarioReader.read(yaml).space());
  }
}
