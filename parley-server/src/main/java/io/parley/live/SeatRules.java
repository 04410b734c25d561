package io.parley.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import java.util.List;

/**
 * Who may be played by a robot: a party (by a negotiator strategy, and only if the scenario gives
 * it preferences to play with) or the lead mediator (by a mediator strategy); {@link
 * Rulebook#HUMAN} gives a seat back to its person.
 */
final class SeatRules {
  private SeatRules() {}

  static EventDraft assign(Negotiation state, Command.AssignSeat seat, Scenario scenario) {
    Participant participant =
        Requirements.requireParticipant(state, seat.participant(), "participant");
    String strategy = seat.strategy();
    if (participant.role() == Role.PARTY) {
      if (!strategy.equals(Rulebook.HUMAN) && !Strategies.negotiatorNames().contains(strategy)) {
        throw LiveException.badInput(
            "field 'strategy' is '"
                + strategy
                + "'; a party's seat takes one of "
                + String.join(", ", Strategies.negotiatorNames())
                + " or human");
      }
      if (!strategy.equals(Rulebook.HUMAN)
          && !scenario.preferences().containsKey(participant.id())) {
        throw LiveException.conflict(
            participant.id() + " has no preferences in the scenario, so no robot can play it");
      }
    } else if (participant.id().equals(state.lead())) {
      if (!strategy.equals(Rulebook.HUMAN) && !Strategies.mediatorNames().contains(strategy)) {
        throw LiveException.badInput(
            "field 'strategy' is '"
                + strategy
                + "'; the lead mediator's seat takes one of "
                + String.join(", ", Strategies.mediatorNames())
                + " or human");
      }
    } else {
      throw LiveException.badInput(
          "only a party's seat or the lead mediator's ("
              + state.lead()
              + ") can be played by a robot; "
              + participant.id()
              + " is a "
              + participant.role().fileName());
    }
    ObjectNode payload = Json.object().put("participant", participant.id());
    payload.put("strategy", strategy);
    List<String> recipients =
        participant.role() == Role.PARTY
            ? Recipients.mediatorsAnd(participant.id())
            : Recipients.mediatorsAnd();
    return new EventDraft(EventType.SEAT_ASSIGNED, recipients, payload);
  }
}
