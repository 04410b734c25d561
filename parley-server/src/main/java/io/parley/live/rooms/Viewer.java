package io.parley.live.rooms;

import io.parley.scenario.Role;

/**
 * Who is asking: an authenticated participant of one negotiation, or the server itself acting for a
 * robot seat or the clock.
 *
 * @param negotiation the negotiation's id
 * @param participant the participant's id ({@link Visibility#SYSTEM} for the server itself)
 * @param role the participant's role; every participant with role mediator belongs to the mediation
 *     team and sees what is addressed to {@link Visibility#MEDIATOR}
 * @param robot whether a robot seat (or the server) acts, rather than a person with a token
 */
public record Viewer(String negotiation, String participant, Role role, boolean robot) {

  /** A person holding a token. */
  public static Viewer person(String negotiation, String participant, Role role) {
    return new Viewer(negotiation, participant, role, false);
  }

  /** The server itself, for automatic steps such as the end at the deadline. */
  public static Viewer system(String negotiation) {
    return new Viewer(negotiation, Visibility.SYSTEM, Role.MEDIATOR, true);
  }

  /** Whether the viewer belongs to the mediation team. */
  public boolean isMediator() {
    return role == Role.MEDIATOR;
  }

  /** Whether the viewer is a negotiating party. */
  public boolean isParty() {
    return role == Role.PARTY;
  }
}
