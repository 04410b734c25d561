package io.parley.live.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.input.PreviewRequest;
import io.parley.live.log.RequestFingerprint;
import io.parley.live.rules.InvitationRequest;
import io.parley.live.rules.Move;
import io.parley.live.rules.MoveRequest;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A move's JSON request read into the typed request the live negotiation takes: the edge's one
 * reader of a move's body. The body's form is checked when the command is read, against the
 * negotiation's state under its lock ({@link CommandReader}), so the refusals come in the same
 * order as before: role, client id, then the body. A move's fingerprint ({@link
 * RequestFingerprint}) is taken here, from the canonical text of its body without the client id:
 * the JSON with every object's keys sorted, written compactly.
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
    String fingerprint = RequestFingerprint.of(move, pathParameter, Json.write(sorted(fields)));
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
        clientId, (state, party) -> ConfidingJson.preferences(state.space(), fields));
  }

  /** Removes and returns the client id; one that is not a string is returned as "" (refused). */
  private static Optional<String> clientId(ObjectNode fields) {
    JsonNode given = fields.remove("clientId");
    if (given == null) {
      return Optional.empty();
    }
    return Optional.of(given.isTextual() ? given.textValue() : "");
  }

  /** {@code node} with every object's keys in sorted order, at any depth (the canonical form). */
  static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> fields = new TreeMap<>();
      node.properties().forEach(f -> fields.put(f.getKey(), sorted(f.getValue())));
      ObjectNode copy = Json.object();
      fields.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = Json.MAPPER.createArrayNode();
      node.forEach(item -> copy.add(sorted(item)));
      return copy;
    }
    return node;
  }
}
