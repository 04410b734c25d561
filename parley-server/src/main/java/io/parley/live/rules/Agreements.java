package io.parley.live.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.Json;
import io.parley.live.LiveException;
import io.parley.live.events.EventCodec;
import io.parley.live.events.EventDraft;
import io.parley.live.events.LiveEvent.AgreementRecorded;
import io.parley.live.events.Participant;
import io.parley.live.events.Verdict;
import io.parley.live.rooms.Recipients;
import io.parley.live.state.Agreement;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The agreement: recorded on a text version every party's latest answer accepts, and written as a
 * document that lists every provision and is anchored in the log by the hash of the event before it
 * (which commits to the whole history up to the agreement).
 */
public final class Agreements {
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
      } else if (response.get().verdict() != Verdict.ACCEPT) {
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
    return new EventDraft(
        new AgreementRecorded(version, text.outcome(), state.parties(), logHead),
        Recipients.everyone(state));
  }

  /**
   * The agreement document as the API serves it: the recorded agreement with the negotiation's id
   * and name and a plain-text rendering that lists every provision.
   */
  public static ObjectNode document(Negotiation state, Agreement agreement) {
    AgreementRecorded recorded = agreement.recorded();
    String recordedAt = agreement.recordedAt().toString();
    ArrayNode provisions = EventCodec.provisions(recorded.outcome(), state.space());
    ObjectNode document = Json.object().put("negotiation", state.id());
    document.put("name", state.name());
    document.put("version", recorded.version());
    document.set("provisions", provisions);
    document.set("parties", EventCodec.strings(recorded.parties()));
    document.put("recordedAt", recordedAt);
    document.put("logHash", recorded.logHash());
    StringBuilder text = new StringBuilder();
    text.append("Agreement: ").append(state.name()).append('\n');
    text.append("Text version ").append(recorded.version());
    text.append(", recorded ").append(recordedAt).append('\n');
    text.append("Parties: ");
    List<String> names = new ArrayList<>();
    for (String id : recorded.parties()) {
      names.add(state.participant(id).map(Participant::name).orElse(id));
    }
    text.append(String.join(", ", names)).append('\n');
    int number = 1;
    for (var provision : provisions) {
      text.append(number++)
          .append(". ")
          .append(provision.get("issueName").asText())
          .append(": ")
          .append(provision.get("label").asText())
          .append('\n');
    }
    text.append("Log hash before the agreement: ").append(recorded.logHash());
    document.put("text", text.toString());
    return document;
  }
}
