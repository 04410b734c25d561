package io.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.DiscreteIssue;
import io.parley.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GeniusWeb number ranges and number utilities (geniusweb {@code NumberValueSetTest} form). */
class GeniusWebNumberTest {
  @TempDir Path dir;

  @Test
  void aRangeBecomesItsDecimalValuesAndNumberUtilitiesInterpolateQuantized() throws IOException {
    String domain =
        """
        {"name": "deal", "issuesValues": {
          "amount": {"range": {"low": 12.2, "high": 12.6, "step": 0.3}},
          "units": {"range": {"low": 0, "high": 3, "step": 1}},
          "colour": {"values": ["red", "blue"]}}}
        """;
    Path domainFile = Files.writeString(dir.resolve("deal.json"), domain);
    Path profile =
        Files.writeString(
            dir.resolve("buyer.json"),
            """
            {"LinearAdditiveUtilitySpace": {
              "issueUtilities": {
                "amount": {"NumberValueSetUtilities":
                    {"lowValue": 12.2, "lowUtility": 0.4, "highValue": 12.6, "highUtility": 0.9}},
                "units": {"numberutils":
                    {"lowValue": 0, "lowUtility": 1, "highValue": 3, "highUtility": 0}},
                "colour": {"discreteutils": {"valueUtilities": {"red": 1, "blue": 0}}}},
              "issueWeights": {"amount": 0.5, "units": 0.25, "colour": 0.25},
              "domain": %s,
              "name": "buyer",
              "reservationBid": {"issuevalues": {"amount": 12.5, "units": 1, "colour": "blue"}}}}
            """
                .formatted(domain));
    ImportedScenario imported = ScenarioSource.load(domainFile, profile);
    Scenario s = imported.scenario();
    // 12.2 + k·0.3 <= 12.6: 12.2 and 12.5 only.
    assertThat(((DiscreteIssue) s.space().issue(0)).labels()).containsExactly("12.2", "12.5");
    assertThat(((DiscreteIssue) s.space().issue(1)).labels()).containsExactly("0", "1", "2", "3");
    // amount 12.5: 0.4 + 0.5·(12.5 − 12.2)/(12.6 − 12.2) = 0.775; units 1: 1 − 1/3 = 0.66666667
    // (quantized to 8 decimals, half up); colour blue: 0.
    double expected = 0.5 * 0.775 + 0.25 * 0.66666667 + 0.25 * 0.0;
    assertThat(Outcomes.utility(s, "buyer", "12.5", "1", "blue")).isEqualTo(expected);
    // units 2: 1 − 2/3 = 0.33333333.
    assertThat(Outcomes.utility(s, "buyer", "12.2", "2", "red"))
        .isEqualTo(0.5 * 0.4 + 0.25 * 0.33333333 + 0.25 * 1.0);
    ImportedProfile buyer = imported.profiles().get(0);
    assertThat(buyer.reservationBid()).contains(Outcomes.of(s.space(), "12.5", "1", "blue"));
    // GeniusWeb's exact decimal: 0.3875 + 0.1666666675 + 0 = 0.5541666675.
    assertThat(buyer.preferences().reservation()).isEqualTo(0.5541666675);
  }
}
