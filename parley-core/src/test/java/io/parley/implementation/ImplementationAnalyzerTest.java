package io.parley.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.outcome.Outcome;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The Cairo example's phased plan, checked against hand computation. */
class ImplementationAnalyzerTest {
  private static final Scenario CAIRO =
      ScenarioReader.read(Path.of("..", "examples", "cairo-2024.yaml"));

  private static ImplementationReport report() {
    ImplementationPlan plan = CAIRO.followThrough().implementation().orElseThrow();
    return ImplementationAnalyzer.analyze(CAIRO, plan, plan.terms().orElseThrow(), "plan");
  }

  @Test
  void stepValues_areSharesOfEachPartysOwnUtilityChange() {
    StepReport truce = report().planned().steps().get(0);

    // Ceasefire none -> extended-truce, half of it: Israel 0.5 * 0.2 * (0.5 - 1.0),
    // Hamas 0.5 * 0.35 * (0.6 - 0.0).
    assertThat(truce.values().get("israel")).isCloseTo(-0.05, within(1e-12));
    assertThat(truce.values().get("hamas")).isCloseTo(0.105, within(1e-12));
    assertThat(truce.exposure().get("israel")).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void exposureAfterAllSteps_isMinusTheUtilityChangeFromTheStatusQuo() {
    ImplementationPlan plan = CAIRO.followThrough().implementation().orElseThrow();
    Outcome terms = plan.terms().orElseThrow();
    var last = report().planned().steps().get(plan.steps().size() - 1);
    for (String party : CAIRO.negotiatingParties()) {
      var u = CAIRO.preferences().get(party).utility();
      assertThat(last.exposure().get(party))
          .isCloseTo(u.utility(plan.statusQuo()) - u.utility(terms), within(1e-9));
    }
  }

  @Test
  void plannedOrder_isNotSelfEnforcing_hamasGainsAtTheFinalRelease() {
    ImplementationReport report = report();

    assertThat(report.termsFeasible()).isFalse();
    assertThat(report.planned().selfEnforcing()).isFalse();
    assertThat(report.planned().largestExposure()).isCloseTo(0.092, within(1e-12));
    StepReport release = report.planned().steps().get(5);
    assertThat(release.step()).isEqualTo("remaining-release");
    // Hamas avoids giving 0.06 (the release) and 0.1 (the office) and forgoes nothing more;
    // Qatar's and Egypt's penalties are 0.15.
    assertThat(release.defectionGain().getAsDouble()).isCloseTo(0.01, within(1e-12));
    assertThat(report.planned().steps())
        .filteredOn(StepReport::defectionPays)
        .extracting(StepReport::step)
        .containsExactly("remaining-release");
  }

  @Test
  void bestOrder_signsTheGuaranteesAfterTheRelease_andIsSelfEnforcing() {
    ImplementationReport report = report();

    assertThat(report.best().order())
        .containsExactly(
            "truce-begins",
            "first-release",
            "rafah-postponed",
            "truce-extended",
            "remaining-release",
            "guarantees-signed",
            "office-relocated");
    assertThat(report.best().largestExposure()).isCloseTo(0.05, within(1e-12));
    assertThat(report.best().selfEnforcing()).isTrue();
  }
}
