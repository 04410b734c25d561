package io.parley.scenario;

import static io.parley.scenario.ScenarioTexts.dealFailure;
import static io.parley.scenario.ScenarioTexts.failure;
import static io.parley.scenario.ScenarioTexts.yamlFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents that are not scenarios, and broken parties and issues. */
class MalformedScenarioTest {

  @Test
  void malformedYaml_unclosedFlowList_saysWhatWasExpectedWhereTheInputEnds() {
    var e = yamlFailure("name: deal\nparties: [buyer, seller\n");

    assertThat(e)
        .hasMessage(
            "deal.yaml:3:1: malformed YAML: expected ',' or ']', but got <stream end>"
                + " (while parsing a flow sequence)");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.path()).isEmpty();
  }

  @Test
  void malformedYaml_tabIndentation_pointsAtTheTab() {
    assertThat(yamlFailure("name: deal\n\tparties: []\n"))
        .hasMessageStartingWith(
            "deal.yaml:2:1: malformed YAML: found character '\\t(TAB)' that cannot start any token");
  }

  @Test
  void malformedJson_trailingComma_saysWhatWasExpected() {
    var e = failure("deal.json", "{\"name\": \"deal\",\n \"parties\": [],\n}", true);

    assertThat(e)
        .hasMessage(
            "deal.json:3:1: malformed JSON: Unexpected character ('}' (code 125)):"
                + " was expecting double-quote to start field name");
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void malformedJson_missingComma_pointsAtTheNextKey() {
    assertThat(failure("deal.json", "{\"name\": \"deal\"\n \"parties\": []}", true))
        .hasMessage(
            "deal.json:2:2: malformed JSON: Unexpected character ('\"' (code 34)):"
                + " was expecting comma to separate Object entries");
  }

  @Test
  void emptyFile_isReportedWithoutALine() {
    var e = yamlFailure("  \n\n");

    assertThat(e).hasMessage("deal.yaml: the file is empty; expected a scenario map");
    assertThat(e.line()).isZero();
    assertThat(e.problem()).isEqualTo("the file is empty; expected a scenario map");
  }

  @Test
  void commentOnlyFile_holdsNoDocument() {
    assertThat(yamlFailure("# nothing yet\n"))
        .hasMessage("deal.yaml: the file holds no document; expected a scenario map");
  }

  @Test
  void listInsteadOfMap_saysAMapWasExpected() {
    assertThat(yamlFailure("- name: deal\n- parties: []\n"))
        .hasMessage(
            "deal.yaml:1:1: expected a scenario map with name, parties, issues and preferences,"
                + " got a list");
  }

  @Test
  void secondYamlDocument_isRejected() {
    assertThat(yamlFailure("name: deal\n---\nname: other\n"))
        .hasMessage("deal.yaml:3:1: unexpected content after the end of the document");
  }

  @Test
  void unknownTopLevelKey_listsTheKnownKeysInOrder() {
    var e = dealFailure(1, "title: deal");

    assertThat(e)
        .hasMessage(
            "deal.yaml:1:1: title: unknown key 'title' in the scenario;"
                + " expected one of name, description, parties, issues, preferences, run,"
                + " implementation, ratification");
    assertThat(e.path()).isEqualTo("title");
  }

  @Test
  void duplicateYamlKey_pointsAtTheSecondOccurrence() {
    var e = dealFailure(15, "    weights: {price: 0.5, units: 0.5}");

    assertThat(e).hasMessage("deal.yaml:15:5: preferences.buyer.weights: duplicate key 'weights'");
    assertThat(e.line()).isEqualTo(15);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.path()).isEqualTo("preferences.buyer.weights");
    assertThat(e.problem()).isEqualTo("duplicate key 'weights'");
  }

  @Test
  void duplicateJsonKey_isRejectedToo() {
    assertThat(failure("deal.json", "{\"name\": \"a\",\n  \"name\": \"b\"}", true))
        .hasMessage("deal.json:2:3: name: duplicate key 'name'");
  }

  @Test
  void missingName_namesTheMissingKey() {
    assertThat(dealFailure(1, "description: no name"))
        .hasMessage("deal.yaml:1:1: missing key 'name' (the scenario's name)");
  }

  @Test
  void runThatIsNotAMap_isRejected() {
    assertThat(dealFailure(1, "name: deal\nrun: fast"))
        .hasMessage(
            "deal.yaml:2:1: run: expected a map of defaults for a run, got the text \"fast\"");
  }

  @Test
  void missingFile_isReportedByItsPath(@TempDir Path dir) {
    Path file = dir.resolve("absent.yaml");
    var e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(file));

    assertThat(e).hasMessage(file + ": cannot read the file: no such file");
  }

  @Test
  void fewerThanTwoParties_isRejected() {
    assertThat(dealFailure(4, "  - {id: seller, role: observer}"))
        .hasMessage(
            "deal.yaml:2:1: parties: found 1 participant(s) with role party; expected at least 2");
  }

  @Test
  void duplicatePartyIds_pointAtTheSecondId() {
    assertThat(dealFailure(4, "  - {id: buyer}"))
        .hasMessage("deal.yaml:4:6: parties[1].id: duplicate party id 'buyer'");
  }

  @Test
  void unknownRole_listsTheRoles() {
    assertThat(dealFailure(5, "  - {id: broker, role: judge}"))
        .hasMessage(
            "deal.yaml:5:18: parties[2].role: unknown role 'judge';"
                + " expected party, mediator, guarantor or observer");
  }

  @Test
  void duplicateIssueIds_pointAtTheSecondId() {
    assertThat(dealFailure(8, "  - {id: price, range: {min: 0, max: 8}}"))
        .hasMessage("deal.yaml:8:6: issues[1].id: duplicate issue id 'price'");
  }

  @Test
  void emptyValueList_isRejected() {
    assertThat(dealFailure(7, "  - {id: price, values: []}"))
        .hasMessage(
            "deal.yaml:7:17: issues[0].values: issue 'price' has an empty list of values;"
                + " expected at least one label");
  }

  @Test
  void repeatedLabel_isRejected() {
    assertThat(dealFailure(7, "  - {id: price, values: [low, mid, low]}"))
        .hasMessage("deal.yaml:7:36: issues[0].values[2]: issue 'price' lists value 'low' twice");
  }

  @Test
  void rangeWithMinAboveMax_isRejected() {
    assertThat(dealFailure(8, "  - {id: units, range: {min: 9, max: 8}}"))
        .hasMessage("deal.yaml:8:17: issues[1].range: range min 9 > max 8; expected min <= max");
  }

  @Test
  void zeroStep_isRejected() {
    assertThat(dealFailure(8, "  - {id: units, range: {min: 0, max: 8, step: 0}}"))
        .hasMessage(
            "deal.yaml:8:41: issues[1].range.step: step 0 is not positive;"
                + " expected an integer >= 1");
  }

  @Test
  void fractionalRangeBound_isRejected() {
    assertThat(dealFailure(8, "  - {id: units, range: {min: 0, max: 8.5}}"))
        .hasMessage(
            "deal.yaml:8:33: issues[1].range.max: expected an integer max, got the number 8.5");
  }

  @Test
  void issueWithValuesAndRange_isRejected() {
    assertThat(dealFailure(7, "  - {id: price, values: [low], range: {min: 0, max: 1}}"))
        .hasMessage(
            "deal.yaml:7:5: issues[0]: issue 'price' needs exactly one of 'values'"
                + " (a list of labels) or 'range' ({min, max, step})");
  }
}
