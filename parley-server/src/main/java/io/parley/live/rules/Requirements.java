package io.parley.live.rules;

import io.parley.live.LiveException;
import io.parley.live.events.Participant;
import io.parley.live.rooms.Viewer;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Status;
import io.parley.scenario.Role;
import java.util.List;

/** The checks the {@link Rulebook} shares between moves; each throws a {@link LiveException}. */
public final class Requirements {
  private Requirements() {}

  static void requireOpen(Negotiation state) {
    if (state.status() == Status.AGREED) {
      throw LiveException.ended(
          Status.AGREED, "the negotiation has ended: an agreement is recorded");
    }
    if (state.status() == Status.ENDED) {
      throw LiveException.ended(
          Status.ENDED, "the negotiation has ended without agreement: " + state.endReason());
    }
  }

  /** Refuses a person's text moves while a robot plays the lead mediator's seat. */
  static void requireMediatorSeat(Negotiation state, Viewer viewer) {
    String robot = state.seats().get(state.lead());
    if (robot != null && !viewer.robot()) {
      throw LiveException.conflict(
          "the robot mediator '"
              + robot
              + "' drafts and releases the texts; give the seat back (strategy human) first");
    }
  }

  static void requirePersonOrOwnRobot(Negotiation state, Viewer viewer) {
    String robot = state.seats().get(viewer.participant());
    if (robot != null && !viewer.robot()) {
      throw LiveException.conflict(
          "your seat is played by the robot strategy '"
              + robot
              + "'; ask the mediators to give it back to you");
    }
  }

  static Participant requireParticipant(Negotiation state, String id, String field) {
    return state
        .participant(id)
        .orElseThrow(
            () ->
                LiveException.badInput(
                    "field '"
                        + field
                        + "' names unknown participant '"
                        + id
                        + "'; participants are "
                        + String.join(
                            ", ", state.participants().stream().map(Participant::id).toList())));
  }

  /** Everyone named must be a participant who is not a mediator. */
  static void requireAudience(Negotiation state, List<String> to, String field) {
    for (String id : to) {
      Participant participant = requireParticipant(state, id, field);
      if (participant.role() == Role.MEDIATOR) {
        throw LiveException.badInput(
            "field '"
                + field
                + "' names "
                + id
                + ", a mediator; mediators already see everything the mediation team sees");
      }
    }
  }

  static boolean isMediator(Negotiation state, String id) {
    return state.participant(id).map(p -> p.role() == Role.MEDIATOR).orElse(false);
  }
}
