package io.parley.live.state;

import io.parley.live.consent.Confiding;
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
import io.parley.live.followthrough.FollowThroughState;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Visibility;
import io.parley.live.rules.Rulebook;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * A live negotiation's state as one viewer knows it: the fold, in sequence order, of the events
 * that viewer may see. Folded over every event in full it is the server's own state, against which
 * moves are checked; folded over a participant's {@link Visibility visible} events it is that
 * participant's room, and holds nothing the participant may not read.
 *
 * <p>A state is immutable: {@link #apply} returns the next state and leaves this one as it was, so
 * a state handed to a reader (the rules, a robot, a view) never changes under it.
 */
public final class Negotiation {
  private final String id;
  private final NegotiationCreated creation;
  private final List<Participant> participants;
  private final Map<String, String> tokenHashes;
  private final Set<String> invited;
  private final NavigableMap<Integer, Text> texts;
  private final List<Response> responses;
  private final List<Message> messages;
  private final Map<String, Optional<Confiding>> confided;
  private final List<ScheduledSession> sessions;
  private final List<Adjournment> adjournments;
  private final Map<Long, Suggestion> suggestions;
  private final Map<String, String> seats;
  private final Agreement agreement;
  private final Status status;
  private final String endReason;
  private final long lastSeq;
  private final FollowThroughState followThrough; // follow-through (issue 17)
  private final Day day;

  private Negotiation(Fold fold) {
    id = fold.id;
    creation = fold.creation;
    participants = List.copyOf(fold.participants);
    tokenHashes = Collections.unmodifiableMap(new LinkedHashMap<>(fold.tokenHashes));
    invited = Collections.unmodifiableSet(new LinkedHashSet<>(fold.invited));
    texts = Collections.unmodifiableNavigableMap(new TreeMap<>(fold.texts));
    responses = List.copyOf(fold.responses);
    messages = List.copyOf(fold.messages);
    confided = Collections.unmodifiableMap(new LinkedHashMap<>(fold.confided));
    sessions = List.copyOf(fold.sessions);
    adjournments = List.copyOf(fold.adjournments);
    suggestions = Collections.unmodifiableMap(new LinkedHashMap<>(fold.suggestions));
    seats = Collections.unmodifiableMap(new LinkedHashMap<>(fold.seats));
    agreement = fold.agreement;
    status = fold.status;
    endReason = fold.endReason;
    lastSeq = fold.lastSeq;
    followThrough = fold.followThrough;
    day = fold.day;
  }

  /** The fold of {@code events}, which must be in sequence order and start with the creation. */
  public static Negotiation fold(String id, List<SeenEvent> events) {
    Fold fold = new Fold(id);
    events.forEach(fold::apply);
    return new Negotiation(fold);
  }

  /** The state after one more event (the next in sequence); this state is unchanged. */
  public Negotiation apply(SeenEvent event) {
    Fold fold = new Fold(this);
    fold.apply(event);
    return new Negotiation(fold);
  }

  /**
   * The fold in progress: the one place the state changes, event by event, before it is frozen into
   * a {@link Negotiation}.
   */
  private static final class Fold {
    private final String id;
    private NegotiationCreated creation;
    private final List<Participant> participants;
    private final Map<String, String> tokenHashes;
    private final Set<String> invited;
    private final TreeMap<Integer, Text> texts;
    private final List<Response> responses;
    private final List<Message> messages;
    private final Map<String, Optional<Confiding>> confided;
    private final List<ScheduledSession> sessions;
    private final List<Adjournment> adjournments;
    private final Map<Long, Suggestion> suggestions;
    private final Map<String, String> seats;
    private Agreement agreement;
    private Status status = Status.OPEN;
    private String endReason = "";
    private long lastSeq;
    private FollowThroughState followThrough = FollowThroughState.NONE;
    private Day day = Day.START;

    Fold(String id) {
      this.id = id;
      participants = new ArrayList<>();
      tokenHashes = new LinkedHashMap<>();
      invited = new LinkedHashSet<>();
      texts = new TreeMap<>();
      responses = new ArrayList<>();
      messages = new ArrayList<>();
      confided = new LinkedHashMap<>();
      sessions = new ArrayList<>();
      adjournments = new ArrayList<>();
      suggestions = new LinkedHashMap<>();
      seats = new LinkedHashMap<>();
    }

    Fold(Negotiation state) {
      id = state.id;
      creation = state.creation;
      participants = new ArrayList<>(state.participants);
      tokenHashes = new LinkedHashMap<>(state.tokenHashes);
      invited = new LinkedHashSet<>(state.invited);
      texts = new TreeMap<>(state.texts);
      responses = new ArrayList<>(state.responses);
      messages = new ArrayList<>(state.messages);
      confided = new LinkedHashMap<>(state.confided);
      sessions = new ArrayList<>(state.sessions);
      adjournments = new ArrayList<>(state.adjournments);
      suggestions = new LinkedHashMap<>(state.suggestions);
      seats = new LinkedHashMap<>(state.seats);
      agreement = state.agreement;
      status = state.status;
      endReason = state.endReason;
      lastSeq = state.lastSeq;
      followThrough = state.followThrough;
      day = state.day;
    }

    void apply(SeenEvent seen) {
      LiveEvent event = seen.event();
      if (event instanceof NegotiationCreated e) {
        participants.addAll(e.parties());
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
        sessions.add(
            new ScheduledSession(seen.seq(), e.name(), e.venue(), e.date(), e.attendance()));
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
      } else if (event instanceof LiveEvent.MessageParaphrased e) { // the mediator's day
        messages.add(
            new Message(
                seen.seq(), e.from(), e.to(), e.text(), OptionalLong.of(e.message()), true));
      }
      followThrough = followThrough.apply(event);
      day = day.apply(seen);
      lastSeq = seen.seq();
    }
  }

  public String id() {
    return id;
  }

  public String name() {
    return creation == null ? "" : creation.name();
  }

  public String description() {
    return creation == null ? "" : creation.description();
  }

  /** The mediator who holds the organiser's first token and whose seat a robot may take. */
  public String lead() {
    return creation == null ? "" : creation.lead();
  }

  /** The deadline in text versions (rounds). */
  public int deadline() {
    return creation == null ? 0 : creation.deadline();
  }

  public List<Participant> participants() {
    return participants;
  }

  public Optional<Participant> participant(String participantId) {
    return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
  }

  /** The negotiating parties (role party), in scenario order. */
  public List<String> parties() {
    return participants.stream().filter(p -> p.role() == Role.PARTY).map(Participant::id).toList();
  }

  public OutcomeSpace space() {
    return creation == null ? null : creation.space();
  }

  /** The creation's sealed part (the scenario's text, the seed); empty unless folded in full. */
  public Optional<NegotiationCreated.Secret> secret() {
    return creation == null ? Optional.empty() : creation.secret();
  }

  /** Participant to the SHA-256 of its current token; empty unless folded in full. */
  public Map<String, String> tokenHashes() {
    return tokenHashes;
  }

  public Set<String> invited() {
    return invited;
  }

  /** Every known text version, in version order. */
  public List<Text> texts() {
    return List.copyOf(texts.values());
  }

  public Optional<Text> text(int version) {
    return Optional.ofNullable(texts.get(version));
  }

  public Optional<Text> latestText() {
    return texts.isEmpty() ? Optional.empty() : Optional.of(texts.lastEntry().getValue());
  }

  /** The highest version released to {@code participant}, or 0. */
  public int latestReleasedTo(String participant) {
    int latest = 0;
    for (Text text : texts.values()) {
      if (text.releasedTo().contains(participant)) {
        latest = Math.max(latest, text.version());
      }
    }
    return latest;
  }

  public List<Response> responses() {
    return responses;
  }

  /** {@code party}'s latest response to {@code version}, if any. */
  public Optional<Response> latestResponse(String party, int version) {
    Response latest = null;
    for (Response response : responses) {
      if (response.party().equals(party) && response.version() == version) {
        latest = response;
      }
    }
    return Optional.ofNullable(latest);
  }

  public List<Message> messages() {
    return messages;
  }

  /** Party to its confided preferences (present only to the server and the party itself). */
  public Map<String, Optional<Confiding>> confided() {
    return confided;
  }

  public List<ScheduledSession> sessions() {
    return sessions;
  }

  public List<Adjournment> adjournments() {
    return adjournments;
  }

  public List<Suggestion> suggestions() {
    return List.copyOf(suggestions.values());
  }

  public Optional<Suggestion> suggestion(long seq) {
    return Optional.ofNullable(suggestions.get(seq));
  }

  /** Participant to the strategy of the robot playing its seat. */
  public Map<String, String> seats() {
    return seats;
  }

  public Optional<Agreement> agreement() {
    return Optional.ofNullable(agreement);
  }

  public Status status() {
    return status;
  }

  public String endReason() {
    return endReason;
  }

  public long lastSeq() {
    return lastSeq;
  }

  /**
   * What happened after the agreement, as far as this state's viewer saw it: ratification, the
   * improvement round and implementation (issue 17).
   */
  public FollowThroughState followThrough() {
    return followThrough;
  }

  /**
   * The rounds of the deadline used: the text versions released to every party. A version released
   * to some parties only does not count (issue 16: a partial release keeps the round budget).
   */
  public int roundsUsed() {
    List<String> parties = parties();
    int used = 0;
    for (Text text : texts.values()) {
      if (text.releasedTo().containsAll(parties)) {
        used++;
      }
    }
    return used;
  }

  /** The mediator's day: adjournment, deadline date, notes, outside events, signatures. */
  public Day day() {
    return day;
  }
}
