package io.parley.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * A live negotiation's state as one viewer knows it: the fold, in sequence order, of the events
 * that viewer may see. Folded over every event in full it is the server's own state, against which
 * moves are checked; folded over a participant's {@link Visibility visible} events it is that
 * participant's room, and holds nothing the participant may not read.
 */
final class Negotiation {
  private String id = "";
  private String name = "";
  private String description = "";
  private String lead = "";
  private int deadline;
  private final List<Participant> participants = new ArrayList<>();
  private OutcomeSpace space;
  private final ArrayNode issues = Json.MAPPER.createArrayNode();
  private ObjectNode sealedCreation = Json.object();
  private final Map<String, String> tokenHashes = new LinkedHashMap<>();
  private final Set<String> invited = new LinkedHashSet<>();
  private final TreeMap<Integer, Text> texts = new TreeMap<>();
  private final List<Response> responses = new ArrayList<>();
  private final List<Message> messages = new ArrayList<>();
  private final Map<String, Optional<ObjectNode>> confided = new LinkedHashMap<>();
  private final List<ScheduledSession> sessions = new ArrayList<>();
  private final List<ObjectNode> adjournments = new ArrayList<>();
  private final Map<Long, Suggestion> suggestions = new LinkedHashMap<>();
  private final Map<String, String> seats = new LinkedHashMap<>();
  private ObjectNode agreement;
  private Status status = Status.OPEN;
  private String endReason = "";
  private long lastSeq;

  /** The fold of {@code events}, which must be in sequence order and start with the creation. */
  static Negotiation fold(String id, List<SeenEvent> events) {
    Negotiation negotiation = new Negotiation();
    negotiation.id = id;
    events.forEach(negotiation::apply);
    return negotiation;
  }

  /** Applies one more event (the next in sequence). */
  void apply(SeenEvent event) {
    ObjectNode p = event.payload();
    switch (event.eventType()) {
      case NEGOTIATION_CREATED:
        created(p);
        break;
      case PARTICIPANT_INVITED:
        invited.add(p.get("participant").textValue());
        if (p.has(Visibility.SEALED)) {
          tokenHashes.put(
              p.get("participant").textValue(),
              p.get(Visibility.SEALED).get("tokenHash").textValue());
        }
        break;
      case INVITATION_REVOKED:
        invited.remove(p.get("participant").textValue());
        tokenHashes.remove(p.get("participant").textValue());
        break;
      case TEXT_DRAFTED:
        texts.put(
            p.get("version").intValue(),
            new Text(
                p.get("version").intValue(),
                outcome(p.get("outcome")),
                p.get("note").textValue(),
                event.actor(),
                List.of(),
                p.path("robot").asBoolean(false)));
        break;
      case TEXT_RELEASED:
        released(event, p);
        break;
      case RESPONSE_SUBMITTED:
        responses.add(
            new Response(
                event.seq(),
                event.actor(),
                p.get("version").intValue(),
                Response.Verdict.fromWire(p.get("verdict").textValue()),
                (ArrayNode) p.get("amendments"),
                p.get("reason").textValue(),
                p.path("robot").asBoolean(false)));
        break;
      case MESSAGE_SENT:
        messages.add(
            new Message(
                event.seq(),
                event.actor(),
                texts(p.get(Visibility.TO)),
                p.get("text").textValue(),
                OptionalLong.empty()));
        break;
      case MESSAGE_RELEASED:
        messages.add(
            new Message(
                event.seq(),
                p.get("from").textValue(),
                texts(p.get(Visibility.TO)),
                p.get("text").textValue(),
                OptionalLong.of(p.get("message").longValue())));
        break;
      case PREFERENCES_CONFIDED:
        confided.put(
            p.get("party").textValue(),
            Optional.ofNullable((ObjectNode) p.path(Visibility.SEALED).get("preferences")));
        break;
      case SESSION_SCHEDULED:
        sessions.add(
            new ScheduledSession(
                event.seq(),
                p.get("name").textValue(),
                p.get("venue").textValue(),
                p.get("date").textValue(),
                texts(p.get("attendance"))));
        break;
      case ADJOURNED:
        ObjectNode adjourned = p.deepCopy();
        adjourned.put("seq", event.seq());
        adjournments.add(adjourned);
        break;
      case SUGGESTION_MADE:
        suggestions.put(event.seq(), new Suggestion(event.seq(), p.deepCopy()));
        break;
      case SUGGESTION_RELEASED:
        suggestionReleased(event, p);
        break;
      case SEAT_ASSIGNED:
        String strategy = p.get("strategy").textValue();
        if (strategy.equals(Rulebook.HUMAN)) {
          seats.remove(p.get("participant").textValue());
        } else {
          seats.put(p.get("participant").textValue(), strategy);
        }
        break;
      case AGREEMENT_RECORDED:
        agreement = p.deepCopy();
        agreement.put("recordedAt", event.time().toString());
        status = Status.AGREED;
        break;
      case NEGOTIATION_ENDED:
        status = Status.ENDED;
        endReason = p.get("reason").textValue();
        break;
      default:
        throw new IllegalStateException("no fold for " + event.type());
    }
    lastSeq = event.seq();
  }

  private void created(ObjectNode p) {
    name = p.get("name").textValue();
    description = p.get("description").textValue();
    lead = p.get("lead").textValue();
    deadline = p.get("deadline").intValue();
    for (JsonNode party : p.get("parties")) {
      participants.add(
          new Participant(
              party.get("id").textValue(),
              party.get("name").textValue(),
              Role.valueOf(party.get("role").textValue().toUpperCase(java.util.Locale.ROOT))));
    }
    issues.addAll((ArrayNode) p.get("issues"));
    space = IssueList.space(issues);
    if (p.has(Visibility.SEALED)) {
      sealedCreation = (ObjectNode) p.get(Visibility.SEALED);
    }
  }

  private void released(SeenEvent event, ObjectNode p) {
    int version = p.get("version").intValue();
    Text text = texts.get(version);
    if (text == null) {
      text =
          new Text(
              version,
              outcome(p.get("outcome")),
              p.get("note").textValue(),
              event.actor(),
              List.of(),
              false);
    }
    texts.put(version, text.releasedTo(texts(p.get(Visibility.TO))));
  }

  private void suggestionReleased(SeenEvent event, ObjectNode p) {
    long suggestion = p.get("suggestion").longValue();
    Suggestion made = suggestions.get(suggestion);
    if (made != null) {
      ArrayNode releases = made.content().withArray("releases");
      ObjectNode release = Json.object();
      release.put("seq", event.seq());
      release.put("package", p.get("package").textValue());
      release.set(Visibility.TO, p.get(Visibility.TO));
      releases.add(release);
    } else {
      ObjectNode content = p.deepCopy();
      content.remove(Visibility.TO);
      suggestions.put(event.seq(), new Suggestion(event.seq(), content));
    }
  }

  private Outcome outcome(JsonNode node) {
    return OutcomeCodec.read(node, space, "outcome");
  }

  private static List<String> texts(JsonNode array) {
    List<String> list = new ArrayList<>();
    if (array != null) {
      array.forEach(item -> list.add(item.textValue()));
    }
    return list;
  }

  String id() {
    return id;
  }

  String name() {
    return name;
  }

  String description() {
    return description;
  }

  /** The mediator who holds the organiser's first token and whose seat a robot may take. */
  String lead() {
    return lead;
  }

  /** The deadline in text versions (rounds). */
  int deadline() {
    return deadline;
  }

  List<Participant> participants() {
    return List.copyOf(participants);
  }

  Optional<Participant> participant(String participantId) {
    return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
  }

  /** The negotiating parties (role party), in scenario order. */
  List<String> parties() {
    return participants.stream().filter(p -> p.role() == Role.PARTY).map(Participant::id).toList();
  }

  OutcomeSpace space() {
    return space;
  }

  ArrayNode issues() {
    return issues.deepCopy();
  }

  /** The creation's sealed part (the scenario's text); empty unless folded in full. */
  ObjectNode sealedCreation() {
    return sealedCreation;
  }

  /** Participant to the SHA-256 of its current token; empty unless folded in full. */
  Map<String, String> tokenHashes() {
    return Map.copyOf(tokenHashes);
  }

  Set<String> invited() {
    return Set.copyOf(invited);
  }

  /** Every known text version, in version order. */
  List<Text> texts() {
    return List.copyOf(texts.values());
  }

  Optional<Text> text(int version) {
    return Optional.ofNullable(texts.get(version));
  }

  Optional<Text> latestText() {
    return texts.isEmpty() ? Optional.empty() : Optional.of(texts.lastEntry().getValue());
  }

  /** The highest version released to {@code participant}, or 0. */
  int latestReleasedTo(String participant) {
    int latest = 0;
    for (Text text : texts.values()) {
      if (text.releasedTo().contains(participant)) {
        latest = Math.max(latest, text.version());
      }
    }
    return latest;
  }

  List<Response> responses() {
    return List.copyOf(responses);
  }

  /** {@code party}'s latest response to {@code version}, if any. */
  Optional<Response> latestResponse(String party, int version) {
    Response latest = null;
    for (Response response : responses) {
      if (response.party().equals(party) && response.version() == version) {
        latest = response;
      }
    }
    return Optional.ofNullable(latest);
  }

  List<Message> messages() {
    return List.copyOf(messages);
  }

  /** Party to its confided preferences (present only to the server and the party itself). */
  Map<String, Optional<ObjectNode>> confided() {
    return Map.copyOf(confided);
  }

  List<ScheduledSession> sessions() {
    return List.copyOf(sessions);
  }

  List<ObjectNode> adjournments() {
    return List.copyOf(adjournments);
  }

  List<Suggestion> suggestions() {
    return List.copyOf(suggestions.values());
  }

  Optional<Suggestion> suggestion(long seq) {
    return Optional.ofNullable(suggestions.get(seq));
  }

  /** Participant to the strategy of the robot playing its seat. */
  Map<String, String> seats() {
    return Map.copyOf(seats);
  }

  Optional<ObjectNode> agreement() {
    return Optional.ofNullable(agreement).map(ObjectNode::deepCopy);
  }

  Status status() {
    return status;
  }

  String endReason() {
    return endReason;
  }

  long lastSeq() {
    return lastSeq;
  }
}
