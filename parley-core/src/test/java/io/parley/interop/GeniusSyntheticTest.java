package io.parley.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.outcome.DiscreteIssue;
import io.parley.preference.HyperRectangleUtility;
import io.parley.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GENIUS features the shared domains do not exercise: real issues and their evaluators, nested
 * objectives, an unreliable {@code number_of_issues}, the discount validity rule, absent
 * reservation and type, and non-linear min/max aggregation with nested functions and weights.
 */
class GeniusSyntheticTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static final String DOMAIN =
      """
      <negotiation_template><utility_space number_of_issues="7">
      <objective index="0" name="root">
        <issue index="1" name="Colour" vtype="discrete">
          <item index="9" value="red"/><item index="3" value="blue"/>
        </issue>
        <objective index="5" name="money">
          <issue index="2" name="Price" type="REAL"><range lowerbound="10.0" upperbound="40.0"/></issue>
          <issue index="3" name="Bonus" type="real"><range lowerbound="0" upperbound="1"/></issue>
        </objective>
        <issue index="4" name="Shade" type="real"><range lowerbound="0" upperbound="10"/></issue>
      </objective>
      </utility_space></negotiation_template>
      """;

  @Test
  void realIssuesBecomeGridsAndNestedObjectivesAreFlattened() throws IOException {
    Path domain = file("d.xml", DOMAIN);
    Path profile =
        file(
            "p.xml",
            """
            <utility_space>
            <objective index="0" name="root">
              <issue index="1" name="Colour">
                <item value="red" evaluation="0"/><item value="blue" evaluation="0.000001"/>
              </issue>
              <weight index="1" value="0.1"/>
              <objective index="5" name="money">
                <issue index="2" name="Price" type="real"><range lowerbound="10" upperbound="40"/>
                  <evaluator ftype="linear" parameter0="1.5" parameter1="-0.04"/></issue>
                <issue index="3" name="Bonus" type="real"><range lowerbound="0" upperbound="1"/>
                  <evaluator ftype="constant" parameter0="0.25"/></issue>
                <weight index="2" value="0.5"/><weight index="3" value="0.2"/>
              </objective>
              <weight index="5" value="0.9"/>
              <issue index="4" name="Shade" type="real"><range lowerbound="0" upperbound="10"/>
                <evaluator ftype="triangular" parameter0="0" parameter1="10" parameter2="4"/></issue>
              <weight index="4" value="0.2"/>
            </objective>
            <discount_factor value="0"/>
            </utility_space>
            """);
    ImportedScenario imported = ScenarioSource.load(domain, profile);
    Scenario s = imported.scenario();
    // Pre-order: Colour, then Price and Bonus inside "money", then Shade; 11 grid points each.
    assertThat(s.space().issues().stream().map(i -> i.name()))
        .containsExactly("Colour", "Price", "Bonus", "Shade");
    assertThat(((DiscreteIssue) s.space().issue(0)).labels()).containsExactly("red", "blue");
    assertThat(((DiscreteIssue) s.space().issue(1)).labels())
        .containsExactly("10", "13", "16", "19", "22", "25", "28", "31", "34", "37", "40");
    assertThat(s.space().issue(2).labelAt(3)).isEqualTo("0.30000000000000004");
    // Colour's largest evaluation is below 0.00001: EvaluatorDiscrete scores every value 0.
    // Price 19: clip(-0.04·19 + 1.5) = 0.74 — no shift by the lower bound. Bonus: constant 0.25.
    // Shade 6: triangular (0, 10, top 4): 1 − (6 − 4)/(10 − 4). Weights as written (sum 1.0).
    assertThat(Outcomes.utility(s, "p", "blue", "19", "0.5", "6"))
        .isEqualTo(0.1 * 0.0 + 0.5 * (-0.04 * 19.0 + 1.5) + 0.2 * 0.25 + 0.2 * (1 - (6.0 - 4) / 6));
    // Price 10: -0.4 + 1.5 = 1.1, clipped to 1.
    assertThat(Outcomes.utility(s, "p", "red", "10", "0", "4"))
        .isEqualTo(0.5 * 1.0 + 0.2 * 0.25 + 0.2 * 1.0, within(1e-15));
    ImportedProfile p = imported.profiles().get(0);
    assertThat(p.kind()).isEqualTo(ProfileKind.GENIUS_LINEAR);
    // Discount 0 is discarded by validateDiscount: no discount; no <reservation>: 0.
    assertThat(p.preferences().discount()).isEqualTo(1.0);
    assertThat(p.fileDiscount()).contains(0.0);
    assertThat(p.warnings()).anyMatch(n -> n.contains("discount factor 0.0 is outside (0, 1]"));
    assertThat(p.warnings())
        .anyMatch(
            w -> w.contains("no <reservation value") && w.contains("assumed reservation value 0"));
    assertThat(p.preferences().reservation()).isZero();
  }

  @Test
  void aDiscountAboveOneIsDiscardedToo() throws IOException {
    Path domain =
        file(
            "d.xml",
            "<utility_space><objective index=\"0\"><issue index=\"1\" name=\"x\">"
                + "<item value=\"a\"/><item value=\"b\"/></issue></objective></utility_space>");
    Path profile =
        file(
            "p.xml",
            "<utility_space><objective index=\"0\"><issue index=\"1\" name=\"x\">"
                + "<item value=\"a\" evaluation=\"1\"/><item value=\"b\" evaluation=\"4\"/>"
                + "</issue><weight index=\"1\" value=\"1\"/></objective>"
                + "<discount_factor value=\"1.5\"/><reservation value=\"0.25\"/></utility_space>");
    ImportedScenario imported = ScenarioSource.load(domain, profile);
    assertThat(imported.profiles().get(0).preferences().discount()).isEqualTo(1.0);
    assertThat(imported.profiles().get(0).preferences().reservation()).isEqualTo(0.25);
    assertThat(Outcomes.utility(imported.scenario(), "p", "a")).isEqualTo(0.25);
  }

  @Test
  void nonlinearMinMaxAndNestedFunctionsFollowGenius() throws IOException {
    Path domain =
        file(
            "d.xml",
            """
            <negotiation_template><utility_space><objective index="0" name="root">
              <issue index="1" name="a" type="integer" lowerbound="0" upperbound="4"/>
              <issue index="2" name="b" type="integer" lowerbound="0" upperbound="4"/>
            </objective></utility_space></negotiation_template>
            """);
    Path profile =
        file(
            "p.xml",
            """
            <utility_space type="NonLinear"><objective index="0" name="root">
              <utility maxutility="20">
                <ufun type="PlainUfun" weight="7" aggregation="max">
                  <hyperRectangle utility="5"/>
                  <hyperRectangle utility="4" weight="3"><INCLUDES index="1" min="2" max="4"/></hyperRectangle>
                  <ufun aggregation="min" weight="2">
                    <hyperRectangle utility="10"><EXCLUDES index="2" min="0" max="1"/></hyperRectangle>
                    <hyperRectangle utility="6"/>
                  </ufun>
                </ufun>
              </utility>
            </objective><reservation value="0.1"/></utility_space>
            """);
    Scenario s = ScenarioSource.load(domain, profile).scenario();
    assertThat(Outcomes.utility(s, "p")).isInstanceOf(HyperRectangleUtility.class);
    // a=0, b=0: max(5, 0 [a outside 2..4], 2·min(0 [b inside 0..1], 6)) = 5; root weight 7 unused.
    assertThat(Outcomes.utility(s, "p", 0, 0)).isEqualTo(5.0 / 20);
    // a=3, b=0: max(5, 4·3 = 12, 2·min(0, 6)) = 12.
    assertThat(Outcomes.utility(s, "p", 3, 0)).isEqualTo(12.0 / 20);
    // a=0, b=3: max(5, 0, 2·min(10, 6) = 12) = 12.
    assertThat(Outcomes.utility(s, "p", 0, 3)).isEqualTo(12.0 / 20);
    assertThat(s.preferences().get("p").reservation()).isEqualTo(0.1);
  }

  @Test
  void nonlinearUtilityIsCappedAtOne() throws IOException {
    Path domain =
        file(
            "d.xml",
            "<utility_space><objective index=\"0\"><issue index=\"1\" name=\"a\" type=\"integer\""
                + " lowerbound=\"0\" upperbound=\"1\"/></objective></utility_space>");
    Path profile =
        file(
            "p.xml",
            "<utility_space type=\"nonlinear\"><objective index=\"0\"><utility maxutility=\"10\">"
                + "<ufun aggregation=\"sum\"><hyperRectangle utility=\"8\"/>"
                + "<hyperRectangle utility=\"8\"><INCLUDES index=\"1\" min=\"1\" max=\"1\"/>"
                + "</hyperRectangle></ufun></utility></objective></utility_space>");
    Scenario s = ScenarioSource.load(domain, profile).scenario();
    assertThat(Outcomes.utility(s, "p", 0)).isEqualTo(0.8);
    assertThat(Outcomes.utility(s, "p", 1)).isEqualTo(1.0); // 16 / 10, capped
  }
}
