package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.generation.GenerationSpec;
import io.parley.generation.ScenarioGenerator;
import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 4 (single-text half): over random seeded scenarios, no party robot of any
 * registered negotiator strategy proposes an amendment that lowers its own utility against the
 * draft it answers, and none accepts a text below its reservation or across its red lines. The
 * strategies are read from the registry, so every strategy added there is covered.
 */
class SingleTextSelfHarmTest {
  private static final GenerationSpec THIN = GenerationSpec.defaults().withZone(0.001, 0.05);
  private static final GenerationSpec WIDE = GenerationSpec.defaults().withZone(0.05, 1.0);

  /** Random texts put straight to each robot, at rising progress. */
  @Test
  void everyStrategy_reviewingRandomTexts_neverAsksForWhatHarmsIt() {
    Map<String, Integer> checked = new HashMap<>();
    for (long seed = 1; seed <= 40; seed++) {
      Scenario scenario = new ScenarioGenerator(seed % 2 == 0 ? THIN : WIDE).generate(seed);
      var random = new SplittableRandom(seed);
      for (String name : Strategies.negotiatorNames()) {
        for (String party : scenario.negotiatingParties()) {
          Preferences preferences = scenario.preferences().get(party);
          Negotiator robot = Strategies.negotiator(name);
          robot.start(
              new NegotiatorContext(
                  party,
                  preferences,
                  scenario.space(),
                  scenario.parties(),
                  ProtocolKind.SINGLE_TEXT.key(),
                  50,
                  new SplittableRandom(seed)));
          for (int round = 1; round <= 50; round++) {
            Outcome text = scenario.space().outcomeAt(random.nextLong(outcomes(scenario)));
            Action action = robot.act(new Request.Review(round, round / 50.0, round, text, "m"));
            String where = name + " as " + party + " of " + scenario.name() + ", round " + round;
            check(preferences, text, action, where);
            checked.merge(name, 1, Integer::sum);
          }
        }
      }
    }
    assertThat(checked.keySet()).containsAll(Strategies.negotiatorNames());
  }

  /** Whole single-text runs under every mediator: every answer the robots give on the record. */
  @Test
  void everyStrategy_everyMediator_inRuns_neverAsksForWhatHarmsIt() {
    int amendments = 0;
    for (long seed = 1; seed <= 20; seed++) {
      Scenario scenario = new ScenarioGenerator(seed % 2 == 0 ? THIN : WIDE).generate(100 + seed);
      for (String name : Strategies.negotiatorNames()) {
        for (String mediator : Strategies.mediatorNames()) {
          List<String> negotiators = new ArrayList<>();
          scenario.negotiatingParties().forEach(p -> negotiators.add(name));
          List<Event> events =
              Runs.run(scenario, ProtocolKind.SINGLE_TEXT, 40, negotiators, mediator, seed);
          Map<Integer, Outcome> texts = new HashMap<>();
          for (Event event : events) {
            String where = name + " under " + mediator + " in " + scenario.name() + ": " + event;
            if (event.payload() instanceof Payload.TextDrafted drafted) {
              texts.put(drafted.version(), drafted.text());
            } else if (event.payload() instanceof Payload.Amended amended) {
              Preferences preferences = scenario.preferences().get(event.sender());
              check(
                  preferences,
                  texts.get(amended.version()),
                  new Action.Amend(amended.amendments()),
                  where);
              amendments++;
            } else if (event.payload() instanceof Payload.Accepted accepted) {
              Preferences preferences = scenario.preferences().get(event.sender());
              assertThat(RandomScenarios.acceptable(preferences, accepted.outcome()))
                  .as("%s accepts below its reservation or across its red lines", where)
                  .isTrue();
            }
          }
        }
      }
    }
    assertThat(amendments).as("the runs had amendments to check").isPositive();
  }

  private static void check(Preferences preferences, Outcome text, Action action, String where) {
    long before = RandomScenarios.ticks(preferences, text);
    if (action instanceof Action.Accept) {
      assertThat(RandomScenarios.acceptable(preferences, text))
          .as("%s accepted %s, below its reservation or across its red lines", where, text)
          .isTrue();
    } else if (action instanceof Action.Amend amend) {
      Outcome all = text;
      for (Amendment amendment : amend.amendments()) {
        long after =
            RandomScenarios.ticks(preferences, text.with(amendment.issue(), amendment.value()));
        assertThat(after)
            .as("%s: amendment %s lowers its own utility against %s", where, amendment, text)
            .isGreaterThanOrEqualTo(before);
        all = all.with(amendment.issue(), amendment.value());
      }
      assertThat(RandomScenarios.ticks(preferences, all))
          .as("%s: amendments %s together lower its own utility", where, amend.amendments())
          .isGreaterThanOrEqualTo(before);
    }
  }

  private static long outcomes(Scenario scenario) {
    return scenario.space().size().longValueExact();
  }
}
