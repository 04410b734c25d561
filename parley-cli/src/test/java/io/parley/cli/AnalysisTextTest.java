package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.Analysis;
import io.parley.analysis.Conflict;
import io.parley.analysis.Constraint;
import io.parley.analysis.Deadlock;
import io.parley.analysis.Relaxation;
import io.parley.analysis.Solution;
import io.parley.analysis.SolutionConcept;
import io.parley.outcome.Outcome;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalysisTextTest {
  private final Scenario scenario =
      ScenarioReader.parse(
          "tiny.yaml",
          """
          name: tiny
          parties: [{id: a}, {id: b}]
          issues: [{id: p, values: [x, y]}, {id: q, range: {min: 1, max: 3}}]
          preferences:
            a: {weights: {p: 1, q: 0}, values: {p: {x: 1, y: 0}}, reservation: 0.9}
            b: {weights: {p: 1, q: 0}, values: {p: {x: 0, y: 1}}, reservation: 0.9}
          """,
          false);

  @Test
  void print_uncountedZoneAndFrontier_saySoAndShowNotes() {
    var analysis =
        new Analysis(
            "tiny",
            List.of("a", "b"),
            List.of(0.9, 0.9),
            BigInteger.valueOf(6),
            BigInteger.valueOf(6),
            Optional.empty(),
            Optional.empty(),
            Map.of(),
            Optional.empty(),
            Map.of(),
            List.of("the zone is too large to count", "the frontier is too large"));

    String text = print(analysis);

    assertThat(text)
        .contains("ZOPA:      not computed exactly")
        .contains("Pareto frontier: not computed")
        .contains("Notes:", "  - the zone is too large to count", "  - the frontier is too large");
  }

  @Test
  void print_deadlock_showsSummaryConflictsAndRelaxationPackages() {
    var nash = new Solution(Outcome.of(1, 2), List.of(0.0, 1.0), 0.0);
    var conflict =
        new Conflict(
            List.of(new Constraint.Reservation("a", 0.9), new Constraint.Reservation("b", 0.9)),
            "a and b cannot both get 0.9");
    var relaxation =
        new Relaxation(
            List.of("lower a's reservation to 0"),
            List.of(),
            Map.of("a", 0.0),
            "Lower a's reservation from 0.9 to 0",
            Optional.of(BigInteger.ONE),
            Map.of(SolutionConcept.NASH, nash));
    var analysis =
        new Analysis(
            "tiny",
            List.of("a", "b"),
            List.of(0.9, 0.9),
            BigInteger.valueOf(6),
            BigInteger.valueOf(6),
            Optional.of(BigInteger.ZERO),
            Optional.of(List.of()),
            Map.of(),
            Optional.of(
                new Deadlock(
                    "No zone: both want p.", List.of(conflict), List.of(relaxation), false)),
            Map.of(),
            List.of());

    String text = print(analysis);

    assertThat(text)
        .contains("Solutions: none")
        .contains("Deadlock: No zone: both want p.")
        .contains("    1. a and b cannot both get 0.9")
        .contains("    1. Lower a's reservation from 0.9 to 0")
        .contains("opens a zone of 1 outcome\n")
        .contains("Nash package: p=y, q=3")
        .contains("a=0.0000 b=1.0000")
        .contains("the search was cut short")
        .doesNotContain("Notes:");
  }

  private String print(Analysis analysis) {
    var out = new StringWriter();
    AnalysisText.print(scenario, analysis, new PrintWriter(out));
    return out.toString().replace(System.lineSeparator(), "\n");
  }
}
