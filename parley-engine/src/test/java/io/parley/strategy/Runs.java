package io.parley.strategy;

import io.parley.event.Event;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Scenario;
import io.parley.session.Timeline;
import java.util.List;

/** Runs a scenario with named strategies: one per negotiating party, one for every mediator. */
final class Runs {
  private Runs() {}

  static List<Event> run(
      Scenario scenario,
      ProtocolKind protocol,
      Timeline timeline,
      List<String> negotiators,
      String mediator,
      long seed) {
    NegotiationSetup.Builder builder =
        NegotiationSetup.builder(scenario).protocol(protocol).timeline(timeline).seed(seed);
    List<String> parties = scenario.negotiatingParties();
    for (int p = 0; p < parties.size(); p++) {
      builder.negotiator(parties.get(p), Strategies.negotiator(negotiators.get(p)));
    }
    for (var participant : scenario.parties()) {
      if (participant.role() == io.parley.scenario.Role.MEDIATOR) {
        builder.mediator(participant.id(), Strategies.mediator(mediator));
      }
    }
    Mechanism mechanism = Mechanisms.create(builder.build());
    mechanism.run();
    return List.copyOf(mechanism.events());
  }

  static List<Event> run(
      Scenario scenario,
      ProtocolKind protocol,
      int rounds,
      List<String> negotiators,
      String mediator,
      long seed) {
    return run(scenario, protocol, Timeline.single(rounds), negotiators, mediator, seed);
  }
}
