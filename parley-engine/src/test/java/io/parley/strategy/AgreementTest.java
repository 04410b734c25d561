package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.Analyzer;
import io.parley.analysis.SolutionConcept;
import io.parley.event.End;
import io.parley.event.Event;
import io.parley.event.NegotiationState;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strategies that should agree do agree, where they should, and runs repeat from their seed. */
class AgreementTest {
  private static final int ROUNDS = 40;

  /** A buyer and a seller over price and delivery, exactly opposed; reservations 0.3 and 0.4. */
  private static Scenario opposed() {
    var space =
        OutcomeSpace.of(IntegerIssue.of("price", 0, 20), IntegerIssue.of("delivery", 0, 10));
    var buyer =
        new LinearAdditiveUtility(
            space,
            List.of(0.6, 0.4),
            List.of(new LinearValueFunction(1, 0), new LinearValueFunction(1, 0)));
    var seller =
        new LinearAdditiveUtility(
            space,
            List.of(0.6, 0.4),
            List.of(new LinearValueFunction(0, 1), new LinearValueFunction(0, 1)));
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    preferences.put("buyer", Preferences.of(buyer, 0.3));
    preferences.put("seller", Preferences.of(seller, 0.4));
    return new Scenario(
        "opposed",
        "",
        List.of(Party.of("buyer"), Party.of("seller"), new Party("m", "m", Role.MEDIATOR)),
        space,
        preferences);
  }

  private static End end(List<Event> events) {
    return NegotiationState.of(events).end().orElseThrow();
  }

  @Test
  void timeDependentPair_nonEmptyZone_agreesInsideTheZoneBeforeTheDeadline() {
    Scenario scenario = opposed();
    List<String> kinds = List.of("boulware", "linear", "conceder");
    for (String first : kinds) {
      for (String second : kinds) {
        List<Event> events =
            Runs.run(
                scenario,
                ProtocolKind.ALTERNATING_OFFERS,
                ROUNDS,
                List.of(first, second),
                "split-the-difference",
                1);

        End end = end(events);
        assertThat(end).as("%s vs %s", first, second).isInstanceOf(End.Agreement.class);
        Outcome agreed = ((End.Agreement) end).outcome();
        for (String party : scenario.negotiatingParties()) {
          assertThat(RandomScenarios.acceptable(scenario.preferences().get(party), agreed))
              .as("%s vs %s: %s inside %s's reservation", first, second, agreed, party)
              .isTrue();
        }
        assertThat(events.get(events.size() - 1).round()).isLessThanOrEqualTo(ROUNDS);
      }
    }
  }

  @Test
  void nashSeekingMediator_twoLinearNegotiators_agreeOnTheNashPackage() {
    int reached = 0;
    for (long seed = 1; seed <= 300; seed++) {
      Scenario scenario = RandomScenarios.scenario(seed, 2);
      var nash = Analyzer.analyze(scenario).solution(SolutionConcept.NASH);
      if (nash.isEmpty() || !clearOfReservations(scenario, nash.get().utilities())) {
        continue;
      }
      List<Event> events =
          Runs.run(
              scenario,
              ProtocolKind.SINGLE_TEXT,
              ROUNDS,
              List.of("linear", "linear"),
              "nash-seeking",
              seed);

      assertThat(end(events))
          .as("seed %d", seed)
          .isEqualTo(new End.Agreement(nash.get().outcome()));
      reached++;
    }
    assertThat(reached)
        .as("scenarios with a Nash package clear of the reservations")
        .isGreaterThan(30);
  }

  /** Whether each utility is a little above its reservation, so linear negotiators get there. */
  private static boolean clearOfReservations(Scenario scenario, List<Double> utilities) {
    List<String> parties = scenario.negotiatingParties();
    for (int p = 0; p < parties.size(); p++) {
      if (utilities.get(p) < scenario.preferences().get(parties.get(p)).reservation() + 0.05) {
        return false;
      }
    }
    return true;
  }

  @Test
  void run_sameSeed_sameEventLog() {
    Scenario scenario = RandomScenarios.scenario(11, 3);
    for (ProtocolKind protocol : ProtocolKind.values()) {
      List<String> negotiators = List.of("random", "tit-for-tat", "random");

      List<Event> once = Runs.run(scenario, protocol, 30, negotiators, "hill-climbing", 5);
      List<Event> again = Runs.run(scenario, protocol, 30, negotiators, "hill-climbing", 5);
      List<Event> other = Runs.run(scenario, protocol, 30, negotiators, "hill-climbing", 6);

      assertThat(again).as(protocol.key()).isEqualTo(once);
      assertThat(other).as(protocol.key()).isNotEqualTo(once);
    }
  }
}
