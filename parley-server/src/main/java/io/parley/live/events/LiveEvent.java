package io.parley.live.events;

import io.parley.live.consent.Confiding;
import io.parley.negotiator.Amendment;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.List;
import java.util.Optional;

/**
 * One thing that happened in a live negotiation, as its log records it: the closed set of event
 * kinds, one record each. A record holds what the log holds, typed: outcomes as {@link Outcome}s of
 * the negotiation's space, amendments as the engine's {@link Amendment}s (issue and value
 * positions), verdicts as {@link Verdict}s.
 *
 * <p>Two parts of some events are for some readers only (see {@code
 * io.parley.live.rooms.Visibility}): a <em>sealed</em> part (an invitation's token hash, the
 * scenario's text and the robots' seed, confided preferences), which {@link #unsealed()} removes,
 * and the list of addressees of an {@link Addressed} event, which {@link Addressed#withTo}
 * replaces.
 */
public sealed interface LiveEvent
    permits LiveEvent.Addressed,
        LiveEvent.NegotiationCreated,
        LiveEvent.ParticipantInvited,
        LiveEvent.InvitationRevoked,
        LiveEvent.TextDrafted,
        LiveEvent.ResponseSubmitted,
        LiveEvent.PreferencesConfided,
        LiveEvent.SessionScheduled,
        LiveEvent.Adjourned,
        LiveEvent.SuggestionMade,
        LiveEvent.SeatAssigned,
        LiveEvent.AgreementRecorded,
        LiveEvent.NegotiationEnded,
        // follow-through (issue 17): ratification, improvement round, implementation
        LiveEvent.RatificationOpened,
        LiveEvent.RatifierVoted,
        LiveEvent.PartyRatified,
        LiveEvent.RatificationFailed,
        LiveEvent.AgreementRatified,
        LiveEvent.ImprovementProposed,
        LiveEvent.ImprovementAnswered,
        LiveEvent.ImprovementAdopted,
        LiveEvent.ImprovementDeclined,
        LiveEvent.ImplementationBegan,
        LiveEvent.StepReported,
        LiveEvent.StepVerified,
        LiveEvent.StepDisputed,
        LiveEvent.DisputeResolved,
        LiveEvent.StepBreached,
        // the mediator's day (issue 16)
        LiveEvent.SessionAdjourned,
        LiveEvent.SessionResumed,
        LiveEvent.DeadlineSet,
        LiveEvent.NoteWritten,
        LiveEvent.OutsideEventRecorded,
        LiveEvent.AgreementSigned {

  /** This event's kind. */
  EventType type();

  /** This event without its sealed part; the event itself when it has none. */
  default LiveEvent unsealed() {
    return this;
  }

  /** An event sent to chosen addressees, whose list is shown to mediators only. */
  sealed interface Addressed extends LiveEvent
      permits TextReleased, MessageSent, MessageReleased, SuggestionReleased, MessageParaphrased {
    /** The addressees as written ({@code mediator} for the mediation team). */
    List<String> to();

    /** The same event with addressees {@code to}. */
    Addressed withTo(List<String> to);
  }

  /**
   * The negotiation was created from a scenario.
   *
   * @param lead the mediator who holds the organiser's first token and whose seat a robot may take
   * @param parties every participant, in scenario order
   * @param space the issues, as every participant reads them
   * @param deadline the deadline in text versions (rounds)
   * @param secret the scenario's text and the robots' seed, for the server alone
   */
  record NegotiationCreated(
      String name,
      String description,
      String lead,
      List<Participant> parties,
      OutcomeSpace space,
      int deadline,
      Optional<Secret> secret)
      implements LiveEvent {
    public NegotiationCreated {
      parties = List.copyOf(parties);
    }

    /**
     * The creation's sealed part.
     *
     * @param scenario the scenario's text as the organiser sent it
     * @param format {@code yaml} or {@code json}
     * @param seed the robots' seed
     */
    public record Secret(String scenario, String format, long seed) {}

    @Override
    public EventType type() {
      return EventType.NEGOTIATION_CREATED;
    }

    @Override
    public NegotiationCreated unsealed() {
      return new NegotiationCreated(
          name, description, lead, parties, space, deadline, Optional.empty());
    }
  }

  /** {@code participant} was invited with a fresh token whose SHA-256 is the sealed hash. */
  record ParticipantInvited(String participant, Optional<String> tokenHash) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.PARTICIPANT_INVITED;
    }

    @Override
    public ParticipantInvited unsealed() {
      return new ParticipantInvited(participant, Optional.empty());
    }
  }

  /** {@code participant}'s token was revoked. */
  record InvitationRevoked(String participant) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.INVITATION_REVOKED;
    }
  }

  /** A mediator (or the robot in its seat) drafted text {@code version}. */
  record TextDrafted(int version, Outcome outcome, String note, boolean robot)
      implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.TEXT_DRAFTED;
    }
  }

  /** Text {@code version} was released to {@code to}. */
  record TextReleased(int version, Outcome outcome, String note, List<String> to)
      implements Addressed {
    public TextReleased {
      to = List.copyOf(to);
    }

    @Override
    public EventType type() {
      return EventType.TEXT_RELEASED;
    }

    @Override
    public TextReleased withTo(List<String> to) {
      return new TextReleased(version, outcome, note, to);
    }
  }

  /** A party (or the robot in its seat) answered text {@code version}. */
  record ResponseSubmitted(
      int version, Verdict verdict, List<Amendment> amendments, String reason, boolean robot)
      implements LiveEvent {
    public ResponseSubmitted {
      amendments = List.copyOf(amendments);
    }

    @Override
    public EventType type() {
      return EventType.RESPONSE_SUBMITTED;
    }
  }

  /** A message to {@code to} (a party writes to {@code [mediator]}). */
  record MessageSent(List<String> to, String text) implements Addressed {
    public MessageSent {
      to = List.copyOf(to);
    }

    @Override
    public EventType type() {
      return EventType.MESSAGE_SENT;
    }

    @Override
    public MessageSent withTo(List<String> to) {
      return new MessageSent(to, text);
    }
  }

  /** The mediators forwarded message {@code message} (a sequence number) of {@code from}. */
  record MessageReleased(long message, String from, String text, List<String> to)
      implements Addressed {
    public MessageReleased {
      to = List.copyOf(to);
    }

    @Override
    public EventType type() {
      return EventType.MESSAGE_RELEASED;
    }

    @Override
    public MessageReleased withTo(List<String> to) {
      return new MessageReleased(message, from, text, to);
    }
  }

  /**
   * {@code party} confided its preferences: sealed, read and checked when they were confided.
   *
   * @param preferences the confided preferences, when not sealed away
   */
  record PreferencesConfided(String party, Optional<Confiding> preferences) implements LiveEvent {

    @Override
    public EventType type() {
      return EventType.PREFERENCES_CONFIDED;
    }

    @Override
    public PreferencesConfided unsealed() {
      return new PreferencesConfided(party, Optional.empty());
    }
  }

  /** A session was scheduled. */
  record SessionScheduled(String name, String venue, String date, List<String> attendance)
      implements LiveEvent {
    public SessionScheduled {
      attendance = List.copyOf(attendance);
    }

    @Override
    public EventType type() {
      return EventType.SESSION_SCHEDULED;
    }
  }

  /** The talks adjourned until session {@code until}. */
  record Adjourned(String until, String reason) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.ADJOURNED;
    }
  }

  /**
   * The mediators asked for suggested packages.
   *
   * @param packages each package name with its outcome (empty when there is none), in order
   * @param basis each party with where its preferences came from ({@code confided} or {@code
   *     scenario}), in order
   */
  record SuggestionMade(List<Package> packages, List<Basis> basis, String note)
      implements LiveEvent {
    public SuggestionMade {
      packages = List.copyOf(packages);
      basis = List.copyOf(basis);
    }

    /** One suggested package. */
    public record Package(String name, Optional<Outcome> outcome) {}

    /** Where one party's preferences came from. */
    public record Basis(String party, String source) {}

    /** The package named {@code name}, if suggested. */
    public Optional<Outcome> outcome(String name) {
      return packages.stream()
          .filter(p -> p.name().equals(name))
          .findFirst()
          .flatMap(Package::outcome);
    }

    @Override
    public EventType type() {
      return EventType.SUGGESTION_MADE;
    }
  }

  /** Package {@code name} of suggestion {@code suggestion} was released to {@code to}. */
  record SuggestionReleased(long suggestion, String name, Outcome outcome, List<String> to)
      implements Addressed {
    public SuggestionReleased {
      to = List.copyOf(to);
    }

    @Override
    public EventType type() {
      return EventType.SUGGESTION_RELEASED;
    }

    @Override
    public SuggestionReleased withTo(List<String> to) {
      return new SuggestionReleased(suggestion, name, outcome, to);
    }
  }

  /** A robot of {@code strategy} took {@code participant}'s seat ({@code human} gives it back). */
  record SeatAssigned(String participant, String strategy) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.SEAT_ASSIGNED;
    }
  }

  /**
   * The agreement on text {@code version} was recorded.
   *
   * @param logHash the hash of the log's event before the agreement
   */
  record AgreementRecorded(int version, Outcome outcome, List<String> parties, String logHash)
      implements LiveEvent {
    public AgreementRecorded {
      parties = List.copyOf(parties);
    }

    @Override
    public EventType type() {
      return EventType.AGREEMENT_RECORDED;
    }
  }

  /** The negotiation ended without agreement. */
  record NegotiationEnded(String reason) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.NEGOTIATION_ENDED;
    }
  }

  // ---- follow-through (issue 17): ratification, improvement round, implementation ----

  /**
   * The agreement goes to the parties' constituencies: each party in {@code parties} has ratifiers
   * whose votes {@code rules} add up (the rule as scenario files write it, one per party, in
   * order).
   */
  record RatificationOpened(List<String> parties, List<String> rules) implements LiveEvent {
    public RatificationOpened {
      parties = List.copyOf(parties);
      rules = List.copyOf(rules);
    }

    @Override
    public EventType type() {
      return EventType.RATIFICATION_OPENED;
    }
  }

  /** Ratifier {@code ratifier} of {@code party} voted for ({@code accepts}) or against. */
  record RatifierVoted(String party, String ratifier, boolean accepts, String note)
      implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.RATIFIER_VOTED;
    }
  }

  /** {@code party}'s constituency ratified the agreement under {@code rule}. */
  record PartyRatified(String party, String rule) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.PARTY_RATIFIED;
    }
  }

  /** {@code party}'s constituency refused the agreement under {@code rule}: it is not ratified. */
  record RatificationFailed(String party, String rule) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.RATIFICATION_FAILED;
    }
  }

  /** Every party's constituency ratified the agreement. */
  record AgreementRatified(List<String> parties) implements LiveEvent {
    public AgreementRatified {
      parties = List.copyOf(parties);
    }

    @Override
    public EventType type() {
      return EventType.AGREEMENT_RATIFIED;
    }
  }

  /**
   * The mediators opened an improvement round: {@code outcome} is the post-settlement improvement
   * of {@code agreement} (strictly better for every party by the server's basis).
   */
  record ImprovementProposed(Outcome agreement, Outcome outcome) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.IMPROVEMENT_PROPOSED;
    }
  }

  /** {@code party} accepted the proposed improvement, or kept the agreement. */
  record ImprovementAnswered(String party, boolean accepts) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.IMPROVEMENT_ANSWERED;
    }
  }

  /** Every party accepted: {@code outcome} is now the agreement. */
  record ImprovementAdopted(Outcome outcome) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.IMPROVEMENT_ADOPTED;
    }
  }

  /** A party kept the agreement: the improvement is not adopted and the agreement stands. */
  record ImprovementDeclined(String reason) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.IMPROVEMENT_DECLINED;
    }
  }

  /** Implementation tracking began on the plan's {@code steps}, in plan order, all pending. */
  record ImplementationBegan(List<PlannedStep> steps) implements LiveEvent {
    public ImplementationBegan {
      steps = List.copyOf(steps);
    }

    @Override
    public EventType type() {
      return EventType.IMPLEMENTATION_BEGAN;
    }
  }

  /** The performer reported step {@code step} done. */
  record StepReported(String step, String note) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.STEP_REPORTED;
    }
  }

  /** A guarantor of step {@code step} (or a mediator, for a step without one) verified it. */
  record StepVerified(String step, String note) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.STEP_VERIFIED;
    }
  }

  /** A guarantor of step {@code step} (or a mediator) disputed the report that it is done. */
  record StepDisputed(String step, String reason) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.STEP_DISPUTED;
    }
  }

  /**
   * The mediators resolved the dispute over step {@code step}: {@code verified} counts the step as
   * carried out; otherwise it is pending again, to be carried out and reported anew.
   */
  record DisputeResolved(String step, boolean verified, String note) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.DISPUTE_RESOLVED;
    }
  }

  /**
   * The mediators declared the disputed step {@code step} breached by {@code performer}: its
   * guarantees impose {@code penalty} (their sum) on it.
   */
  record StepBreached(
      String step,
      String performer,
      List<PlannedStep.Guarantee> guarantees,
      double penalty,
      String reason)
      implements LiveEvent {
    public StepBreached {
      guarantees = List.copyOf(guarantees);
    }

    @Override
    public EventType type() {
      return EventType.STEP_BREACHED;
    }
  }

  // The mediator's day (issue 16).

  /**
   * The mediators adjourned the session: talks resume at {@code resumesAt} (an ISO 8601 local date
   * and time, {@code 2026-12-08T10:00}) in time zone {@code zone} (an IANA id, {@code
   * Africa/Cairo}) at {@code venue}. Logs written before it hold {@link Adjourned} instead.
   */
  record SessionAdjourned(String resumesAt, String zone, String venue, String reason)
      implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.SESSION_ADJOURNED;
    }
  }

  /** The mediators resumed the adjourned session. */
  record SessionResumed(String note) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.SESSION_RESUMED;
    }
  }

  /**
   * The mediators set the deadline to {@code at} (an ISO 8601 local date and time) in time zone
   * {@code zone} (an IANA id); it replaces any earlier one.
   */
  record DeadlineSet(String at, String zone) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.DEADLINE_SET;
    }
  }

  /** A mediator wrote a private note: addressed to the mediation team alone. */
  record NoteWritten(String text) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.NOTE_WRITTEN;
    }
  }

  /**
   * The mediators passed on message {@code message} (a sequence number) of {@code from} to {@code
   * to} in their own words: {@code text} is the paraphrase, shown as one wherever it appears.
   */
  record MessageParaphrased(long message, String from, String text, List<String> to)
      implements Addressed {
    public MessageParaphrased {
      to = List.copyOf(to);
    }

    @Override
    public EventType type() {
      return EventType.MESSAGE_PARAPHRASED;
    }

    @Override
    public MessageParaphrased withTo(List<String> to) {
      return new MessageParaphrased(message, from, text, to);
    }
  }

  /** The mediators recorded something that happened outside the talks, for every participant. */
  record OutsideEventRecorded(String text) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.OUTSIDE_EVENT_RECORDED;
    }
  }

  /** {@code party} signed the recorded agreement (the event's time is the signature's). */
  record AgreementSigned(String party) implements LiveEvent {
    @Override
    public EventType type() {
      return EventType.AGREEMENT_SIGNED;
    }
  }
}
