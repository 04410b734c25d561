package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.End;
import io.parley.event.Event;
import io.parley.event.NegotiationState;
import io.parley.event.Payload;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Atlas3 negotiates with three parties in stacked alternating offers. */
class Atlas3Test {

  @Test
  void threeAtlas3Parties_agreeOnAPackageAcceptableToAll_inMostRandomScenarios() {
    int agreed = 0;
    int runs = 20;
    for (long seed = 1; seed <= runs; seed++) {
      Scenario scenario = threeParties(seed);
      var builder =
          NegotiationSetup.builder(scenario)
              .protocol(ProtocolKind.ALTERNATING_OFFERS)
              .deadlineRounds(60)
              .seed(seed);
      for (String party : scenario.negotiatingParties()) {
        builder.negotiator(party, Strategies.negotiator("atlas3"));
      }
      Mechanism mechanism = Mechanisms.create(builder.build());
      NegotiationState state = mechanism.run();
      End end = state.end().orElseThrow();
      if (end instanceof End.Agreement agreement) {
        agreed++;
        for (String party : scenario.negotiatingParties()) {
          Preferences preferences = scenario.preferences().get(party);
          assertThat(preferences.utility().utility(agreement.outcome()))
              .isGreaterThanOrEqualTo(preferences.reservation());
        }
      } else {
        assertThat(((End.NoAgreement) end).reason().name()).isNotEqualTo("FAILURE");
      }
      long offerers =
          mechanism.events().stream()
              .filter(e -> e.payload() instanceof Payload.Offered)
              .map(Event::sender)
              .distinct()
              .count();
      assertThat(offerers).as("all three take turns").isEqualTo(3);
    }
    assertThat(agreed).as("agreements out of %d", runs).isGreaterThanOrEqualTo(runs * 3 / 4);
  }

  /** Three parties over four issues of four values, random scores, reservation 0.3. */
  private static Scenario threeParties(long seed) {
    var random = new SplittableRandom(seed);
    List<io.parley.outcome.Issue> issues = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      issues.add(DiscreteIssue.of("i" + i, "a", "b", "c", "d"));
    }
    var space = new OutcomeSpace(issues);
    List<Party> parties = new ArrayList<>();
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    for (int p = 1; p <= 3; p++) {
      List<ValueFunction> functions = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        var scores = new LinkedHashMap<String, Double>();
        for (String label : List.of("a", "b", "c", "d")) {
          scores.put(label, random.nextInt(11) / 10.0);
        }
        functions.add(new ValueTable(scores));
      }
      var utility = new LinearAdditiveUtility(space, List.of(0.25, 0.25, 0.25, 0.25), functions);
      parties.add(Party.of("p" + p));
      preferences.put("p" + p, new Preferences(utility, 0.3, List.of(), 1.0));
    }
    return new Scenario("three-" + seed, "", parties, space, preferences);
  }
}
