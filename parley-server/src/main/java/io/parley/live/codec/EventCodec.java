package io.parley.live.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.events.EventType;
import io.parley.live.events.LiveEvent;
import io.parley.live.events.LiveEvent.Adjourned;
import io.parley.live.events.LiveEvent.AgreementRecorded;
import io.parley.live.events.LiveEvent.InvitationRevoked;
import io.parley.live.events.LiveEvent.MessageReleased;
import io.parley.live.events.LiveEvent.MessageSent;
import io.parley.live.events.LiveEvent.NegotiationCreated;
import io.parley.live.events.LiveEvent.NegotiationEnded;
import io.parley.live.events.LiveEvent.ParticipantInvited;
import io.parley.live.events.LiveEvent.PreferencesConfided;
import io.parley.live.events.LiveEvent.ResponseSubmitted;
import io.parley.live.events.LiveEvent.SeatAssigned;
import io.parley.live.events.LiveEvent.SessionScheduled;
import io.parley.live.events.LiveEvent.SuggestionMade;
import io.parley.live.events.LiveEvent.SuggestionReleased;
import io.parley.live.events.LiveEvent.TextDrafted;
import io.parley.live.events.LiveEvent.TextReleased;
import io.parley.live.events.Participant;
import io.parley.live.events.Verdict;
import io.parley.live.rooms.Visibility;
import io.parley.negotiator.Amendment;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one codec between {@link LiveEvent}s and JSON: the payload column of the log (which the log's
 * hash chain covers, so the text it writes must never change for an event already stored) and the
 * {@code payload} of the API's events, which is the same form with the parts a viewer may not read
 * left out by {@link Visibility} before encoding. Field names and order are the log's format: see
 * docs/server.md.
 *
 * <p>An event's outcomes are written in the API's outcome form and need the negotiation's space;
 * the creation event carries that space, so it alone is read without one.
 */
public final class EventCodec {
  /** The payload field of the sealed part. */
  public static final String SEALED = Visibility.SEALED;

  /** The payload field listing addressees. */
  public static final String TO = Visibility.TO;

  private EventCodec() {}

  /**
   * The text of {@code event}'s payload as the log's payload column holds it (compact JSON, fields
   * in the codec's order); {@code space} is the negotiation's (ignored for a creation).
   */
  public static String payloadText(LiveEvent event, OutcomeSpace space) {
    return Json.write(encode(event, space));
  }

  /**
   * The event of kind {@code type} whose payload column holds {@code payloadText}.
   *
   * @param space the negotiation's space (may be null for a creation)
   * @throws IllegalArgumentException naming the kind (and the field) when the payload is not one
   *     this codec writes, a text that is not a JSON object included
   */
  public static LiveEvent decode(EventType type, String payloadText, OutcomeSpace space) {
    ObjectNode p;
    try {
      p = Json.parseStored(payloadText);
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(
          "a " + type.wire() + " payload is not in the log's format: it is not a JSON object", e);
    }
    return decode(type, p, space);
  }

  /** The payload of {@code event}; {@code space} is the negotiation's (ignored for a creation). */
  public static ObjectNode encode(LiveEvent event, OutcomeSpace space) {
    ObjectNode p = Json.object();
    if (event instanceof NegotiationCreated e) {
      p.put("name", e.name()).put("description", e.description()).put("lead", e.lead());
      ArrayNode parties = p.putArray("parties");
      for (Participant party : e.parties()) {
        parties
            .addObject()
            .put("id", party.id())
            .put("name", party.name())
            .put("role", party.role().fileName());
      }
      p.set("issues", IssueList.describe(e.space()));
      p.put("deadline", e.deadline());
      e.secret()
          .ifPresent(
              s ->
                  p.putObject(SEALED)
                      .put("scenario", s.scenario())
                      .put("format", s.format())
                      .put("seed", s.seed()));
    } else if (event instanceof ParticipantInvited e) {
      p.put("participant", e.participant());
      e.tokenHash().ifPresent(hash -> p.putObject(SEALED).put("tokenHash", hash));
    } else if (event instanceof InvitationRevoked e) {
      p.put("participant", e.participant());
    } else if (event instanceof TextDrafted e) {
      p.put("version", e.version());
      p.set("outcome", OutcomeCodec.write(e.outcome(), space));
      p.put("note", e.note()).put("robot", e.robot());
    } else if (event instanceof TextReleased e) {
      p.put("version", e.version());
      p.set("outcome", OutcomeCodec.write(e.outcome(), space));
      p.put("note", e.note());
      p.set(TO, strings(e.to()));
    } else if (event instanceof ResponseSubmitted e) {
      p.put("version", e.version()).put("verdict", e.verdict().wire());
      ArrayNode amendments = p.putArray("amendments");
      for (Amendment amendment : e.amendments()) {
        Issue issue = space.issue(amendment.issue());
        ObjectNode item = amendments.addObject().put("issue", issue.id());
        item.set("value", OutcomeCodec.valueNode(issue, amendment.value()));
        item.put("reason", amendment.reason());
      }
      p.put("reason", e.reason()).put("robot", e.robot());
    } else if (event instanceof MessageSent e) {
      p.set(TO, strings(e.to()));
      p.put("text", e.text());
    } else if (event instanceof MessageReleased e) {
      p.put("message", e.message()).put("from", e.from()).put("text", e.text());
      p.set(TO, strings(e.to()));
    } else if (event instanceof PreferencesConfided e) {
      p.put("party", e.party()).put("confided", true);
      e.preferences()
          .ifPresent(
              confiding ->
                  p.putObject(SEALED).set("preferences", Json.parseStored(confiding.body())));
    } else if (event instanceof SessionScheduled e) {
      p.put("name", e.name()).put("venue", e.venue()).put("date", e.date());
      p.set("attendance", strings(e.attendance()));
    } else if (event instanceof Adjourned e) {
      p.put("until", e.until()).put("reason", e.reason());
    } else if (event instanceof SuggestionMade e) {
      ObjectNode packages = p.putObject("packages");
      for (SuggestionMade.Package item : e.packages()) {
        if (item.outcome().isPresent()) {
          packages.set(item.name(), OutcomeCodec.write(item.outcome().get(), space));
        } else {
          packages.putNull(item.name());
        }
      }
      ObjectNode basis = p.putObject("basis");
      e.basis().forEach(b -> basis.put(b.party(), b.source()));
      p.put("note", e.note());
    } else if (event instanceof SuggestionReleased e) {
      p.put("suggestion", e.suggestion()).put("package", e.name());
      p.set("outcome", OutcomeCodec.write(e.outcome(), space));
      p.set(TO, strings(e.to()));
    } else if (event instanceof SeatAssigned e) {
      p.put("participant", e.participant()).put("strategy", e.strategy());
    } else if (event instanceof AgreementRecorded e) {
      p.put("version", e.version());
      p.set("outcome", OutcomeCodec.write(e.outcome(), space));
      p.set("provisions", provisions(e.outcome(), space));
      p.set("parties", strings(e.parties()));
      p.put("logHash", e.logHash());
    } else if (event instanceof NegotiationEnded e) {
      p.put("reason", e.reason());
    } else if (event instanceof LiveEvent.SessionAdjourned e) { // the mediator's day (issue 16)
      p.put("resumesAt", e.resumesAt()).put("zone", e.zone()).put("venue", e.venue());
      p.put("reason", e.reason());
    } else if (event instanceof LiveEvent.SessionResumed e) {
      p.put("note", e.note());
    } else if (event instanceof LiveEvent.DeadlineSet e) {
      p.put("at", e.at()).put("zone", e.zone());
    } else if (event instanceof LiveEvent.NoteWritten e) {
      p.put("text", e.text());
    } else if (event instanceof LiveEvent.MessageParaphrased e) {
      p.put("message", e.message()).put("from", e.from()).put("text", e.text());
      p.put("paraphrase", true);
      p.set(TO, strings(e.to()));
    } else if (event instanceof LiveEvent.OutsideEventRecorded e) {
      p.put("text", e.text());
    } else if (event instanceof LiveEvent.AgreementSigned e) {
      p.put("party", e.party());
    } else {
      FollowThroughCodec.encode(event, space, p);
    }
    return p;
  }

  /**
   * The event of kind {@code type} whose payload is {@code p}.
   *
   * @param space the negotiation's space (may be null for a creation)
   * @throws IllegalArgumentException naming the kind and field when the payload is not one this
   *     codec writes
   */
  public static LiveEvent decode(EventType type, ObjectNode p, OutcomeSpace space) {
    try {
      return read(type, p, space);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "a " + type.wire() + " payload is not in the log's format: " + e.getMessage(), e);
    }
  }

  private static LiveEvent read(EventType type, ObjectNode p, OutcomeSpace space) {
    Optional<JsonNode> sealed = Optional.ofNullable(p.get(SEALED));
    return switch (type) {
      case NEGOTIATION_CREATED -> {
        List<Participant> parties = new ArrayList<>();
        for (JsonNode party : field(p, "parties")) {
          parties.add(
              new Participant(
                  text(party, "id"),
                  text(party, "name"),
                  Role.valueOf(text(party, "role").toUpperCase(Locale.ROOT))));
        }
        yield new NegotiationCreated(
            text(p, "name"),
            text(p, "description"),
            text(p, "lead"),
            parties,
            IssueList.space((ArrayNode) field(p, "issues")),
            field(p, "deadline").intValue(),
            sealed.map(
                s ->
                    new NegotiationCreated.Secret(
                        text(s, "scenario"), text(s, "format"), field(s, "seed").longValue())));
      }
      case PARTICIPANT_INVITED ->
          new ParticipantInvited(text(p, "participant"), sealed.map(s -> text(s, "tokenHash")));
      case INVITATION_REVOKED -> new InvitationRevoked(text(p, "participant"));
      case TEXT_DRAFTED ->
          new TextDrafted(
              field(p, "version").intValue(),
              outcome(p, space),
              text(p, "note"),
              p.path("robot").asBoolean(false));
      case TEXT_RELEASED ->
          new TextReleased(
              field(p, "version").intValue(), outcome(p, space), text(p, "note"), strings(p, TO));
      case RESPONSE_SUBMITTED -> {
        List<Amendment> amendments = new ArrayList<>();
        for (JsonNode item : field(p, "amendments")) {
          int issue = OutcomeCodec.position(space, text(item, "issue"), "amendments");
          amendments.add(
              new Amendment(
                  issue,
                  OutcomeCodec.value(space.issue(issue), field(item, "value"), "amendments"),
                  text(item, "reason")));
        }
        yield new ResponseSubmitted(
            field(p, "version").intValue(),
            Verdict.fromWire(text(p, "verdict"))
                .orElseThrow(() -> new IllegalArgumentException("unknown verdict")),
            amendments,
            text(p, "reason"),
            p.path("robot").asBoolean(false));
      }
      case MESSAGE_SENT -> new MessageSent(strings(p, TO), text(p, "text"));
      case MESSAGE_RELEASED ->
          new MessageReleased(
              field(p, "message").longValue(), text(p, "from"), text(p, "text"), strings(p, TO));
      case PREFERENCES_CONFIDED ->
          new PreferencesConfided(
              text(p, "party"),
              sealed.map(
                  s -> ConfidingJson.confiding(space, (ObjectNode) field(s, "preferences"))));
      case SESSION_SCHEDULED ->
          new SessionScheduled(
              text(p, "name"), text(p, "venue"), text(p, "date"), strings(p, "attendance"));
      case ADJOURNED -> new Adjourned(text(p, "until"), text(p, "reason"));
      case SUGGESTION_MADE -> {
        List<SuggestionMade.Package> packages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : field(p, "packages").properties()) {
          packages.add(
              new SuggestionMade.Package(
                  entry.getKey(),
                  entry.getValue().isNull()
                      ? Optional.empty()
                      : Optional.of(OutcomeCodec.read(entry.getValue(), space, "packages"))));
        }
        List<SuggestionMade.Basis> basis = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : field(p, "basis").properties()) {
          basis.add(new SuggestionMade.Basis(entry.getKey(), textValue(entry.getValue(), "basis")));
        }
        yield new SuggestionMade(packages, basis, text(p, "note"));
      }
      case SUGGESTION_RELEASED ->
          new SuggestionReleased(
              field(p, "suggestion").longValue(),
              text(p, "package"),
              outcome(p, space),
              strings(p, TO));
      case SEAT_ASSIGNED -> new SeatAssigned(text(p, "participant"), text(p, "strategy"));
      case AGREEMENT_RECORDED ->
          new AgreementRecorded(
              field(p, "version").intValue(),
              outcome(p, space),
              strings(p, "parties"),
              text(p, "logHash"));
      case NEGOTIATION_ENDED -> new NegotiationEnded(text(p, "reason"));
      // follow-through (issue 17)
      case RATIFICATION_OPENED,
          RATIFIER_VOTED,
          PARTY_RATIFIED,
          RATIFICATION_FAILED,
          AGREEMENT_RATIFIED,
          IMPROVEMENT_PROPOSED,
          IMPROVEMENT_ANSWERED,
          IMPROVEMENT_ADOPTED,
          IMPROVEMENT_DECLINED,
          IMPLEMENTATION_BEGAN,
          STEP_REPORTED,
          STEP_VERIFIED,
          STEP_DISPUTED,
          DISPUTE_RESOLVED,
          STEP_BREACHED ->
          FollowThroughCodec.decode(type, p, space);
      // The mediator's day (issue 16).
      case SESSION_ADJOURNED ->
          new LiveEvent.SessionAdjourned(
              text(p, "resumesAt"), text(p, "zone"), text(p, "venue"), text(p, "reason"));
      case SESSION_RESUMED -> new LiveEvent.SessionResumed(text(p, "note"));
      case DEADLINE_SET -> new LiveEvent.DeadlineSet(text(p, "at"), text(p, "zone"));
      case NOTE_WRITTEN -> new LiveEvent.NoteWritten(text(p, "text"));
      case MESSAGE_PARAPHRASED ->
          new LiveEvent.MessageParaphrased(
              field(p, "message").longValue(), text(p, "from"), text(p, "text"), strings(p, TO));
      case OUTSIDE_EVENT_RECORDED -> new LiveEvent.OutsideEventRecorded(text(p, "text"));
      case AGREEMENT_SIGNED -> new LiveEvent.AgreementSigned(text(p, "party"));
    };
  }

  /**
   * The provisions of an agreement on {@code outcome}: {@code [{"issue","issueName","value",
   * "label"}]}, every issue in order.
   */
  public static ArrayNode provisions(Outcome outcome, OutcomeSpace space) {
    ArrayNode provisions = Json.MAPPER.createArrayNode();
    for (int i = 0; i < space.issueCount(); i++) {
      Issue issue = space.issue(i);
      int value = outcome.valueIndex(i);
      ObjectNode provision = provisions.addObject().put("issue", issue.id());
      provision.put("issueName", issue.name());
      provision.set("value", OutcomeCodec.valueNode(issue, value));
      provision.put("label", issue.labelAt(value));
    }
    return provisions;
  }

  /** The strings {@code values} as a JSON array. */
  public static ArrayNode strings(List<String> values) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  static Outcome outcome(JsonNode p, OutcomeSpace space) {
    return OutcomeCodec.read(field(p, "outcome"), space, "outcome");
  }

  static List<String> strings(JsonNode p, String name) {
    List<String> list = new ArrayList<>();
    for (JsonNode item : field(p, name)) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException("field '" + name + "' holds a non-string");
      }
      list.add(item.textValue());
    }
    return list;
  }

  static String text(JsonNode p, String name) {
    return textValue(field(p, name), name);
  }

  private static String textValue(JsonNode node, String name) {
    if (!node.isTextual()) {
      throw new IllegalArgumentException("field '" + name + "' is not a string");
    }
    return node.textValue();
  }

  static JsonNode field(JsonNode p, String name) {
    JsonNode node = p.get(name);
    if (node == null) {
      throw new IllegalArgumentException("field '" + name + "' is missing");
    }
    return node;
  }
}
