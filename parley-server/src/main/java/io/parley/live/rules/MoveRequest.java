package io.parley.live.rules;

import io.parley.live.rooms.Viewer;
import io.parley.live.state.Negotiation;
import java.util.Optional;

/**
 * A move as a participant requested it, read from the request by the edge: the move, the client id
 * that makes a retry store it once, the request's fingerprint (which tells a retry from a different
 * move reusing the client id), and the typed command, read against the negotiation's state under
 * its lock (so the values it names are checked against the negotiation's issues).
 *
 * @param clientId the client id as given, not yet checked (an empty text for one that is not a
 *     string); empty when none was given, and the server makes one up
 * @param fingerprint the request's digest ({@code io.parley.live.log.RequestFingerprint})
 * @param command reads the command against the state; throws a {@code LiveException} naming the
 *     field for a body of the wrong form
 */
public record MoveRequest(
    Move move, Optional<String> clientId, String fingerprint, CommandSource command) {

  /** Reads a move's command against the negotiation's current state. */
  @FunctionalInterface
  public interface CommandSource {
    /**
     * The command.
     *
     * @param state the negotiation's state, folded in full
     * @param viewer who makes the move
     */
    Command read(Negotiation state, Viewer viewer);
  }
}
