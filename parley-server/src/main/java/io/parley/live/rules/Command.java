package io.parley.live.rules;

import io.parley.live.consent.Confiding;
import io.parley.live.events.Verdict;
import io.parley.outcome.Outcome;
import java.util.List;

/**
 * A move in a live negotiation, read and checked for form but not yet against the negotiation's
 * state (that is the {@link Rulebook}'s job).
 */
public sealed interface Command
    permits Command.Invite,
        Command.Revoke,
        Command.DraftText,
        Command.ReleaseText,
        Command.SendMessage,
        Command.ReleaseMessage,
        Command.ScheduleSession,
        Command.Adjourn,
        Command.Suggest,
        Command.ReleaseSuggestion,
        Command.AssignSeat,
        Command.RecordAgreement,
        Command.End,
        Command.Respond,
        Command.Confide,
        // follow-through (issue 17)
        Command.RecordVote,
        Command.ProposeImprovement,
        Command.AnswerImprovement,
        Command.BeginImplementation,
        Command.ReportStep,
        Command.VerifyStep,
        Command.DisputeStep,
        Command.ResolveDispute,
        Command.DeclareBreach,
        Command.DayMove {

  /** Invite {@code participant} with a fresh token whose SHA-256 is {@code tokenHash}. */
  record Invite(String participant, String tokenHash) implements Command {}

  /** Revoke {@code participant}'s token. */
  record Revoke(String participant) implements Command {}

  /** Draft the next version of the single text. */
  record DraftText(Outcome outcome, String note) implements Command {}

  /** Release text {@code version} to {@code to}. */
  record ReleaseText(int version, List<String> to) implements Command {}

  /** A message; {@code to} is empty for a participant writing to the mediators. */
  record SendMessage(List<String> to, String text) implements Command {}

  /** Forward the participant's message {@code message} (a sequence number) to {@code to}. */
  record ReleaseMessage(long message, List<String> to) implements Command {}

  /** Schedule a session. */
  record ScheduleSession(String name, String venue, String date, List<String> attendance)
      implements Command {}

  /** Adjourn the talks until session {@code until}. */
  record Adjourn(String until, String reason) implements Command {}

  /** Compute suggested packages. */
  record Suggest() implements Command {}

  /** Release package {@code name} of suggestion {@code suggestion} to {@code to}. */
  record ReleaseSuggestion(long suggestion, String name, List<String> to) implements Command {}

  /** Seat a robot of {@code strategy} for {@code participant} ({@link Rulebook#HUMAN} to undo). */
  record AssignSeat(String participant, String strategy) implements Command {}

  /** Record the agreement on text {@code version}. */
  record RecordAgreement(int version) implements Command {}

  /** End the negotiation without agreement. */
  record End(String reason) implements Command {}

  /** A party's answer to text {@code version}. */
  record Respond(int version, Verdict verdict, List<AmendmentInput> amendments, String reason)
      implements Command {
    public Respond {
      amendments = List.copyOf(amendments);
    }
  }

  /** One proposed change: issue position, value index, reason. */
  record AmendmentInput(int issue, int value, String reason) {}

  /** A party confides its preferences ({@code preferences} in the API's form, already checked). */
  record Confide(Confiding preferences) implements Command {}

  // ---- follow-through (issue 17): io.parley.live.followthrough.FollowThroughRules checks these

  /** Record ratifier {@code ratifier}'s vote ({@code accepts}) on the agreement. */
  record RecordVote(String ratifier, boolean accepts, String note) implements Command {}

  /** Open an improvement round on the agreement. */
  record ProposeImprovement() implements Command {}

  /** A party accepts the proposed improvement ({@code accepts}) or keeps the agreement. */
  record AnswerImprovement(boolean accepts) implements Command {}

  /** Begin tracking the implementation plan. */
  record BeginImplementation() implements Command {}

  /** The performer reports step {@code step} done. */
  record ReportStep(String step, String note) implements Command {}

  /** A guarantor verifies step {@code step}. */
  record VerifyStep(String step, String note) implements Command {}

  /** A guarantor disputes the report that step {@code step} is done. */
  record DisputeStep(String step, String reason) implements Command {}

  /** The mediators resolve the dispute over {@code step}: as verified, or to be done again. */
  record ResolveDispute(String step, boolean verified, String note) implements Command {}

  /** The mediators declare the disputed step {@code step} breached. */
  record DeclareBreach(String step, String reason) implements Command {}

  // The mediator's day (issue 16): each checked by DayRules.

  /** A move of the mediator's day, checked by {@code DayRules}. */
  sealed interface DayMove extends Command
      permits AdjournSession,
          ResumeSession,
          SetDeadline,
          WriteNote,
          ParaphraseMessage,
          RecordOutsideEvent,
          SignAgreement {}

  /** Adjourn the session until {@code resumesAt} (local ISO date-time) in {@code zone}. */
  record AdjournSession(String resumesAt, String zone, String venue, String reason)
      implements DayMove {}

  /** Resume the adjourned session. */
  record ResumeSession(String note) implements DayMove {}

  /** Set the deadline to {@code at} (local ISO date-time) in {@code zone}. */
  record SetDeadline(String at, String zone) implements DayMove {}

  /** A private note for the mediation team. */
  record WriteNote(String text) implements DayMove {}

  /** Pass participant message {@code message} on to {@code to} in the mediators' words. */
  record ParaphraseMessage(long message, String text, List<String> to) implements DayMove {}

  /** Record something that happened outside the talks. */
  record RecordOutsideEvent(String text) implements DayMove {}

  /** The caller (a party) signs the recorded agreement. */
  record SignAgreement() implements DayMove {}
}
