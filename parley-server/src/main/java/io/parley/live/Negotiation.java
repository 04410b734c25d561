package io.parley.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  private NegotiationCreated creation;
  private final Map<String, String> tokenHashes = new LinkedHashMap<>();
  private final Set<String> invited = new LinkedHashSet<>();
  private final TreeMap<Integer, Text> texts = new TreeMap<>();
  private final List<Response> responses = new ArrayList<>();
  private final List<Message> messages = new ArrayList<>();
  private final Map<String, Optional<ObjectNode>> confided = new LinkedHashMap<>();
  private final List<ScheduledSession> sessions = new ArrayList<>();
  private final List<Adjournment> adjournments = new ArrayList<>();
  private final Map<Long, Suggestion> suggestions = new LinkedHashMap<>();
  private final Map<String, String> seats = new LinkedHashMap<>();
  private Agreement agreement;
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
  void apply(SeenEvent seen) {
    LiveEvent event = seen.event();
    if (event instanceof NegotiationCreated e) {
      name = e.name();
      description = e.description();
      lead = e.lead();
      deadline = e.deadline();
      participants.addAll(e.parties());
      space = e.space();
      issues.addAll(IssueList.describe(space));
      creation = e;
    } else if (event instanceof ParticipantInvited e) {
      invited.add(e.participant());
      e.tokenHash().ifPresent(hash -> tokenHashes.put(e.participant(), hash));
    } else if (event instanceof InvitationRevoked e) {
      invited.remove(e.participant());
      tokenHashes.remove(e.participant());
    } else if (event instanceof TextDrafted e) {
      texts.put(
          e.version(),
          new Text(e.version(), e.outcome(), e.note(), seen.actor(), List.of(), e.robot()));
    } else if (event instanceof TextReleased e) {
      Text text = texts.get(e.version());
      if (text == null) {
        text = new Text(e.version(), e.outcome(), e.note(), seen.actor(), List.of(), false);
      }
      texts.put(e.version(), text.releasedTo(e.to()));
    } else if (event instanceof ResponseSubmitted e) {
      responses.add(
          new Response(
              seen.seq(),
              seen.actor(),
              e.version(),
              e.verdict(),
              e.amendments(),
              e.reason(),
              e.robot()));
    } else if (event instanceof MessageSent e) {
      messages.add(new Message(seen.seq(), seen.actor(), e.to(), e.text(), OptionalLong.empty()));
    } else if (event instanceof MessageReleased e) {
      messages.add(
          new Message(seen.seq(), e.from(), e.to(), e.text(), OptionalLong.of(e.message())));
    } else if (event instanceof PreferencesConfided e) {
      confided.put(e.party(), e.preferences());
    } else if (event instanceof SessionScheduled e) {
      sessions.add(new ScheduledSession(seen.seq(), e.name(), e.venue(), e.date(), e.attendance()));
    } else if (event instanceof Adjourned e) {
      adjournments.add(new Adjournment(seen.seq(), e));
    } else if (event instanceof SuggestionMade e) {
      suggestions.put(seen.seq(), Suggestion.made(seen.seq(), e));
    } else if (event instanceof SuggestionReleased e) {
      Suggestion made = suggestions.get(e.suggestion());
      if (made != null) {
        suggestions.put(e.suggestion(), made.released(seen.seq(), e));
      } else {
        suggestions.put(seen.seq(), Suggestion.releasedAlone(seen.seq(), e));
      }
    } else if (event instanceof SeatAssigned e) {
      if (e.strategy().equals(Rulebook.HUMAN)) {
        seats.remove(e.participant());
      } else {
        seats.put(e.participant(), e.strategy());
      }
    } else if (event instanceof AgreementRecorded e) {
      agreement = new Agreement(e, seen.time());
      status = Status.AGREED;
    } else if (event instanceof NegotiationEnded e) {
      status = Status.ENDED;
      endReason = e.reason();
    }
    lastSeq = seen.seq();
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

  /** The creation's sealed part (the scenario's text, the seed); empty unless folded in full. */
  Optional<NegotiationCreated.Secret> secret() {
    return creation == null ? Optional.empty() : creation.secret();
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

  List<Adjournment> adjournments() {
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

  Optional<Agreement> agreement() {
    return Optional.ofNullable(agreement);
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
