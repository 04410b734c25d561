package io.parley.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a live mediated negotiation: who may make which move, and when. {@link #check}
 * decides against the negotiation's current state (folded in full) and returns the event the move
 * produces, or throws a {@link LiveException} and produces nothing.
 *
 * <p>The single negotiating text: mediators draft versions 1, 2, ... (at most the deadline's number
 * of rounds) and release each to chosen participants; a party answers the latest version released
 * to it (accept, reject, or amend with reasons), and may answer it again; the agreement is recorded
 * on a version every party's latest answer accepts. After the agreement or the end, only
 * invitations change.
 */
final class Rulebook {
  /** The seat strategy that returns a seat to a person. */
  static final String HUMAN = "human";

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
          Move.END);

  private static final Set<Move> PARTY_MOVES = EnumSet.of(Move.RESPOND, Move.CONFIDE);

  private Rulebook() {}

  /**
   * What the rules need beyond the folded state.
   *
   * @param scenario the negotiation's scenario (the server's copy, never shown)
   * @param confided party to the preferences it confided
   * @param logHead the hash of the log's last event
   */
  record Context(Scenario scenario, Map<String, Preferences> confided, String logHead) {
    Context {
      confided = Map.copyOf(confided);
    }
  }

  /**
   * Refuses a move the viewer's role never allows, before its body is read.
   *
   * @throws LiveException FORBIDDEN naming the role the move needs
   */
  static void checkRole(Viewer viewer, Move move) {
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
  static EventDraft check(Negotiation state, Viewer viewer, Command command, Context context) {
    if (command instanceof Command.Invite invite) {
      Requirements.requireOpen(state);
      Requirements.requireParticipant(state, invite.participant(), "participant");
      ObjectNode payload = Json.object().put("participant", invite.participant());
      payload.putObject(Visibility.SEALED).put("tokenHash", invite.tokenHash());
      return draft(
          EventType.PARTICIPANT_INVITED, Recipients.mediatorsAnd(Visibility.SYSTEM), payload);
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
          EventType.INVITATION_REVOKED,
          Recipients.mediatorsAnd(),
          Json.object().put("participant", revoke.participant()));
    }
    Requirements.requireOpen(state);
    if (command instanceof Command.DraftText text) {
      Requirements.requireMediatorSeat(state, viewer);
      int version = state.texts().size() + 1;
      if (version > state.deadline()) {
        throw LiveException.conflict(
            "the deadline of "
                + state.deadline()
                + " rounds is reached: no version "
                + version
                + " may be drafted; record an agreement or end the negotiation");
      }
      ObjectNode payload = Json.object().put("version", version);
      payload.set("outcome", OutcomeCodec.write(text.outcome(), state.space()));
      payload.put("note", text.note());
      payload.put("robot", viewer.robot());
      return draft(EventType.TEXT_DRAFTED, Recipients.mediatorsAnd(), payload);
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
      ObjectNode payload = Json.object().put("version", text.version());
      payload.set("outcome", OutcomeCodec.write(text.outcome(), state.space()));
      payload.put("note", text.note());
      payload.set(Visibility.TO, Recipients.array(release.to()));
      return draft(EventType.TEXT_RELEASED, Recipients.mediatorsAnd(release.to()), payload);
    }
    if (command instanceof Command.SendMessage message) {
      ObjectNode payload = Json.object();
      if (viewer.isMediator()) {
        Requirements.requireAudience(state, message.to(), "to");
        payload.set(Visibility.TO, Recipients.array(message.to()));
        payload.put("text", message.text());
        return draft(EventType.MESSAGE_SENT, Recipients.mediatorsAnd(message.to()), payload);
      }
      payload.set(Visibility.TO, Recipients.array(List.of(Visibility.MEDIATOR)));
      payload.put("text", message.text());
      return draft(EventType.MESSAGE_SENT, Recipients.mediatorsAnd(viewer.participant()), payload);
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
      ObjectNode payload = Json.object().put("message", original.seq());
      payload.put("from", original.from());
      payload.put("text", original.text());
      payload.set(Visibility.TO, Recipients.array(release.to()));
      return draft(EventType.MESSAGE_RELEASED, Recipients.mediatorsAnd(release.to()), payload);
    }
    if (command instanceof Command.ScheduleSession session) {
      for (String participant : session.attendance()) {
        Requirements.requireParticipant(state, participant, "attendance");
      }
      ObjectNode payload = Json.object().put("name", session.name());
      payload.put("venue", session.venue());
      payload.put("date", session.date());
      payload.set("attendance", Recipients.array(session.attendance()));
      return draft(EventType.SESSION_SCHEDULED, Recipients.everyone(state), payload);
    }
    if (command instanceof Command.Adjourn adjourn) {
      if (state.sessions().stream().noneMatch(s -> s.name().equals(adjourn.until()))) {
        throw LiveException.badInput(
            "field 'until' names session '"
                + adjourn.until()
                + "', which is not scheduled; sessions are "
                + state.sessions().stream().map(ScheduledSession::name).toList());
      }
      ObjectNode payload = Json.object().put("until", adjourn.until());
      payload.put("reason", adjourn.reason());
      return draft(EventType.ADJOURNED, Recipients.everyone(state), payload);
    }
    if (command instanceof Command.Suggest) {
      return draft(
          EventType.SUGGESTION_MADE,
          Recipients.mediatorsAnd(),
          Suggestions.compute(context.scenario(), context.confided()));
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
      ObjectNode payload =
          Json.object()
              .put(
                  "reason",
                  end.reason().isEmpty() ? "the mediators ended the negotiation" : end.reason());
      return draft(EventType.NEGOTIATION_ENDED, Recipients.everyone(state), payload);
    }
    if (command instanceof Command.Respond respond) {
      return respond(state, viewer, respond);
    }
    if (command instanceof Command.Confide confide) {
      Requirements.requirePersonOrOwnRobot(state, viewer);
      ObjectNode payload = Json.object().put("party", viewer.participant()).put("confided", true);
      payload.putObject(Visibility.SEALED).set("preferences", confide.preferences());
      return draft(
          EventType.PREFERENCES_CONFIDED,
          Recipients.mediatorsAnd(viewer.participant(), Visibility.SYSTEM),
          payload);
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
          "text version " + respond.version() + " was not released to you; yours is " + latest);
    }
    if (respond.version() != latest) {
      throw LiveException.conflict(
          "text version "
              + respond.version()
              + " is not the latest released to you; answer version "
              + latest);
    }
    OutcomeSpace space = state.space();
    Text text = state.text(latest).orElseThrow();
    ArrayNode amendments = Json.MAPPER.createArrayNode();
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
      ObjectNode item = amendments.addObject().put("issue", issue.id());
      item.set("value", OutcomeCodec.valueNode(issue, amendment.value()));
      item.put("reason", amendment.reason());
    }
    ObjectNode payload = Json.object().put("version", respond.version());
    payload.put("verdict", respond.verdict().wire());
    payload.set("amendments", amendments);
    payload.put("reason", respond.reason());
    payload.put("robot", viewer.robot());
    return draft(EventType.RESPONSE_SUBMITTED, Recipients.mediatorsAnd(party), payload);
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
    var outcome = suggestion.content().path("packages").get(release.name());
    if (outcome == null || outcome.isNull()) {
      throw LiveException.conflict(
          "suggestion "
              + release.suggestion()
              + " has no "
              + release.name()
              + " package: "
              + suggestion.content().path("note").asText());
    }
    Requirements.requireAudience(state, release.to(), "to");
    ObjectNode payload = Json.object().put("suggestion", release.suggestion());
    payload.put("package", release.name());
    payload.set("outcome", outcome);
    payload.set(Visibility.TO, Recipients.array(release.to()));
    return draft(EventType.SUGGESTION_RELEASED, Recipients.mediatorsAnd(release.to()), payload);
  }

  private static EventDraft draft(EventType type, List<String> recipients, ObjectNode payload) {
    return new EventDraft(type, recipients, payload);
  }
}
