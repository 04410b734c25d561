package io.parley.live.rules;

import io.parley.live.LiveException;
import io.parley.live.events.EventDraft;
import io.parley.live.events.LiveEvent.SeatAssigned;
import io.parley.live.events.Participant;
import io.parley.live.rooms.Recipients;
import io.parley.live.state.Negotiation;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import java.util.List;
import java.util.function.Function;

/**
 * Who may be played by a robot: a party (by a negotiator strategy, and only if the scenario gives
 * it preferences to play with) or the lead mediator (by a mediator strategy); {@link
 * Rulebook#HUMAN} gives a seat back to its person.
 */
public final class SeatRules {
  private SeatRules() {}

  static EventDraft assign(Negotiation state, Command.AssignSeat seat, Scenario scenario) {
    Participant participant =
        Requirements.requireParticipant(state, seat.participant(), "participant");
    String strategy = seat.strategy();
    if (participant.role() == Role.PARTY) {
      requireStrategy(
          strategy,
          Strategies::shippedNegotiator,
          Strategies.shippedNegotiatorNames(),
          "a party's seat");
      if (!strategy.equals(Rulebook.HUMAN)
          && !scenario.preferences().containsKey(participant.id())) {
        throw LiveException.conflict(
            participant.id() + " has no preferences in the scenario, so no robot can play it");
      }
    } else if (participant.id().equals(state.lead())) {
      requireStrategy(
          strategy,
          Strategies::shippedMediator,
          Strategies.shippedMediatorNames(),
          "the lead mediator's seat");
    } else {
      throw LiveException.badInput(
          "only a party's seat or the lead mediator's ("
              + state.lead()
              + ") can be played by a robot; "
              + participant.id()
              + " is a "
              + participant.role().fileName());
    }
    List<String> recipients =
        participant.role() == Role.PARTY
            ? Recipients.mediatorsAnd(participant.id())
            : Recipients.mediatorsAnd();
    return new EventDraft(new SeatAssigned(participant.id(), strategy), recipients);
  }

  /**
   * Refuses (BAD_INPUT) a strategy that is neither {@link Rulebook#HUMAN} nor a shipped strategy
   * spec that {@code build} accepts: a web user never loads a class or starts a process, so {@code
   * class:}, {@code process:} and names published by plug-in jars are refused even when the server
   * has plug-ins on its classpath.
   */
  private static void requireStrategy(
      String strategy, Function<String, ?> build, List<String> shipped, String seat) {
    if (strategy.equals(Rulebook.HUMAN)) {
      return;
    }
    try {
      build.apply(strategy);
    } catch (IllegalArgumentException e) {
      throw LiveException.badInput(
          "field 'strategy' is '"
              + strategy
              + "'; "
              + seat
              + " takes one of "
              + String.join(", ", shipped)
              + " or human (plug-in agents are not allowed on the server): "
              + e.getMessage());
    }
  }
}
