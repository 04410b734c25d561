package io.parley.live.rules;

import io.parley.live.LiveException;
import io.parley.live.events.EventDraft;
import io.parley.live.events.LiveEvent;
import io.parley.live.rooms.Recipients;
import io.parley.live.rooms.Viewer;
import io.parley.live.state.Agreement;
import io.parley.live.state.Message;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Status;
import io.parley.live.state.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of the mediator's day (issue 16), kept apart from the {@link Rulebook} that calls them:
 * adjourning a session to a date, time zone and venue and resuming it, setting the deadline as a
 * date, private notes, paraphrased messages, outside events and the parties' signatures, and the
 * round budget that only full releases consume.
 *
 * <p>Who sees what: an adjournment, a resumption, a deadline, an outside event and a signature go
 * to every participant; a note to the mediation team alone (never a party or a guarantor); a
 * paraphrase to the mediators and the parties it is addressed to.
 */
public final class DayRules {
  private DayRules() {}

  /** The event {@code move} produces, when the rules allow it now. */
  public static EventDraft check(Negotiation state, Viewer viewer, Command.DayMove move) {
    if (move instanceof Command.SignAgreement) {
      return sign(state, viewer);
    }
    Requirements.requireOpen(state);
    if (move instanceof Command.AdjournSession adjourn) {
      return new EventDraft(
          new LiveEvent.SessionAdjourned(
              adjourn.resumesAt(), adjourn.zone(), adjourn.venue(), adjourn.reason()),
          Recipients.everyone(state));
    }
    if (move instanceof Command.ResumeSession resume) {
      if (state.day().adjourned().isEmpty()) {
        throw LiveException.conflict("the session is not adjourned: there is nothing to resume");
      }
      return new EventDraft(
          new LiveEvent.SessionResumed(resume.note()), Recipients.everyone(state));
    }
    if (move instanceof Command.SetDeadline deadline) {
      return new EventDraft(
          new LiveEvent.DeadlineSet(deadline.at(), deadline.zone()), Recipients.everyone(state));
    }
    if (move instanceof Command.WriteNote note) {
      return new EventDraft(new LiveEvent.NoteWritten(note.text()), Recipients.mediatorsAnd());
    }
    if (move instanceof Command.ParaphraseMessage paraphrase) {
      Message original =
          state.messages().stream()
              .filter(m -> m.seq() == paraphrase.message() && m.released().isEmpty())
              .filter(m -> !Requirements.isMediator(state, m.from()))
              .findFirst()
              .orElseThrow(
                  () ->
                      LiveException.notFound(
                          "no participant's message has sequence number " + paraphrase.message()));
      Requirements.requireAudience(state, paraphrase.to(), "to");
      return new EventDraft(
          new LiveEvent.MessageParaphrased(
              original.seq(), original.from(), paraphrase.text(), paraphrase.to()),
          Recipients.mediatorsAnd(paraphrase.to()));
    }
    if (move instanceof Command.RecordOutsideEvent outside) {
      return new EventDraft(
          new LiveEvent.OutsideEventRecorded(outside.text()), Recipients.everyone(state));
    }
    throw new IllegalArgumentException("no rule for " + move);
  }

  /**
   * Refuses a release that would complete a version for every party once the deadline's rounds are
   * used: only versions released to every party count against the budget.
   */
  public static void checkRoundBudget(Negotiation state, Text text, List<String> to) {
    List<String> after = new ArrayList<>(text.releasedTo());
    after.addAll(to);
    boolean completes =
        !text.releasedTo().containsAll(state.parties()) && after.containsAll(state.parties());
    if (completes && state.roundsUsed() >= state.deadline()) {
      throw LiveException.conflict(
          "the deadline of "
              + state.deadline()
              + " rounds is used: version "
              + text.version()
              + " cannot be released to every party; release it to some parties, record an"
              + " agreement or end the negotiation");
    }
  }

  private static EventDraft sign(Negotiation state, Viewer viewer) {
    Requirements.requirePersonOrOwnRobot(state, viewer);
    Agreement agreement =
        state
            .agreement()
            .orElseThrow(
                () ->
                    state.status() == Status.ENDED
                        ? LiveException.ended(
                            Status.ENDED,
                            "the negotiation has ended without agreement: there is nothing to"
                                + " sign")
                        : LiveException.conflict("no agreement has been recorded yet to sign"));
    String party = viewer.participant();
    if (!agreement.recorded().parties().contains(party)) {
      throw LiveException.forbidden("you are not a party to the agreement");
    }
    if (state.day().signatures().containsKey(party)) {
      throw LiveException.conflict(
          "you already signed the agreement at " + state.day().signatures().get(party));
    }
    return new EventDraft(new LiveEvent.AgreementSigned(party), Recipients.everyone(state));
  }
}
