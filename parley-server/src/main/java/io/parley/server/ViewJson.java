package io.parley.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.codec.EventCodec;
import io.parley.live.codec.IssueList;
import io.parley.live.codec.Json;
import io.parley.live.codec.OutcomeCodec;
import io.parley.live.state.Adjournment;
import io.parley.live.state.Message;
import io.parley.live.state.Response;
import io.parley.live.state.ScheduledSession;
import io.parley.live.state.Status;
import io.parley.live.state.Suggestion;
import io.parley.live.views.AgreementDocument;
import io.parley.live.views.PreferencesPreviewView;
import io.parley.live.views.RoomView;
import io.parley.live.views.TextDiff;
import io.parley.live.views.UtilitySpaceView;
import io.parley.negotiator.Amendment;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import java.util.List;
import java.util.Optional;

/**
 * The one writer of the live negotiation's views as the API's JSON (docs/server.md gives the
 * fields): the room view, the agreement document, the differences between texts and the utility
 * space. Field names and order are the wire format the pages and clients read; {@code
 * ViewGoldenTest} pins the bytes. Events inside a view (a suggestion) are written by the one event
 * codec ({@link EventCodec}).
 */
public final class ViewJson {
  private ViewJson() {}

  /** {@code GET /api/negotiations/{id}}. */
  public static ObjectNode room(RoomView room) {
    ObjectNode view = Json.object().put("id", room.id());
    view.put("name", room.name());
    view.put("description", room.description());
    ObjectNode you = view.putObject("you").put("participant", room.you().participant());
    you.put("role", room.you().role().fileName());
    you.put("lead", room.you().lead());
    view.put("status", room.status().wire());
    if (room.status() == Status.ENDED) {
      view.put("endReason", room.endReason().orElse(""));
    }
    ArrayNode parties = view.putArray("parties");
    for (RoomView.Seat seat : room.parties()) {
      ObjectNode node = parties.addObject().put("id", seat.id());
      node.put("name", seat.name());
      node.put("role", seat.role().fileName());
      node.put("lead", seat.lead());
      if (seat.invited().isPresent()) {
        node.put("invited", seat.invited().get());
      } else {
        node.putNull("invited");
      }
      if (seat.robot().isPresent()) {
        node.put("robot", seat.robot().get());
      } else {
        node.putNull("robot");
      }
    }
    view.set("issues", IssueList.describe(room.space()));
    ArrayNode sessions = view.putArray("sessions");
    for (ScheduledSession session : room.sessions()) {
      ObjectNode node = sessions.addObject().put("seq", session.seq());
      node.put("name", session.name()).put("venue", session.venue()).put("date", session.date());
      node.set("attendance", EventCodec.strings(session.attendance()));
    }
    ArrayNode adjournments = view.putArray("adjournments");
    for (Adjournment adjournment : room.adjournments()) {
      adjournments
          .addObject()
          .put("until", adjournment.adjourned().until())
          .put("reason", adjournment.adjourned().reason())
          .put("seq", adjournment.seq());
    }
    ObjectNode deadline = view.putObject("deadline").put("rounds", room.deadline());
    deadline.put("round", room.texts().size());
    deadline.put("used", room.roundsUsed()); // issue 16: only full releases use a round
    ArrayNode texts = view.putArray("texts");
    for (RoomView.TextView text : room.texts()) {
      ObjectNode node = texts.addObject().put("version", text.version());
      node.set("outcome", OutcomeCodec.write(text.outcome(), room.space()));
      node.put("note", text.note());
      node.set("releasedTo", EventCodec.strings(text.releasedTo()));
      if (text.drafting().isPresent()) {
        node.put("draftedBy", text.drafting().get().draftedBy());
        node.put("robot", text.drafting().get().robot());
      }
    }
    ArrayNode responses = view.putArray("responses");
    for (Response response : room.responses()) {
      ObjectNode node = responses.addObject().put("seq", response.seq());
      node.put("party", response.party()).put("version", response.version());
      node.put("verdict", response.verdict().wire());
      node.set("amendments", amendments(response.amendments(), room.space()));
      node.put("reason", response.reason());
      node.put("robot", response.robot());
    }
    ArrayNode messages = view.putArray("messages");
    for (Message message : room.messages()) {
      ObjectNode node = messages.addObject().put("seq", message.seq());
      node.put("from", message.from());
      node.set("to", EventCodec.strings(message.to()));
      node.put("text", message.text());
      if (message.released().isPresent()) {
        node.put("released", message.released().getAsLong());
      }
      if (message.paraphrase()) {
        node.put("paraphrase", true);
      }
    }
    ArrayNode suggestions = view.putArray("suggestions");
    for (Suggestion suggestion : room.suggestions()) {
      suggestions.add(suggestion(suggestion, room.space()));
    }
    if (room.confiding() instanceof RoomView.MediatorConfiding mediator) {
      ObjectNode confided = view.putObject("confided");
      mediator.confided().forEach(flag -> confided.put(flag.party(), flag.value()));
    } else if (room.confiding() instanceof RoomView.PartyConfiding party) {
      view.put("confided", party.confided());
      if (party.preferences().isPresent()) {
        view.set("preferences", Json.parseStored(party.preferences().get()));
      } else {
        view.putNull("preferences");
      }
      ObjectNode preview = view.putObject("preview");
      for (RoomView.Preview item : party.preview()) {
        ObjectNode node = preview.putObject(Integer.toString(item.version()));
        node.put("utility", item.utility());
        node.put("reservation", item.reservation());
        node.put("keepsRedLines", item.keepsRedLines());
        node.put("acceptable", item.acceptable());
      }
    }
    if (room.agreement().isPresent()) {
      view.set("agreement", agreement(room.agreement().get()));
    } else {
      view.putNull("agreement");
    }
    view.set("followThrough", FollowThroughJson.of(room.followThrough(), room.space())); // issue 17
    // The mediator's day (issue 16); the notes are for mediators alone.
    ObjectNode day = Json.MAPPER.valueToTree(room.day());
    if (room.day().notes() == null) {
      day.remove("notes");
    }
    view.set("day", day);
    if (room.confiding() instanceof RoomView.MediatorConfiding mediator) {
      ObjectNode consent = view.putObject("consent");
      mediator.consents().forEach(item -> consent.put(item.party(), item.text()));
      ObjectNode full = view.putObject("confidedPreferences");
      mediator
          .fullPreferences()
          .forEach(item -> full.set(item.party(), Json.parseStored(item.text())));
    }
    return view;
  }

  /** {@code GET /api/negotiations/{id}/agreement}, and the view's {@code agreement}. */
  public static ObjectNode agreement(AgreementDocument agreement) {
    ObjectNode document = Json.object().put("negotiation", agreement.negotiation());
    document.put("name", agreement.name());
    document.put("version", agreement.version());
    document.set("provisions", EventCodec.provisions(agreement.outcome(), agreement.space()));
    document.set("parties", EventCodec.strings(agreement.parties()));
    document.put("recordedAt", agreement.recordedAt().toString());
    document.put("logHash", agreement.logHash());
    document.put("text", agreement.text());
    // The agreement as a person reads it (issue 16): names, plain words, ISO 8601 in the zone.
    document.set("sheet", Json.MAPPER.valueToTree(agreement.sheet()));
    return document;
  }

  /** {@code GET /api/negotiations/{id}/texts/{v}/diff}. */
  public static ObjectNode diff(TextDiff diff) {
    ObjectNode node = Json.object().put("from", diff.from()).put("to", diff.to());
    ArrayNode changes = node.putArray("changes");
    for (TextDiff.Change change : diff.changes()) {
      ObjectNode item = changes.addObject().put("issue", change.issue().id());
      item.set("before", OutcomeCodec.valueNode(change.issue(), change.before()));
      item.set("after", OutcomeCodec.valueNode(change.issue(), change.after()));
    }
    return node;
  }

  /** {@code GET /api/negotiations/{id}/utility-space}. */
  public static ObjectNode utilitySpace(UtilitySpaceView space) {
    List<String> parties = space.parties();
    ObjectNode node = Json.object();
    node.set("parties", EventCodec.strings(parties));
    ObjectNode basis = node.putObject("basis");
    for (int p = 0; p < parties.size(); p++) {
      basis.put(parties.get(p), space.basis().get(p));
    }
    ObjectNode reservations = node.putObject("reservations");
    space.reservations().forEach(r -> reservations.put(r.party(), r.value()));
    ArrayNode frontier = node.putArray("frontier");
    for (int k = 0; k < space.frontier().size(); k++) {
      ObjectNode point = frontier.addObject();
      point.set("utilities", utilities(parties, space.frontier().get(k)));
      point.put("inZone", space.frontierInZone().get(k));
    }
    node.put("zone", space.zone().wire());
    space.note().ifPresent(note -> node.put("note", note));
    ArrayNode texts = node.putArray("texts");
    for (int t = 0; t < space.texts().size(); t++) {
      UtilitySpaceView.VersionUtilities text = space.texts().get(t);
      ObjectNode item = texts.addObject().put("version", text.version());
      item.set("utilities", utilities(parties, text.utilities()));
      UtilitySpaceView.RedLines redLines = space.textRedLines().get(t);
      redLines.crossedBy().forEach(item.putArray("crossedBy")::add);
      redLines.notKnownFor().forEach(item.putArray("crossingNotKnownFor")::add);
      Optional<Boolean> crosses = redLines.crosses();
      if (crosses.isPresent()) {
        item.put("crossesRedLine", crosses.get());
      } else {
        item.putNull("crossesRedLine");
      }
    }
    ArrayNode suggestions = node.putArray("suggestions");
    for (UtilitySpaceView.PackageUtilities item : space.suggestions()) {
      suggestions
          .addObject()
          .put("package", item.name())
          .set("utilities", utilities(parties, item.utilities()));
    }
    space
        .chart()
        .ifPresent(
            chart -> {
              node.put("x", chart.x());
              node.put("y", chart.y());
              node.put("zoneSummary", chart.zoneSummary());
              node.put("svg", chart.svg());
            });
    return node;
  }

  /**
   * What preferences being edited make of each text released to the party: {@code {"texts":
   * [{"version", "utility", "reservation", "keepsRedLines", "acceptable", "brokenRedLines",
   * "contributions": [{"issue", "weight", "score"}]}]}}.
   */
  public static ObjectNode preferencesPreview(PreferencesPreviewView preview) {
    ObjectNode node = Json.object();
    ArrayNode texts = node.putArray("texts");
    for (PreferencesPreviewView.TextPreview text : preview.texts()) {
      ObjectNode item = texts.addObject();
      item.put("version", text.version());
      item.put("utility", text.utility());
      item.put("reservation", text.reservation());
      item.put("keepsRedLines", text.keepsRedLines());
      item.put("acceptable", text.acceptable());
      text.brokenRedLines().forEach(item.putArray("brokenRedLines")::add);
      ArrayNode contributions = item.putArray("contributions");
      for (PreferencesPreviewView.Contribution c : text.contributions()) {
        contributions
            .addObject()
            .put("issue", c.issue())
            .put("weight", c.weight())
            .put("score", c.score());
      }
    }
    return node;
  }

  private static ObjectNode utilities(List<String> parties, List<Double> values) {
    ObjectNode utilities = Json.object();
    for (int p = 0; p < parties.size(); p++) {
      utilities.put(parties.get(p), values.get(p).doubleValue());
    }
    return utilities;
  }

  /** A response's amendments: {@code [{"issue","value","reason"}]}. */
  private static ArrayNode amendments(List<Amendment> amendments, OutcomeSpace space) {
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (Amendment amendment : amendments) {
      Issue issue = space.issue(amendment.issue());
      ObjectNode item = list.addObject().put("issue", issue.id());
      item.set("value", OutcomeCodec.valueNode(issue, amendment.value()));
      item.put("reason", amendment.reason());
    }
    return list;
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
}
