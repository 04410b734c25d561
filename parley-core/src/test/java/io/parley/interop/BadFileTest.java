package io.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad GENIUS and GeniusWeb files: each is refused with a {@link ScenarioException} whose message
 * names the file, the element (or key path) and what was expected.
 */
class BadFileTest {
  private static final String DOMAIN =
      """
      <negotiation_template>
      <utility_space number_of_issues="0">
      <objective index="0" name="root" type="objective" etype="objective">
        <issue index="1" name="Laptop" type="discrete" etype="discrete" vtype="discrete">
          <item index="1" value="Dell"/>
          <item index="2" value="HP"/>
        </issue>
        <issue index="2" name="Guns" type="integer" etype="integer" vtype="integer"
               lowerbound="1" upperbound="10"/>
      </objective>
      </utility_space>
      </negotiation_template>
      """;

  private static final String PROFILE =
      """
      <utility_space>
      <objective index="0" name="root" type="objective" etype="objective">
        <issue index="1" name="Laptop" type="discrete" etype="discrete" vtype="discrete">
          <item index="1" value="Dell" evaluation="12"/>
          <item index="2" value="HP" evaluation="30"/>
        </issue>
        <issue index="2" name="Guns" type="integer" etype="integer" vtype="integer"
               lowerbound="1" upperbound="10">
          <evaluator ftype="linear" slope="0.1" offset="0.1"/>
        </issue>
        <weight index="1" value="0.6"/>
        <weight index="2" value="0.4"/>
      </objective>
      <reservation value="0.2"/>
      </utility_space>
      """;

  private static final String WEB_DOMAIN =
      """
      {"name": "flights", "issuesValues": {
        "price": {"values": ["low", "high"]},
        "seat": {"values": ["aisle", "window"]}}}
      """;

  private static final String WEB_PROFILE =
      """
      {"LinearAdditiveUtilitySpace": {
        "issueUtilities": {
          "price": {"DiscreteValueSetUtilities": {"valueUtilities": {"low": 1.0, "high": 0.2}}},
          "seat": {"discreteutils": {"valueUtilities": {"aisle": 0.5, "window": 1}}}},
        "issueWeights": {"price": 0.7, "seat": 0.3},
        "domain": {"name": "flights", "issuesValues": {
          "price": {"values": ["low", "high"]},
          "seat": {"values": ["aisle", "window"]}}},
        "name": "buyer"}}
      """;

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** Loads domain.xml with a profile {@code bad.xml} of the given text. */
  private AbstractThrowableAssert<?, ? extends Throwable> genius(String profile)
      throws IOException {
    Path domain = file("domain.xml", DOMAIN);
    Path bad = file("bad.xml", profile);
    return assertThatThrownBy(() -> ScenarioSource.load(domain, bad))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining(bad.toString());
  }

  /** Loads domain.json with a profile {@code bad.json} of the given text. */
  private AbstractThrowableAssert<?, ? extends Throwable> geniusWeb(String profile)
      throws IOException {
    Path domain = file("domain.json", WEB_DOMAIN);
    Path bad = file("bad.json", profile);
    return assertThatThrownBy(() -> ScenarioSource.load(domain, bad))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining(bad.toString());
  }

  @Test
  void theFixturesThemselvesAreGood() throws IOException {
    ScenarioSource.load(file("domain.xml", DOMAIN), file("a.xml", PROFILE));
    ScenarioSource.load(file("domain.json", WEB_DOMAIN), file("a.json", WEB_PROFILE));
  }

  @Test
  void missingProfileFile_namesTheFile() throws IOException {
    Path domain = file("domain.xml", DOMAIN);
    Path missing = dir.resolve("seller.xml");
    assertThatThrownBy(() -> ScenarioSource.load(domain, missing))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(missing + ": no such file or directory");
  }

  @Test
  void profileIssueIndexNotInTheDomain() throws IOException {
    genius(PROFILE.replace("<issue index=\"2\" name=\"Guns\"", "<issue index=\"9\" name=\"Guns\""))
        .hasMessageContaining("utility_space/objective[index=0]/issue[index=9]")
        .hasMessageContaining("issue index 9 is not in the domain")
        .hasMessageContaining("its issue indices are 1, 2");
  }

  @Test
  void weightIndexNotInTheDomain() throws IOException {
    genius(
            PROFILE.replace(
                "<weight index=\"2\" value=\"0.4\"/>",
                "<weight index=\"2\" value=\"0.4\"/><weight index=\"7\" value=\"0.1\"/>"))
        .hasMessageContaining("weight[index=7]")
        .hasMessageContaining("weight for index 7, which is not an issue of the domain");
  }

  @Test
  void malformedXml_givesTheLine() throws IOException {
    genius(PROFILE.replace("<reservation value=\"0.2\"/>", "<reservation value=\"0.2\">"))
        .hasMessageMatching("(?s).*bad\\.xml:\\d+:\\d+: malformed XML: .*");
  }

  @Test
  void valueNotInTheDomain() throws IOException {
    genius(PROFILE.replace("value=\"HP\" evaluation=\"30\"", "value=\"Toshiba\" evaluation=\"30\""))
        .hasMessageContaining("issue[index=1]/item[value=\"Toshiba\"]")
        .hasMessageContaining("value \"Toshiba\" is not a value of issue 'Laptop' in the domain")
        .hasMessageContaining("expected one of \"Dell\", \"HP\"");
  }

  @Test
  void negativeWeight() throws IOException {
    genius(PROFILE.replace("value=\"0.4\"", "value=\"-0.4\""))
        .hasMessageContaining("weight[index=2]")
        .hasMessageContaining("weight -0.4 is negative; expected a number >= 0");
  }

  @Test
  void missingEvaluationForADomainValue() throws IOException {
    genius(PROFILE.replace("<item index=\"2\" value=\"HP\" evaluation=\"30\"/>", ""))
        .hasMessageContaining("issue[index=1]")
        .hasMessageContaining("no evaluation for value \"HP\" of issue 'Laptop'")
        .hasMessageContaining("expected an <item value=\"HP\" evaluation=\"..\"/>");
  }

  @Test
  void missingWeight() throws IOException {
    genius(PROFILE.replace("<weight index=\"2\" value=\"0.4\"/>", ""))
        .hasMessageContaining("issue[index=2]")
        .hasMessageContaining("no <weight index=\"2\"> beside this issue; expected one");
  }

  @Test
  void reservationOutsideTheUnitInterval() throws IOException {
    genius(PROFILE.replace("<reservation value=\"0.2\"/>", "<reservation value=\"1.5\"/>"))
        .hasMessageContaining("utility_space/reservation")
        .hasMessageContaining("reservation value 1.5 outside [0, 1]");
  }

  @Test
  void evaluatorTypeDisagreesWithTheDomain() throws IOException {
    genius(PROFILE.replace("name=\"Guns\" type=\"integer\"", "name=\"Guns\" type=\"discrete\""))
        .hasMessageContaining("issue[index=2]")
        .hasMessageContaining("treats issue 'Guns' as discrete but the domain declares it integer");
  }

  @Test
  void nonNumericEvaluation() throws IOException {
    genius(PROFILE.replace("evaluation=\"12\"", "evaluation=\"twelve\""))
        .hasMessageContaining("item[value=\"Dell\"]")
        .hasMessageContaining("attribute evaluation=\"twelve\" is not a number >= 0");
  }

  /**
   * Issue 18 turned this refusal into an exact import: an integer line clipped on both sides (once
   * refused, no linear or triangular function reproducing it) becomes a table of GENIUS's scores,
   * with a note that names the file, the line and the evaluator.
   */
  @Test
  void integerEvaluatorClippedOnBothSides_isImportedExactlyAsATable() throws IOException {
    Path domain = file("domain.xml", DOMAIN);
    Path profile =
        file(
            "p.xml",
            PROFILE.replace("slope=\"0.1\" offset=\"0.1\"", "slope=\"0.5\" offset=\"-1.25\""));

    ImportedScenario imported = ScenarioSource.load(domain, profile);

    var guns = imported.scenario().space().issue(1);
    assertThat(guns.size()).isEqualTo(10);
    for (int v = 1; v <= 10; v++) {
      double genius = Math.max(0, Math.min(1, 0.5 * (v - 1) - 1.25));
      double expected = 0.6 * (12.0 / 30) + 0.4 * genius;
      assertThat(Outcomes.utility(imported.scenario(), "p", "Dell", String.valueOf(v)))
          .isEqualTo(expected);
    }
    assertThat(imported.notes())
        .anyMatch(
            n ->
                n.contains(profile.toString())
                    && n.contains("issue[index=2]/evaluator")
                    && n.contains("slope 0.5, offset -1.25 is clipped to [0, 1] on both sides"));
  }

  @Test
  void constraintProfile_isRefusedClearly() throws IOException {
    genius(PROFILE.replace("<utility_space>", "<utility_space type=\"constraint\">"))
        .hasMessageContaining("utility_space: type=\"constraint\"")
        .hasMessageContaining("constraint profiles (ConstraintUtilitySpace) are not supported");
  }

  @Test
  void hyperRectangleMixingIncludesAndExcludes() throws IOException {
    Path domain = file("domain.xml", DOMAIN);
    Path bad =
        file(
            "bad.xml",
            """
            <utility_space type="nonlinear"><objective index="0" name="root">
              <utility maxutility="10"><ufun type="PlainUfun" aggregation="sum">
                <hyperRectangle utility="3">
                  <INCLUDES index="2" min="1" max="4"/><EXCLUDES index="2" min="6" max="9"/>
                </hyperRectangle>
              </ufun></utility>
            </objective></utility_space>
            """);
    assertThatThrownBy(() -> ScenarioSource.load(domain, bad))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining(bad.toString())
        .hasMessageContaining("utility_space/objective[index=0]/utility/ufun/hyperRectangle")
        .hasMessageContaining("both INCLUDES and EXCLUDES bounds");
  }

  @Test
  void domainListingAValueTwice() throws IOException {
    Path domain = file("domain.xml", DOMAIN.replace("value=\"HP\"", "value=\"Dell\""));
    Path profile = file("a.xml", PROFILE);
    assertThatThrownBy(() -> ScenarioSource.load(domain, profile))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining(domain.toString())
        .hasMessageContaining("issue[index=1]/item[value=\"Dell\"]")
        .hasMessageContaining("value \"Dell\" is listed twice; expected unique values");
  }

  @Test
  void malformedJson_givesTheLine() throws IOException {
    geniusWeb(WEB_PROFILE.replace("\"name\": \"buyer\"}}", "\"name\": \"buyer\"}"))
        .hasMessageMatching("(?s).*bad\\.json:\\d+:\\d+: malformed JSON: .*");
  }

  @Test
  void geniusWebWeightsNotSummingToOne() throws IOException {
    geniusWeb(WEB_PROFILE.replace("\"seat\": 0.3}", "\"seat\": 0.2}"))
        .hasMessageContaining("LinearAdditiveUtilitySpace.issueWeights: ")
        .hasMessageContaining("weights sum to 0.9; GeniusWeb requires exactly 1");
  }

  @Test
  void geniusWebNegativeWeight() throws IOException {
    geniusWeb(
            WEB_PROFILE.replace("\"price\": 0.7, \"seat\": 0.3", "\"price\": 1.3, \"seat\": -0.3"))
        .hasMessageContaining("LinearAdditiveUtilitySpace.issueWeights.seat: ")
        .hasMessageContaining("weight -0.3 is negative; expected a number >= 0");
  }

  @Test
  void geniusWebValueNotInTheDomain() throws IOException {
    geniusWeb(WEB_PROFILE.replace("\"high\": 0.2", "\"premium\": 0.2"))
        .hasMessageContaining(
            "LinearAdditiveUtilitySpace.issueUtilities.price.DiscreteValueSetUtilities"
                + ".valueUtilities.premium: ")
        .hasMessageContaining("value \"premium\" is not a value of issue 'price' in the domain");
  }

  @Test
  void geniusWebUtilityOutsideTheUnitInterval() throws IOException {
    geniusWeb(WEB_PROFILE.replace("\"window\": 1}", "\"window\": 1.5}"))
        .hasMessageContaining("issueUtilities.seat.discreteutils.valueUtilities.window: ")
        .hasMessageContaining("utility 1.5 outside [0, 1]");
  }

  @Test
  void geniusWebProfileOverAnotherDomain() throws IOException {
    geniusWeb(
            WEB_PROFILE.replace(
                "\"seat\": {\"values\": [\"aisle\", \"window\"]}}}",
                "\"seat\": {\"values\": [\"aisle\", \"middle\"]}}}"))
        .hasMessageContaining("LinearAdditiveUtilitySpace.domain.issuesValues.seat: ")
        .hasMessageContaining("the profile's domain gives values [aisle, middle]");
  }

  @Test
  void geniusWebUnsupportedProfileType() throws IOException {
    geniusWeb("{\"SumOfGroupsUtilitySpace\": {}}")
        .hasMessageContaining(
            "profile type 'SumOfGroupsUtilitySpace' is not supported; expected"
                + " {\"LinearAdditiveUtilitySpace\": {..}}");
  }

  @Test
  void directoryWithProfilesButNoDomain() throws IOException {
    file("a.xml", PROFILE);
    assertThatThrownBy(() -> ScenarioSource.load(dir))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(dir + ": no GENIUS (.xml) or GeniusWeb (.json) domain file found");
  }

  @Test
  void domainAloneWithoutProfiles() throws IOException {
    Path domain = file("domain.json", WEB_DOMAIN);
    assertThatThrownBy(() -> ScenarioSource.load(domain))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining(domain + ": a GeniusWeb domain alone holds no preferences");
  }
}
