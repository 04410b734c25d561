package io.parley.scenario;

import static io.parley.scenario.ScenarioTexts.dealFailure;
import static io.parley.scenario.ScenarioTexts.dealUpToLine;
import static io.parley.scenario.ScenarioTexts.yamlFailure;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Broken preferences: who has them, weights, value functions, reservation and discount. */
class MalformedPreferencesTest {

  @Test
  void preferencesForUnknownParty_listThePartyIds() {
    assertThat(dealFailure(18, "  vendor:"))
        .hasMessage(
            "deal.yaml:18:3: preferences.vendor: preferences for unknown party 'vendor';"
                + " parties are buyer, seller, broker");
  }

  @Test
  void preferencesForMediator_areRejected() {
    assertThat(dealFailure(18, "  broker:"))
        .hasMessage(
            "deal.yaml:18:3: preferences.broker: 'broker' is a mediator;"
                + " only parties (role party) have preferences");
  }

  @Test
  void preferencesForOnlyOneParty_areRejected() {
    assertThat(yamlFailure(dealUpToLine(17)))
        .hasMessage(
            "deal.yaml:9:1: preferences: preferences given for 1 party; expected at least 2");
  }

  @Test
  void unknownPreferenceKey_listsTheKnownKeys() {
    assertThat(dealFailure(15, "    reserve: 0.25"))
        .hasMessage(
            "deal.yaml:15:5: preferences.buyer.reserve: unknown key 'reserve' in preferences;"
                + " expected one of weights, values, reservation, discount, red_lines");
  }

  @Test
  void missingWeights_nameTheMissingKey() {
    assertThat(dealFailure(11, "    # no weights"))
        .hasMessage(
            "deal.yaml:10:3: preferences.buyer: missing key 'weights' (a map of issue id to weight)");
  }

  @Test
  void weightForUnknownIssue_listsTheIssues() {
    var e = dealFailure(11, "    weights: {price: 0.75, unit: 0.25}");

    assertThat(e)
        .hasMessage(
            "deal.yaml:11:28: preferences.buyer.weights.unit: unknown issue 'unit';"
                + " issues are price, units");
    assertThat(e.path()).isEqualTo("preferences.buyer.weights.unit");
  }

  @Test
  void missingWeight_namesTheIssue() {
    assertThat(dealFailure(11, "    weights: {price: 1.0}"))
        .hasMessage(
            "deal.yaml:11:5: preferences.buyer.weights: missing weight for issue 'units';"
                + " every issue needs a weight (0 is allowed)");
  }

  @Test
  void negativeWeight_isRejectedAsWritten() {
    assertThat(dealFailure(11, "    weights: {price: 1.25, units: -0.25}"))
        .hasMessage(
            "deal.yaml:11:28: preferences.buyer.weights.units: weight -0.25 is negative;"
                + " expected a number >= 0");
  }

  @Test
  void weightsNotSummingToOne_showTheSumAsAPersonWouldWriteIt() {
    // 0.7 + 0.2 is 0.8999999999999999 in binary floating point.
    assertThat(dealFailure(11, "    weights: {price: 0.7, units: 0.2}"))
        .hasMessage(
            "deal.yaml:11:5: preferences.buyer.weights: weights sum to 0.9;"
                + " expected 1 (within 1e-9)");
  }

  @Test
  void textWhereAWeightIsExpected_isRejected() {
    assertThat(dealFailure(11, "    weights: {price: high, units: 0.25}"))
        .hasMessage(
            "deal.yaml:11:15: preferences.buyer.weights.price:"
                + " expected a weight (a number >= 0), got the text \"high\"");
  }

  @Test
  void yamlNotANumber_isRejectedNotThrownAsAParseError() {
    assertThat(dealFailure(11, "    weights: {price: .nan, units: 0.25}"))
        .hasMessage(
            "deal.yaml:11:15: preferences.buyer.weights.price:"
                + " expected a weight (a number >= 0), got .nan, which is not a finite decimal");
  }

  @Test
  void hexadecimalWeight_isRejectedNotThrownAsAParseError() {
    assertThat(dealFailure(11, "    weights: {price: 0x1, units: 0}"))
        .hasMessage(
            "deal.yaml:11:15: preferences.buyer.weights.price:"
                + " expected a weight (a number >= 0), got 0x1, which is not a finite decimal");
  }

  @Test
  void weightsAsAList_areRejected() {
    assertThat(dealFailure(11, "    weights: [0.75, 0.25]"))
        .hasMessage(
            "deal.yaml:11:5: preferences.buyer.weights:"
                + " expected a map of issue id to weight, got a list");
  }

  @Test
  void scoreForALabelNotInTheIssue_listsTheLabels() {
    assertThat(dealFailure(13, "      price: {low: 1.0, mid: 0.5, top: 0.0}"))
        .hasMessage(
            "deal.yaml:13:35: preferences.buyer.values.price.top: issue 'price' has no value 'top';"
                + " its values are low, mid, high");
  }

  @Test
  void missingScoreForALabel_namesTheLabel() {
    assertThat(dealFailure(13, "      price: {low: 1.0, mid: 0.5}"))
        .hasMessage(
            "deal.yaml:13:7: preferences.buyer.values.price: missing score for value 'high'"
                + " of issue 'price'; every value needs a score in [0, 1]");
  }

  @Test
  void scoreAboveOne_isRejected() {
    assertThat(dealFailure(13, "      price: {low: 1.5, mid: 0.5, high: 0.0}"))
        .hasMessage(
            "deal.yaml:13:15: preferences.buyer.values.price.low: score 1.5 outside [0, 1]");
  }

  @Test
  void negativeLinearScore_isRejected() {
    assertThat(dealFailure(14, "      units: {from: -0.1, to: 1.0}"))
        .hasMessage(
            "deal.yaml:14:15: preferences.buyer.values.units.from: score -0.1 outside [0, 1]");
  }

  @Test
  void valueFunctionForUnknownIssue_listsTheIssues() {
    assertThat(dealFailure(14, "      units: {from: 0.0, to: 1.0}\n      colour: {red: 1.0}"))
        .hasMessage(
            "deal.yaml:15:7: preferences.buyer.values.colour: unknown issue 'colour';"
                + " issues are price, units");
  }

  @Test
  void missingValueFunctionForAWeightedIssue_namesTheIssueAndWeight() {
    assertThat(dealFailure(14, "      # units left out"))
        .hasMessage(
            "deal.yaml:12:5: preferences.buyer.values: missing value function for issue 'units',"
                + " which has weight 0.25");
  }

  @Test
  void tableForARangeIssue_saysWhichKeysALinearFunctionTakes() {
    assertThat(dealFailure(14, "      units: {low: 1.0}"))
        .hasMessage(
            "deal.yaml:14:15: preferences.buyer.values.units.low: unknown key 'low'"
                + " in a linear value function; expected one of from, to");
  }

  @Test
  void triangularPeakOutsideTheRange_showsTheRange() {
    assertThat(dealFailure(22, "      units: {from: 0.2, peak: 9, to: 0.5}"))
        .hasMessage(
            "deal.yaml:22:26: preferences.seller.values.units.peak: peak 9 outside the range"
                + " [0, 8] of issue 'units'");
  }

  @Test
  void triangularPeakScoreAboveOne_isRejected() {
    assertThat(dealFailure(22, "      units: {from: 0.2, peak: 6, peak_score: 2, to: 0.5}"))
        .hasMessage(
            "deal.yaml:22:35: preferences.seller.values.units.peak_score: score 2 outside [0, 1]");
  }

  @Test
  void reservationAboveOne_isRejected() {
    var e = dealFailure(15, "    reservation: 1.4");

    assertThat(e)
        .hasMessage(
            "deal.yaml:15:5: preferences.buyer.reservation: reservation 1.4 outside [0, 1]");
    assertThat(e.problem()).isEqualTo("reservation 1.4 outside [0, 1]");
  }

  @Test
  void textWhereAReservationIsExpected_isRejected() {
    assertThat(dealFailure(15, "    reservation: \"0.25\""))
        .hasMessage(
            "deal.yaml:15:5: preferences.buyer.reservation:"
                + " expected reservation (a number in [0, 1]), got the text \"0.25\"");
  }

  @Test
  void zeroDiscount_isRejected() {
    assertThat(dealFailure(15, "    discount: 0"))
        .hasMessage(
            "deal.yaml:15:5: preferences.buyer.discount: discount 0 outside (0, 1];"
                + " expected a number > 0 and <= 1");
  }

  @Test
  void discountAboveOne_isRejected() {
    assertThat(dealFailure(15, "    discount: 1.5"))
        .hasMessage(
            "deal.yaml:15:5: preferences.buyer.discount: discount 1.5 outside (0, 1];"
                + " expected a number > 0 and <= 1");
  }
}
