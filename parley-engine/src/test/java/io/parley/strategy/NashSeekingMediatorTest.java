package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.Analysis;
import io.parley.analysis.Analyzer;
import io.parley.analysis.SolutionConcept;
import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NashSeekingMediatorTest {

  private static NashSeekingMediator started(Scenario scenario, Map<String, Preferences> confided) {
    var mediator = new NashSeekingMediator();
    mediator.start(Contexts.mediator(scenario, confided, 1));
    return mediator;
  }

  @Test
  void start_everyoneConfided_zoneNotEmpty_proposesTheAnalysisNashPackageAndKeepsIt() {
    int checked = 0;
    for (long seed = 1; seed <= 100; seed++) {
      Scenario scenario = RandomScenarios.scenario(seed, 2 + (int) (seed % 2));
      var nash = Analyzer.analyze(scenario).solution(SolutionConcept.NASH);
      if (nash.isEmpty()) {
        continue;
      }
      var mediator = started(scenario, scenario.preferences());
      var amend = new Action.Amend(List.of(new Amendment(0, 0, "")));

      assertThat(mediator.target()).as("seed %d", seed).contains(nash.get().outcome());
      assertThat(mediator.draft(new DraftRequest(1, 0, Optional.empty(), Map.of())))
          .isEqualTo(nash.get().outcome());
      assertThat(
              mediator.draft(
                  new DraftRequest(2, 0.5, Optional.of(nash.get().outcome()), Map.of("p1", amend))))
          .isEqualTo(nash.get().outcome());
      checked++;
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void start_zoneEmpty_proposesTheFeasiblePackageThatFallsLeastShort() {
    int checked = 0;
    for (long seed = 1; seed <= 300; seed++) {
      Scenario scenario = RandomScenarios.scenario(seed, 2);
      Analysis analysis = Analyzer.analyze(scenario);
      if (analysis.deadlock().isEmpty() || analysis.feasible().signum() == 0) {
        continue;
      }
      var mediator = started(scenario, scenario.preferences());

      assertThat(mediator.target()).as("seed %d", seed).isPresent();
      assertThat(smallestGain(scenario, mediator.target().get()))
          .as("seed %d", seed)
          .isEqualTo(bestSmallestGain(scenario));
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void start_somePreferencesMissing_splitsTheDifference() {
    Scenario scenario = RandomScenarios.scenario(5, 2);
    var mediator = started(scenario, Map.of("p1", scenario.preferences().get("p1")));

    assertThat(mediator.target()).isEmpty();
    assertThat(mediator.draft(new DraftRequest(1, 0, Optional.empty(), Map.of())))
        .isEqualTo(SplitTheDifferenceMediator.middle(scenario.space()));
  }

  /** min over parties of (u_p − r_p) in ticks, or null if the outcome breaks a red line. */
  private static Long smallestGain(Scenario scenario, Outcome outcome) {
    long gain = Long.MAX_VALUE;
    for (Preferences preferences : scenario.preferences().values()) {
      if (!preferences.allows(outcome.valueIndices())) {
        return null;
      }
      gain =
          Math.min(
              gain,
              RandomScenarios.ticks(preferences, outcome)
                  - io.parley.analysis.UtilityScale.toTicks(preferences.reservation()));
    }
    return gain;
  }

  /** The brute-force maximum of {@link #smallestGain} over the feasible outcomes. */
  private static long bestSmallestGain(Scenario scenario) {
    long best = Long.MIN_VALUE;
    long size = scenario.space().size().longValueExact();
    for (long code = 0; code < size; code++) {
      Long gain = smallestGain(scenario, scenario.space().outcomeAt(code));
      if (gain != null) {
        best = Math.max(best, gain);
      }
    }
    return best;
  }
}
