package io.parley.scenario;

import static io.parley.scenario.ScenarioTexts.dealFailure;
import static io.parley.scenario.ScenarioTexts.dealWithLine;
import static io.parley.scenario.ScenarioTexts.yamlFailure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Broken red lines: their form and their conditions. Line 17 of the deal holds a red line. */
class MalformedRedLineTest {

  @Test
  void unknownIssue_listsTheIssues() {
    assertThat(dealFailure(17, "      - forbid: {colour: [red]}"))
        .hasMessage(
            "deal.yaml:17:18: preferences.buyer.red_lines[0].forbid.colour: unknown issue 'colour';"
                + " issues are price, units");
  }

  @Test
  void unknownLabel_listsTheLabels() {
    assertThat(dealFailure(17, "      - forbid: {price: [top]}"))
        .hasMessage(
            "deal.yaml:17:26: preferences.buyer.red_lines[0].forbid.price[0]:"
                + " issue 'price' has no value 'top'; its values are low, mid, high");
  }

  @Test
  void integerOutsideTheRange_showsTheRange() {
    assertThat(dealFailure(17, "      - require: {units: [2, 9]}"))
        .hasMessage(
            "deal.yaml:17:30: preferences.buyer.red_lines[0].require.units[1]:"
                + " issue 'units' has no value '9'; its values are 0 to 8");
  }

  @Test
  void integerOffTheStepGrid_showsTheStep() {
    String text =
        dealWithLine(8, "  - {id: units, range: {min: 0, max: 8, step: 4}}")
            .replace("      - forbid: {price: [high]}", "      - require: {units: [6]}");

    assertThat(yamlFailure(text))
        .hasMessage(
            "deal.yaml:17:27: preferences.buyer.red_lines[0].require.units[0]:"
                + " issue 'units' has no value '6'; its values are 0 to 8 in steps of 4");
  }

  @Test
  void forbidAndRequireTogether_areRejected() {
    assertThat(dealFailure(17, "      - {forbid: {price: [high]}, require: {units: {min: 2}}}"))
        .hasMessage(
            "deal.yaml:17:9: preferences.buyer.red_lines[0]: a red line with 'forbid' and"
                + " 'require'; expected exactly one of 'forbid', 'require' or 'if' with 'then'");
  }

  @Test
  void ifWithoutThen_isRejected() {
    assertThat(dealFailure(17, "      - if: {price: [low]}"))
        .hasMessage(
            "deal.yaml:17:9: preferences.buyer.red_lines[0]: 'if' without 'then';"
                + " a linkage needs both 'if' and 'then'");
  }

  @Test
  void thenWithoutIf_isRejected() {
    assertThat(dealFailure(17, "      - then: {units: [0, 1]}"))
        .hasMessage(
            "deal.yaml:17:9: preferences.buyer.red_lines[0]: 'then' without 'if';"
                + " a linkage needs both 'if' and 'then'");
  }

  @Test
  void labelWithoutARule_isRejected() {
    assertThat(dealFailure(17, "      - label: no rule here"))
        .hasMessage(
            "deal.yaml:17:9: preferences.buyer.red_lines[0]: a red line with no rule;"
                + " expected exactly one of 'forbid', 'require' or 'if' with 'then'");
  }

  @Test
  void misspeltForm_listsTheKeysARedLineTakes() {
    assertThat(dealFailure(17, "      - forbids: {price: [high]}"))
        .hasMessage(
            "deal.yaml:17:9: preferences.buyer.red_lines[0].forbids: unknown key 'forbids'"
                + " in a red line; expected one of forbid, require, if, then, label");
  }

  @Test
  void emptyCondition_isRejected() {
    assertThat(dealFailure(17, "      - forbid: {}"))
        .hasMessage(
            "deal.yaml:17:9: preferences.buyer.red_lines[0].forbid: the condition is empty;"
                + " expected at least one issue");
  }

  @Test
  void emptyValueList_isRejected() {
    assertThat(dealFailure(17, "      - forbid: {price: []}"))
        .hasMessage(
            "deal.yaml:17:18: preferences.buyer.red_lines[0].forbid.price:"
                + " the list of values of issue 'price' is empty; expected at least one value");
  }

  @Test
  void boundsOnADiscreteIssue_areRejected() {
    assertThat(dealFailure(17, "      - require: {price: {min: 1}}"))
        .hasMessage(
            "deal.yaml:17:19: preferences.buyer.red_lines[0].require.price: bounds {min, max}"
                + " need a range issue, but 'price' is discrete; list its values instead");
  }

  @Test
  void boundsThatHoldNoValue_areRejected() {
    assertThat(dealFailure(17, "      - require: {units: {min: 9}}"))
        .hasMessage(
            "deal.yaml:17:19: preferences.buyer.red_lines[0].require.units:"
                + " no value of issue 'units' lies in [9, 8]");
  }

  @Test
  void unknownBoundKey_listsMinAndMax() {
    assertThat(dealFailure(17, "      - require: {units: {from: 2}}"))
        .hasMessage(
            "deal.yaml:17:27: preferences.buyer.red_lines[0].require.units.from:"
                + " unknown key 'from' in bounds; expected one of min, max");
  }

  @Test
  void textWhereAValueListIsExpected_isRejected() {
    assertThat(dealFailure(17, "      - forbid: {price: high}"))
        .hasMessage(
            "deal.yaml:17:18: preferences.buyer.red_lines[0].forbid.price:"
                + " expected a list of values of issue 'price' (or {min, max} for a range),"
                + " got the text \"high\"");
  }
}
