package io.parley.live.followthrough;

import io.parley.live.events.Participant;
import io.parley.live.events.PlannedStep;
import io.parley.live.rooms.Visibility;
import io.parley.live.state.Negotiation;
import io.parley.scenario.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Who reads each follow-through event (docs/server.md, "Follow-through", states the same rules):
 *
 * <ul>
 *   <li>everyone (the mediation team and every other participant): the opening, each constituency's
 *       decision and the ratification's result; the improvement's adoption or decline; the plan
 *       when implementation begins; a breach;
 *   <li>the mediation team and one party: a vote of that party's ratifier; that party's answer to
 *       an improvement;
 *   <li>the mediation team and the parties: the proposed improvement;
 *   <li>the mediation team, the parties and the step's guarantors: a step's report, verification,
 *       dispute and resolution. A guarantor never reads a step it does not guarantee, a vote, or an
 *       answer.
 * </ul>
 */
final class Audience {
  private Audience() {}

  static List<String> everyone(Negotiation state) {
    List<String> recipients = new ArrayList<>(List.of(Visibility.MEDIATOR));
    for (Participant participant : state.participants()) {
      if (participant.role() != Role.MEDIATOR) {
        recipients.add(participant.id());
      }
    }
    return recipients;
  }

  static List<String> mediatorsAnd(String party) {
    return List.of(Visibility.MEDIATOR, party);
  }

  static List<String> parties(Negotiation state) {
    List<String> recipients = new ArrayList<>(List.of(Visibility.MEDIATOR));
    recipients.addAll(state.parties());
    return recipients;
  }

  static List<String> step(Negotiation state, PlannedStep step) {
    List<String> recipients = parties(state);
    for (String guarantor : step.guarantors()) {
      boolean mediator =
          state.participant(guarantor).map(p -> p.role() == Role.MEDIATOR).orElse(true);
      if (!mediator && !recipients.contains(guarantor)) {
        recipients.add(guarantor);
      }
    }
    return recipients;
  }
}
