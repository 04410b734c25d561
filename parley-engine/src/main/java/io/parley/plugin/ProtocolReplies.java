package io.parley.plugin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.parley.event.FaultKind;
import io.parley.negotiator.Action;
import io.parley.negotiator.AgentFailure;
import io.parley.negotiator.Amendment;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what a plug-in process answers (docs/plugin-protocol.md): checks a reply is one JSON object
 * of the expected type carrying the request's id, and turns an {@code action} into an {@link
 * Action}. Anything else is a protocol violation, reported as an {@link AgentFailure} of kind
 * {@link FaultKind#INVALID_MOVE}; an {@code error} reply is the agent's own exception, reported as
 * {@link FaultKind#EXCEPTION}.
 */
final class ProtocolReplies {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final int QUOTE = 200;

  private ProtocolReplies() {}

  /**
   * The reply in {@code line}, checked to be an object of type {@code type} with id {@code id}.
   *
   * @throws AgentFailure if it is not
   */
  static JsonNode reply(String line, String type, long id) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw violation("answered with a line that is not JSON: " + quote(line));
    }
    if (node == null || !node.isObject()) {
      throw violation("answered with a line that is not a JSON object: " + quote(line));
    }
    String actual = node.path("type").asText("");
    if (actual.equals("error")) {
      throw new AgentFailure(
          FaultKind.EXCEPTION, "reported an error: " + node.path("message").asText(""));
    }
    if (!actual.equals(type)) {
      throw violation("answered with type '" + actual + "' where '" + type + "' was due");
    }
    if (type.equals("hello")) {
      return node;
    }
    if (!node.path("id").canConvertToLong() || node.path("id").asLong() != id) {
      throw violation(
          "answered with id " + node.path("id") + " where the request's id " + id + " was due");
    }
    return node;
  }

  /** Checks a {@code hello} names this side's protocol version. */
  static void checkVersion(JsonNode ready) {
    JsonNode version = ready.path("protocol_version");
    if (!version.isIntegralNumber() || version.asInt() != ProtocolMessages.VERSION) {
      throw violation(
          "speaks protocol version "
              + version
              + "; Parley speaks version "
              + ProtocolMessages.VERSION);
    }
  }

  /** The action in an {@code action} reply. */
  static Action action(JsonNode reply, OutcomeSpace space) {
    String kind = reply.path("action").asText("");
    return switch (kind) {
      case "accept" -> Action.accept();
      case "offer" -> Action.offer(outcome(reply.get("outcome"), space, "outcome"));
      case "reject" -> new Action.Reject(reply.path("reason").asText(""));
      case "walk-away" -> new Action.WalkAway(reply.path("reason").asText(""));
      case "amend" -> new Action.Amend(amendments(reply.get("amendments"), space));
      default ->
          throw violation(
              "answered with action '"
                  + kind
                  + "'; expected accept, offer, reject, amend or walk-away");
    };
  }

  private static Outcome outcome(JsonNode node, OutcomeSpace space, String field) {
    if (node == null || !node.isObject()) {
      throw violation("'" + field + "' must be an object of issue id to value, got " + node);
    }
    int[] values = new int[space.issueCount()];
    boolean[] seen = new boolean[space.issueCount()];
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      int position = position(space, entry.getKey(), field);
      values[position] = value(space, position, entry.getValue(), field);
      seen[position] = true;
    }
    for (int i = 0; i < seen.length; i++) {
      if (!seen[i]) {
        throw violation("'" + field + "' has no value for issue '" + space.issue(i).id() + "'");
      }
    }
    return new Outcome(values);
  }

  private static List<Amendment> amendments(JsonNode node, OutcomeSpace space) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw violation("'amendments' must be a non-empty array, got " + node);
    }
    List<Amendment> amendments = new ArrayList<>();
    for (JsonNode item : node) {
      String issue = item.path("issue").asText("");
      int position = position(space, issue, "amendments");
      int value = value(space, position, item.get("value"), "amendments");
      amendments.add(new Amendment(position, value, item.path("reason").asText("")));
    }
    return amendments;
  }

  private static int position(OutcomeSpace space, String issue, String field) {
    return space
        .positionOf(issue)
        .orElseThrow(() -> violation("'" + field + "' names unknown issue '" + issue + "'"));
  }

  private static int value(OutcomeSpace space, int position, JsonNode value, String field) {
    Issue issue = space.issue(position);
    int index = value == null || !value.isValueNode() ? -1 : issue.indexOf(value.asText());
    if (index < 0) {
      throw violation(
          "'"
              + field
              + "' gives issue '"
              + issue.id()
              + "' the value "
              + value
              + ", not one of its values");
    }
    return index;
  }

  private static AgentFailure violation(String detail) {
    return new AgentFailure(FaultKind.INVALID_MOVE, detail);
  }

  private static String quote(String line) {
    return "'" + (line.length() > QUOTE ? line.substring(0, QUOTE) + "..." : line) + "'";
  }
}
