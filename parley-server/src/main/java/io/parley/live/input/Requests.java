package io.parley.live.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.log.RequestFingerprint;
import io.parley.live.rules.InvitationRequest;
import io.parley.live.rules.Move;
import io.parley.live.rules.MoveRequest;
import io.parley.live.suggest.ConfidedPreferences;
import java.util.Optional;

/**
 * A move's JSON request read into the typed request the live negotiation takes: the edge's one
 * reader of a move's body. The body's form is checked when the command is read, against the
 * negotiation's state under its lock ({@link CommandReader}), so the refusals come in the same
 * order as before: role, client id, then the body.
 */
public final class Requests {
  private Requests() {}

  /**
   * The request for {@code move}.
   *
   * @param pathParameter the version, sequence number or participant the path names, if any
   * @param body the JSON body; its optional {@code clientId} makes a retry store the move once
   */
  public static MoveRequest move(Move move, Optional<String> pathParameter, ObjectNode body) {
    ObjectNode fields = body.deepCopy();
    Optional<String> clientId = clientId(fields);
    String fingerprint = RequestFingerprint.of(move, pathParameter, fields);
    return new MoveRequest(
        move,
        clientId,
        fingerprint,
        (state, viewer) -> CommandReader.read(move, pathParameter, fields, state, viewer));
  }

  /** The invitation a body {@code {"participant": PID, "clientId"?}} asks for. */
  public static InvitationRequest invitation(ObjectNode body) {
    ObjectNode fields = body.deepCopy();
    Optional<String> clientId = clientId(fields);
    return new InvitationRequest(clientId, () -> CommandReader.invitee(fields));
  }

  /** The preview a body of confiding fields (and an optional {@code clientId}) asks for. */
  public static PreviewRequest preview(ObjectNode body) {
    ObjectNode fields = body.deepCopy();
    Optional<String> clientId = clientId(fields);
    return new PreviewRequest(
        clientId, (state, party) -> ConfidedPreferences.read(state.issues(), party, fields));
  }

  /** Removes and returns the client id; one that is not a string is returned as "" (refused). */
  private static Optional<String> clientId(ObjectNode fields) {
    JsonNode given = fields.remove("clientId");
    if (given == null) {
      return Optional.empty();
    }
    return Optional.of(given.isTextual() ? given.textValue() : "");
  }
}
