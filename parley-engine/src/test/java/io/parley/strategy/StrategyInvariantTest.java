package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.NegotiationState;
import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Scenario;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import io.parley.session.Timeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The invariant every shipped strategy keeps, over random scenarios with random red lines, every
 * protocol and every mediator: no party offers or accepts a package that breaks its own red lines
 * or falls below its reservation value, and no party's amendments turn the text it answered into
 * such a package.
 */
class StrategyInvariantTest {
  private static final int SCENARIOS = 250;

  @Test
  void everyStrategy_everyProtocol_neverOffersAcceptsOrAmendsTowardWhatItCannotAccept() {
    Map<String, Integer> checkedMoves = new TreeMap<>();
    Map<String, Integer> ends = new TreeMap<>();
    for (long seed = 1; seed <= SCENARIOS; seed++) {
      var random = new SplittableRandom(seed ^ 0x5DEECE66DL);
      Scenario scenario = RandomScenarios.scenario(seed, 2 + random.nextInt(2));
      for (ProtocolKind protocol : ProtocolKind.values()) {
        List<String> mediators =
            protocol == ProtocolKind.ALTERNATING_OFFERS
                ? List.of("split-the-difference")
                : Strategies.mediatorNames();
        for (String mediator : mediators) {
          List<String> negotiators = new ArrayList<>();
          for (int p = 0; p < scenario.negotiatingParties().size(); p++) {
            List<String> names = Strategies.negotiatorNames();
            negotiators.add(names.get(random.nextInt(names.size())));
          }
          Timeline timeline = timeline(random, scenario);
          String run =
              "seed " + seed + ", " + protocol.key() + ", " + mediator + ", " + negotiators;
          List<Event> events =
              Runs.run(scenario, protocol, timeline, negotiators, mediator, random.nextLong());

          check(scenario, events, negotiators, checkedMoves, run);
          End end = NegotiationState.of(events).end().orElseThrow();
          if (end instanceof End.NoAgreement none) {
            assertThat(none.reason())
                .as("no shipped strategy fails (%s): %s", run, none.detail())
                .isNotEqualTo(EndReason.FAILURE);
          }
          ends.merge(protocol.key() + " " + end.key(), 1, Integer::sum);
        }
      }
    }
    assertThat(checkedMoves.keySet())
        .as("every strategy was exercised")
        .containsAll(Strategies.negotiatorNames());
    assertThat(ends).containsKeys("alternating-offers agreement", "single-text agreement");
  }

  /** One plenary session, or two: a plenary one party stays away from, then a shuttle. */
  private static Timeline timeline(SplittableRandom random, Scenario scenario) {
    int rounds = 3 + random.nextInt(25);
    if (random.nextInt(3) > 0) {
      return Timeline.single(rounds);
    }
    String absent = scenario.negotiatingParties().get(random.nextInt(2));
    return new Timeline(
        List.of(
            new Session(
                "Cairo talks", "Cairo", "Monday", 2, SessionMode.PLENARY, "", List.of(absent)),
            new Session(
                "shuttle", "Doha", "Tuesday", rounds, SessionMode.SHUTTLE, "broker", List.of())));
  }

  private static void check(
      Scenario scenario,
      List<Event> events,
      List<String> negotiators,
      Map<String, Integer> checkedMoves,
      String run) {
    Map<Integer, Outcome> texts = new HashMap<>();
    List<String> parties = scenario.negotiatingParties();
    for (Event event : events) {
      Payload payload = event.payload();
      if (payload instanceof Payload.TextDrafted drafted) {
        texts.put(drafted.version(), drafted.text());
      }
      Preferences preferences = scenario.preferences().get(event.sender());
      if (preferences == null) {
        continue;
      }
      Outcome moved;
      if (payload instanceof Payload.Offered offered) {
        moved = offered.outcome();
      } else if (payload instanceof Payload.Accepted accepted) {
        moved = accepted.outcome();
      } else if (payload instanceof Payload.Amended amended) {
        moved = texts.get(amended.version());
        for (Amendment amendment : amended.amendments()) {
          moved = moved.with(amendment.issue(), amendment.value());
        }
      } else {
        continue;
      }
      scenario.space().check(moved);
      assertThat(RandomScenarios.acceptable(preferences, moved))
          .as(
              "%s: %s by %s leads to %s, which breaks its red lines or falls below %s (%s)",
              run,
              payload,
              event.sender(),
              moved,
              preferences.reservation(),
              RandomScenarios.ticks(preferences, moved))
          .isTrue();
      String strategy = negotiators.get(parties.indexOf(event.sender()));
      checkedMoves.merge(strategy, 1, Integer::sum);
    }
  }
}
