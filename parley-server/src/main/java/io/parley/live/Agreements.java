package io.parley.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * The agreement: recorded on a text version every party's latest answer accepts, and written as a
 * document that lists every provision and is anchored in the log by the hash of the event before it
 * (which commits to the whole history up to the agreement).
 */
final class Agreements {
  private Agreements() {}

  /**
   * The agreement-recorded event for {@code version}.
   *
   * @param logHead the hash of the log's last event before the agreement
   * @throws LiveException NOT_FOUND for an unknown version, CONFLICT naming each party whose latest
   *     answer to it is not an acceptance
   */
  static EventDraft record(Negotiation state, int version, String logHead) {
    Text text =
        state
            .text(version)
            .orElseThrow(
                () ->
                    LiveException.notFound(
                        "text version "
                            + version
                            + " does not exist; versions are 1 to "
                            + state.texts().size()));
    List<String> missing = new ArrayList<>();
    for (String party : state.parties()) {
      var response = state.latestResponse(party, version);
      if (response.isEmpty()) {
        missing.add(party + " has not answered it");
      } else if (response.get().verdict() != Response.Verdict.ACCEPT) {
        missing.add(party + "'s latest answer is " + response.get().verdict().wire());
      }
    }
    if (!missing.isEmpty()) {
      throw LiveException.conflict(
          "no agreement on version "
              + version
              + ": every party must accept it, but "
              + String.join("; ", missing));
    }
    OutcomeSpace space = state.space();
    ObjectNode payload = Json.object().put("version", version);
    payload.set("outcome", OutcomeCodec.write(text.outcome(), space));
    ArrayNode provisions = payload.putArray("provisions");
    for (int i = 0; i < space.issueCount(); i++) {
      Issue issue = space.issue(i);
      int value = text.outcome().valueIndex(i);
      ObjectNode provision = provisions.addObject().put("issue", issue.id());
      provision.put("issueName", issue.name());
      provision.set("value", OutcomeCodec.valueNode(issue, value));
      provision.put("label", issue.labelAt(value));
    }
    payload.set("parties", Rulebook.array(state.parties()));
    payload.put("logHash", logHead);
    return new EventDraft(EventType.AGREEMENT_RECORDED, Rulebook.everyone(state), payload);
  }

  /**
   * The agreement document as the API serves it: the recorded agreement with the negotiation's id
   * and name and a plain-text rendering that lists every provision.
   */
  static ObjectNode document(Negotiation state, ObjectNode recorded) {
    ObjectNode document = Json.object().put("negotiation", state.id());
    document.put("name", state.name());
    document.set("version", recorded.get("version"));
    document.set("provisions", recorded.get("provisions"));
    document.set("parties", recorded.get("parties"));
    document.set("recordedAt", recorded.get("recordedAt"));
    document.set("logHash", recorded.get("logHash"));
    StringBuilder text = new StringBuilder();
    text.append("Agreement: ").append(state.name()).append('\n');
    text.append("Text version ").append(recorded.get("version").asText());
    text.append(", recorded ").append(recorded.get("recordedAt").asText()).append('\n');
    text.append("Parties: ");
    List<String> names = new ArrayList<>();
    recorded
        .get("parties")
        .forEach(
            id ->
                names.add(
                    state.participant(id.textValue()).map(Participant::name).orElse(id.asText())));
    text.append(String.join(", ", names)).append('\n');
    int number = 1;
    for (var provision : recorded.get("provisions")) {
      text.append(number++)
          .append(". ")
          .append(provision.get("issueName").asText())
          .append(": ")
          .append(provision.get("label").asText())
          .append('\n');
    }
    text.append("Log hash before the agreement: ").append(recorded.get("logHash").asText());
    document.put("text", text.toString());
    return document;
  }
}
