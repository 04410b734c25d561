package io.parley.live.rooms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.Json;
import io.parley.live.events.EventCodec;
import io.parley.live.events.OutcomeCodec;
import io.parley.live.events.Participant;
import io.parley.live.rules.Agreements;
import io.parley.live.state.Adjournment;
import io.parley.live.state.Agreement;
import io.parley.live.state.Message;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Response;
import io.parley.live.state.ScheduledSession;
import io.parley.live.state.Status;
import io.parley.live.state.Suggestion;
import io.parley.live.state.Text;
import io.parley.live.suggest.ConfidedPreferences;
import io.parley.negotiator.Amendment;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.Role;
import java.util.Optional;

/**
 * A participant's VIEW of a negotiation (the API's {@code GET /api/negotiations/{id}}), rendered
 * from the {@link Negotiation} folded over the events {@link Visibility} lets that participant see
 * — so it can hold nothing else. Mediators see the whole mediation: every text with its releases,
 * every response, invitations and seats, suggestions and which parties confided. A party sees its
 * own room: the texts released to it, its own responses and messages, released packages, and a
 * preview of its own utility for each text from the preferences it confided.
 */
public final class RoomView {
  private RoomView() {}

  public static ObjectNode render(Negotiation state, Viewer viewer) {
    boolean mediator = viewer.isMediator();
    ObjectNode view = Json.object().put("id", state.id());
    view.put("name", state.name());
    view.put("description", state.description());
    ObjectNode you = view.putObject("you").put("participant", viewer.participant());
    you.put("role", viewer.role().fileName());
    you.put("lead", viewer.participant().equals(state.lead()));
    view.put("status", state.status().wire());
    if (state.status() == Status.ENDED) {
      view.put("endReason", state.endReason());
    }
    view.set("parties", parties(state, viewer));
    view.set("issues", state.issues());
    ArrayNode sessions = view.putArray("sessions");
    for (ScheduledSession session : state.sessions()) {
      ObjectNode node = sessions.addObject().put("seq", session.seq());
      node.put("name", session.name()).put("venue", session.venue()).put("date", session.date());
      node.set("attendance", Recipients.array(session.attendance()));
    }
    ArrayNode adjournments = view.putArray("adjournments");
    for (Adjournment adjournment : state.adjournments()) {
      adjournments
          .addObject()
          .put("until", adjournment.adjourned().until())
          .put("reason", adjournment.adjourned().reason())
          .put("seq", adjournment.seq());
    }
    ObjectNode deadline = view.putObject("deadline").put("rounds", state.deadline());
    deadline.put("round", state.texts().size());
    ArrayNode texts = view.putArray("texts");
    for (Text text : state.texts()) {
      ObjectNode node = texts.addObject().put("version", text.version());
      node.set("outcome", OutcomeCodec.write(text.outcome(), state.space()));
      node.put("note", text.note());
      node.set("releasedTo", Recipients.array(text.releasedTo()));
      if (mediator) {
        node.put("draftedBy", text.draftedBy());
        node.put("robot", text.robot());
      }
    }
    ArrayNode responses = view.putArray("responses");
    for (Response response : state.responses()) {
      ObjectNode node = responses.addObject().put("seq", response.seq());
      node.put("party", response.party()).put("version", response.version());
      node.put("verdict", response.verdict().wire());
      node.set("amendments", amendments(response, state.space()));
      node.put("reason", response.reason());
      node.put("robot", response.robot());
    }
    ArrayNode messages = view.putArray("messages");
    for (Message message : state.messages()) {
      ObjectNode node = messages.addObject().put("seq", message.seq());
      node.put("from", message.from());
      node.set("to", Recipients.array(message.to()));
      node.put("text", message.text());
      if (message.released().isPresent()) {
        node.put("released", message.released().getAsLong());
      }
    }
    ArrayNode suggestions = view.putArray("suggestions");
    for (Suggestion suggestion : state.suggestions()) {
      suggestions.add(suggestion(suggestion, state.space()));
    }
    if (mediator) {
      ObjectNode confided = view.putObject("confided");
      for (String party : state.parties()) {
        confided.put(party, state.confided().containsKey(party));
      }
    } else {
      view.put("confided", state.confided().containsKey(viewer.participant()));
      Optional<ObjectNode> own =
          state.confided().getOrDefault(viewer.participant(), Optional.empty());
      if (own.isPresent()) {
        view.set("preferences", own.get().deepCopy());
      } else {
        view.putNull("preferences");
      }
      view.set("preview", preview(state, viewer));
    }
    Optional<Agreement> agreement = state.agreement();
    if (agreement.isPresent()) {
      view.set("agreement", Agreements.document(state, agreement.get()));
    } else {
      view.putNull("agreement");
    }
    return view;
  }

  /** A response's amendments in the API's form: {@code [{"issue","value","reason"}]}. */
  private static ArrayNode amendments(Response response, OutcomeSpace space) {
    ArrayNode amendments = Json.MAPPER.createArrayNode();
    for (Amendment amendment : response.amendments()) {
      Issue issue = space.issue(amendment.issue());
      ObjectNode item = amendments.addObject().put("issue", issue.id());
      item.set("value", OutcomeCodec.valueNode(issue, amendment.value()));
      item.put("reason", amendment.reason());
    }
    return amendments;
  }

  /**
   * A suggestion as the viewer knows it: the suggestion-made payload with its {@code releases}
   * ({@code [{"seq","package","to"}]}, when any), or the one package released to the viewer ({@code
   * {"suggestion","package","outcome"}}); then its {@code seq}.
   */
  private static ObjectNode suggestion(Suggestion suggestion, OutcomeSpace space) {
    ObjectNode node;
    if (suggestion.made().isPresent()) {
      node = EventCodec.encode(suggestion.made().get(), space);
      if (!suggestion.releases().isEmpty()) {
        ArrayNode releases = node.putArray("releases");
        for (Suggestion.Release release : suggestion.releases()) {
          ObjectNode item = releases.addObject().put("seq", release.seq());
          item.put("package", release.name());
          item.set(EventCodec.TO, EventCodec.strings(release.to()));
        }
      }
    } else {
      node = EventCodec.encode(suggestion.alone().orElseThrow(), space);
      node.remove(EventCodec.TO);
    }
    node.put("seq", suggestion.seq());
    return node;
  }

  private static ArrayNode parties(Negotiation state, Viewer viewer) {
    ArrayNode parties = Json.MAPPER.createArrayNode();
    for (Participant participant : state.participants()) {
      ObjectNode node = parties.addObject().put("id", participant.id());
      node.put("name", participant.name());
      node.put("role", participant.role().fileName());
      node.put("lead", participant.id().equals(state.lead()));
      boolean known = viewer.isMediator() || participant.id().equals(viewer.participant());
      if (known) {
        node.put(
            "invited",
            state.invited().contains(participant.id())
                || participant.id().equals(viewer.participant()));
        String robot = state.seats().get(participant.id());
        if (robot == null) {
          node.putNull("robot");
        } else {
          node.put("robot", robot);
        }
      } else {
        node.putNull("invited");
        node.putNull("robot");
      }
    }
    return parties;
  }

  /** Version to the party's own utility, from the preferences it confided (empty if none). */
  private static ObjectNode preview(Negotiation state, Viewer viewer) {
    ObjectNode preview = Json.object();
    Optional<ObjectNode> confided =
        state.confided().getOrDefault(viewer.participant(), Optional.empty());
    if (confided.isEmpty() || viewer.role() != Role.PARTY) {
      return preview;
    }
    Preferences preferences =
        ConfidedPreferences.read(state.issues(), viewer.participant(), confided.get());
    for (Text text : state.texts()) {
      ObjectNode node = preview.putObject(Integer.toString(text.version()));
      node.put("utility", preferences.utility().utility(text.outcome()));
      node.put("reservation", preferences.reservation());
      boolean keepsRedLines = preferences.allows(text.outcome().valueIndices());
      node.put("keepsRedLines", keepsRedLines);
      node.put(
          "acceptable",
          keepsRedLines
              && preferences.utility().utility(text.outcome()) >= preferences.reservation());
    }
    return preview;
  }
}
