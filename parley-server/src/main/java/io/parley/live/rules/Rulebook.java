package io.parley.live.rules;

import io.parley.live.LiveException;
import io.parley.live.events.EventDraft;
import io.parley.live.events.LiveEvent;
import io.parley.live.followthrough.FollowThroughDraft;
import io.parley.live.followthrough.FollowThroughRules;
import io.parley.live.rooms.Recipients;
import io.parley.live.rooms.Viewer;
import io.parley.live.rooms.Visibility;
import io.parley.live.state.Message;
import io.parley.live.state.Negotiation;
import io.parley.live.state.ScheduledSession;
import io.parley.live.state.Suggestion;
import io.parley.live.state.Text;
import io.parley.live.suggest.Suggestions;
import io.parley.negotiator.Amendment;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a live mediated negotiation: who may make which move, and when. {@link #check}
 * decides against the negotiation's current state (folded in full) and returns the event the move
 * produces, or throws a {@link LiveException} and produces nothing.
 *
 * <p>The single negotiating text: mediators draft versions 1, 2, ... (at most the deadline's number
 * of rounds, counting only the versions released to every party) and release each to chosen
 * participants; a party answers each version released to it (accept, reject, or amend with reasons;
 * a rejection may name the changes it needs), and may answer it again; the agreement is recorded on
 * a version every party's latest answer accepts. After the agreement or the end, only revocations
 * and the parties' signatures of the agreement are accepted.
 */
public final class Rulebook {
  /** The seat strategy that returns a seat to a person. */
  public static final String HUMAN = "human";

  private static final Set<Move> MEDIATOR_MOVES =
      EnumSet.of(
          Move.INVITE,
          Move.REVOKE,
          Move.DRAFT_TEXT,
          Move.RELEASE_TEXT,
          Move.RELEASE_MESSAGE,
          Move.SCHEDULE_SESSION,
          Move.ADJOURN,
          Move.SUGGEST,
          Move.RELEASE_SUGGESTION,
          Move.ASSIGN_SEAT,
          Move.RECORD_AGREEMENT,
          Move.END,
          // The mediator's day (issue 16).
          Move.ADJOURN_SESSION,
          Move.RESUME_SESSION,
          Move.SET_DEADLINE,
          Move.WRITE_NOTE,
          Move.PARAPHRASE_MESSAGE,
          Move.RECORD_OUTSIDE_EVENT);

  private static final Set<Move> PARTY_MOVES =
      EnumSet.of(Move.RESPOND, Move.CONFIDE, Move.SIGN_AGREEMENT);

  private Rulebook() {}

  /**
   * What the rules need beyond the folded state.
   *
   * @param scenario the negotiation's scenario (the server's copy, never shown)
   * @param confided party to the preferences it confided
   * @param logHead the hash of the log's last event
   */
  public record Context(Scenario scenario, Map<String, Preferences> confided, String logHead) {
    public Context {
      confided = Map.copyOf(confided);
    }
  }

  /**
   * Refuses a move the viewer's role never allows, before its body is read.
   *
   * @throws LiveException FORBIDDEN naming the role the move needs
   */
  public static void checkRole(Viewer viewer, Move move) {
    if (MEDIATOR_MOVES.contains(move) && !viewer.isMediator()) {
      throw LiveException.forbidden(
          "only a mediator may " + describe(move) + "; you are " + viewer.participant());
    }
    if (PARTY_MOVES.contains(move) && !viewer.isParty()) {
      throw LiveException.forbidden(
          "only a party may " + describe(move) + "; you are " + viewer.participant());
    }
  }

  private static String describe(Move move) {
    return move.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /**
   * The event {@code command} produces, when the rules allow it now.
   *
   * @param context what the server knows beyond the state: the scenario, the confided preferences,
   *     the log's head
   */
  public static EventDraft check(
      Negotiation state, Viewer viewer, Command command, Context context) {
    if (FollowThroughRules.handles(command)) { // follow-through (issue 17): after the agreement
      FollowThroughDraft draft =
          FollowThroughRules.check(state, viewer, command, context.scenario(), context.confided());
      return draft(draft.event(), draft.recipients());
    }
    if (command instanceof Command.Invite invite) {
      Requirements.requireOpen(state);
      Requirements.requireParticipant(state, invite.participant(), "participant");
      return draft(
          new LiveEvent.ParticipantInvited(invite.participant(), Optional.of(invite.tokenHash())),
          Recipients.mediatorsAnd(Visibility.SYSTEM));
    }
    if (command instanceof Command.Revoke revoke) {
      Requirements.requireParticipant(state, revoke.participant(), "participant");
      if (!state.invited().contains(revoke.participant())) {
        throw LiveException.notFound(revoke.participant() + " has no invitation to revoke");
      }
      if (revoke.participant().equals(viewer.participant())) {
        throw LiveException.conflict("you cannot revoke your own invitation");
      }
      return draft(
          new LiveEvent.InvitationRevoked(revoke.participant()), Recipients.mediatorsAnd());
    }
    if (command instanceof Command.DayMove day) { // the mediator's day (issue 16)
      return DayRules.check(state, viewer, day);
    }
    Requirements.requireOpen(state);
    if (command instanceof Command.DraftText text) {
      Requirements.requireMediatorSeat(state, viewer);
      int version = state.texts().size() + 1;
      if (state.roundsUsed() >= state.deadline()) {
        throw LiveException.conflict(
            "the deadline of "
                + state.deadline()
                + " rounds is reached: no version "
                + version
                + " may be drafted; record an agreement or end the negotiation");
      }
      return draft(
          new LiveEvent.TextDrafted(version, text.outcome(), text.note(), viewer.robot()),
          Recipients.mediatorsAnd());
    }
    if (command instanceof Command.ReleaseText release) {
      Requirements.requireMediatorSeat(state, viewer);
      Text text =
          state
              .text(release.version())
              .orElseThrow(
                  () ->
                      LiveException.notFound(
                          "text version "
                              + release.version()
                              + " does not exist; versions are 1 to "
                              + state.texts().size()));
      Requirements.requireAudience(state, release.to(), "to");
      for (String participant : release.to()) {
        int latest = state.latestReleasedTo(participant);
        if (latest >= release.version()) {
          throw LiveException.conflict(
              participant
                  + (latest == release.version()
                      ? " already has version " + latest
                      : " already has the newer version " + latest));
        }
      }
      DayRules.checkRoundBudget(state, text, release.to());
      return draft(
          new LiveEvent.TextReleased(text.version(), text.outcome(), text.note(), release.to()),
          Recipients.mediatorsAnd(release.to()));
    }
    if (command instanceof Command.SendMessage message) {
      if (viewer.isMediator()) {
        Requirements.requireAudience(state, message.to(), "to");
        return draft(
            new LiveEvent.MessageSent(message.to(), message.text()),
            Recipients.mediatorsAnd(message.to()));
      }
      return draft(
          new LiveEvent.MessageSent(List.of(Visibility.MEDIATOR), message.text()),
          Recipients.mediatorsAnd(viewer.participant()));
    }
    if (command instanceof Command.ReleaseMessage release) {
      Message original =
          state.messages().stream()
              .filter(m -> m.seq() == release.message() && m.released().isEmpty())
              .filter(m -> !Requirements.isMediator(state, m.from()))
              .findFirst()
              .orElseThrow(
                  () ->
                      LiveException.notFound(
                          "no participant's message has sequence number " + release.message()));
      Requirements.requireAudience(state, release.to(), "to");
      return draft(
          new LiveEvent.MessageReleased(
              original.seq(), original.from(), original.text(), release.to()),
          Recipients.mediatorsAnd(release.to()));
    }
    if (command instanceof Command.ScheduleSession session) {
      for (String participant : session.attendance()) {
        Requirements.requireParticipant(state, participant, "attendance");
      }
      return draft(
          new LiveEvent.SessionScheduled(
              session.name(), session.venue(), session.date(), session.attendance()),
          Recipients.everyone(state));
    }
    if (command instanceof Command.Adjourn adjourn) {
      if (state.sessions().stream().noneMatch(s -> s.name().equals(adjourn.until()))) {
        throw LiveException.badInput(
            "field 'until' names session '"
                + adjourn.until()
                + "', which is not scheduled; sessions are "
                + state.sessions().stream().map(ScheduledSession::name).toList());
      }
      return draft(
          new LiveEvent.Adjourned(adjourn.until(), adjourn.reason()), Recipients.everyone(state));
    }
    if (command instanceof Command.Suggest) {
      return draft(
          Suggestions.compute(context.scenario(), context.confided()), Recipients.mediatorsAnd());
    }
    if (command instanceof Command.ReleaseSuggestion release) {
      return releaseSuggestion(state, release);
    }
    if (command instanceof Command.AssignSeat seat) {
      return SeatRules.assign(state, seat, context.scenario());
    }
    if (command instanceof Command.RecordAgreement agreement) {
      Requirements.requireMediatorSeat(state, viewer);
      return Agreements.record(state, agreement.version(), context.logHead());
    }
    if (command instanceof Command.End end) {
      return draft(
          new LiveEvent.NegotiationEnded(
              end.reason().isEmpty() ? "the mediators ended the negotiation" : end.reason()),
          Recipients.everyone(state));
    }
    if (command instanceof Command.Respond respond) {
      return respond(state, viewer, respond);
    }
    if (command instanceof Command.Confide confide) {
      Requirements.requirePersonOrOwnRobot(state, viewer);
      return draft(
          new LiveEvent.PreferencesConfided(
              viewer.participant(), Optional.of(confide.preferences())),
          Recipients.mediatorsAnd(viewer.participant(), Visibility.SYSTEM));
    }
    throw new IllegalArgumentException("no rule for " + command);
  }

  private static EventDraft respond(Negotiation state, Viewer viewer, Command.Respond respond) {
    Requirements.requirePersonOrOwnRobot(state, viewer);
    String party = viewer.participant();
    int latest = state.latestReleasedTo(party);
    if (latest == 0) {
      throw LiveException.conflict("no text has been released to you yet");
    }
    if (state.text(respond.version()).filter(t -> t.releasedTo().contains(party)).isEmpty()) {
      throw LiveException.conflict(
          "text version "
              + respond.version()
              + " was not released to you; the latest released to you is "
              + latest);
    }
    // Each released version may be answered, and answered again (issue 16: answers per version).
    OutcomeSpace space = state.space();
    Text text = state.text(respond.version()).orElseThrow();
    List<Amendment> amendments = new ArrayList<>();
    for (Command.AmendmentInput amendment : respond.amendments()) {
      Issue issue = space.issue(amendment.issue());
      if (text.outcome().valueIndex(amendment.issue()) == amendment.value()) {
        throw LiveException.badInput(
            "the amendment of issue '"
                + issue.id()
                + "' proposes "
                + issue.labelAt(amendment.value())
                + ", which the text already says");
      }
      amendments.add(new Amendment(amendment.issue(), amendment.value(), amendment.reason()));
    }
    return draft(
        new LiveEvent.ResponseSubmitted(
            respond.version(), respond.verdict(), amendments, respond.reason(), viewer.robot()),
        Recipients.mediatorsAnd(party));
  }

  private static EventDraft releaseSuggestion(
      Negotiation state, Command.ReleaseSuggestion release) {
    Suggestion suggestion =
        state
            .suggestion(release.suggestion())
            .orElseThrow(
                () ->
                    LiveException.notFound(
                        "no suggestion has sequence number " + release.suggestion()));
    Optional<Outcome> outcome = suggestion.outcome(release.name());
    if (outcome.isEmpty()) {
      throw LiveException.conflict(
          "suggestion "
              + release.suggestion()
              + " has no "
              + release.name()
              + " package: "
              + suggestion.note());
    }
    Requirements.requireAudience(state, release.to(), "to");
    return draft(
        new LiveEvent.SuggestionReleased(
            release.suggestion(), release.name(), outcome.get(), release.to()),
        Recipients.mediatorsAnd(release.to()));
  }

  private static EventDraft draft(LiveEvent event, List<String> recipients) {
    return new EventDraft(event, recipients);
  }
}
