package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which text the hill climber keeps as the best so far: more acceptances first, then fewer objected
 * provisions, a tie going to the newer text; an amendment objects to as many provisions as it
 * changes, a rejection to every issue.
 *
 * <p>The space has one issue with two values and two fixed issues, so a random change of the best
 * text can only flip the first issue: the next draft names the best text. Amendments here ask for
 * the fixed issues' only value, so they object without ever being written in.
 */
class HillClimbingBestTextTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(
          IntegerIssue.of("a", 0, 1), IntegerIssue.of("b", 5, 5), IntegerIssue.of("c", 5, 5));
  private static final Outcome X = Outcome.of(0, 0, 0);
  private static final Outcome Y = Outcome.of(1, 0, 0);

  private static HillClimbingMediator started(long seed) {
    var mediator = new HillClimbingMediator();
    mediator.start(Contexts.mediator(SPACE, Map.of(), seed));
    mediator.draft(new DraftRequest(1, 0, Optional.empty(), Map.of()));
    return mediator;
  }

  /**
   * Puts {@code text} as {@code version}, delivers the answers in order, returns the next draft.
   */
  private static Outcome round(
      HillClimbingMediator mediator, int version, Outcome text, List<Answer> answers) {
    long sequence = 1;
    mediator.observe(Contexts.event(sequence++, "m", new Payload.TextDrafted(version, text)));
    for (Answer answer : answers) {
      mediator.observe(Contexts.event(sequence++, answer.party(), answer.payload()));
    }
    return mediator.draft(new DraftRequest(version + 1, 0.5, Optional.of(text), Map.of()));
  }

  /** What one party answered. */
  private record Answer(String party, Payload payload) {}

  private static Answer answer(String party, Payload payload) {
    return new Answer(party, payload);
  }

  private static Answer accepts(String party, Outcome text) {
    return answer(party, new Payload.Accepted(text));
  }

  private static Answer rejects(String party, int version) {
    return answer(party, new Payload.Rejected(version, "no"));
  }

  /** An amendment of {@code provisions} provisions, each asking a fixed issue for its value. */
  private static Answer amends(String party, int version, int provisions) {
    List<Amendment> amendments = new ArrayList<>();
    for (int k = 0; k < provisions; k++) {
      amendments.add(new Amendment(1 + k % 2, 0, ""));
    }
    return answer(party, new Payload.Amended(version, amendments));
  }

  private static Outcome other(Outcome text) {
    return text.equals(X) ? Y : X;
  }

  /** Puts X then Y with the given answers and returns the best text the third draft builds on. */
  private static Outcome bestAfter(List<Answer> onX, List<Answer> onY) {
    Outcome best = null;
    for (long seed = 0; seed < 8; seed++) {
      var mediator = started(seed);
      Outcome afterX = round(mediator, 1, X, onX);
      assertThat(afterX).as("the first refused text is the best so far").isEqualTo(Y);
      Outcome afterY = round(mediator, 2, Y, onY);
      Outcome seen = other(afterY);
      if (best != null) {
        assertThat(seen).as("seed %d", seed).isEqualTo(best);
      }
      best = seen;
    }
    return best;
  }

  @Test
  void moreAcceptances_win_evenWithMoreObjections() {
    assertThat(
            bestAfter(List.of(amends("us", 1, 1)), List.of(accepts("us", Y), rejects("them", 2))))
        .isEqualTo(Y);
    assertThat(
            bestAfter(List.of(accepts("us", X), rejects("them", 1)), List.of(amends("us", 2, 1))))
        .isEqualTo(X);
  }

  @Test
  void asManyAcceptances_fewerObjectedProvisionsWin() {
    // A rejection objects to all three issues; two amendments to two.
    assertThat(bestAfter(List.of(rejects("us", 1)), List.of(amends("us", 2, 2)))).isEqualTo(Y);
    assertThat(bestAfter(List.of(amends("us", 1, 2)), List.of(rejects("us", 2)))).isEqualTo(X);
    // Objections add up over the parties: 1 + 1 against 3.
    assertThat(
            bestAfter(List.of(amends("us", 1, 1), amends("them", 1, 1)), List.of(rejects("us", 2))))
        .isEqualTo(X);
    assertThat(
            bestAfter(
                List.of(accepts("us", X), amends("them", 1, 2)),
                List.of(accepts("them", Y), amends("us", 2, 1))))
        .isEqualTo(Y);
  }

  @Test
  void aFullTie_goesToTheNewerText() {
    // Three amendments object as much as one rejection of the three issues.
    assertThat(bestAfter(List.of(rejects("us", 1)), List.of(amends("us", 2, 3)))).isEqualTo(Y);
    assertThat(bestAfter(List.of(amends("us", 1, 3)), List.of(rejects("us", 2)))).isEqualTo(Y);
    assertThat(
            bestAfter(
                List.of(accepts("us", X), rejects("them", 1)),
                List.of(accepts("them", Y), rejects("us", 2))))
        .isEqualTo(Y);
  }

  @Test
  void aPartysLatestAnswer_counts() {
    // "us" amends, then accepts Y: its objection is withdrawn, so Y has one acceptance.
    assertThat(
            bestAfter(
                List.of(rejects("us", 1)),
                List.of(amends("us", 2, 1), accepts("us", Y), rejects("them", 2))))
        .isEqualTo(Y);
    // "us" accepts, then rejects Y: its acceptance is withdrawn, and Y has more objections.
    assertThat(bestAfter(List.of(amends("us", 1, 1)), List.of(accepts("us", Y), rejects("us", 2))))
        .isEqualTo(X);
  }

  @Test
  void answersToAnotherVersion_areNotCounted() {
    // The rejections of version 1 arrive while version 2 is on the table: Y has one objection
    // (from the amendment), X had three.
    assertThat(
            bestAfter(
                List.of(rejects("us", 1)),
                List.of(rejects("us", 1), rejects("them", 1), amends("them", 2, 1))))
        .isEqualTo(Y);
    // An amendment of version 1 on version 2 is not counted either: Y has one objection.
    assertThat(
            bestAfter(
                List.of(amends("us", 1, 2)), List.of(amends("us", 1, 3), amends("them", 2, 1))))
        .isEqualTo(Y);
  }

  @Test
  void aNewVersion_startsWithNoAnswers() {
    // Objections to X do not carry over to Y: one rejection each, a tie, so Y.
    assertThat(bestAfter(List.of(rejects("them", 1)), List.of(rejects("us", 2)))).isEqualTo(Y);
    // Nor do acceptances: X had one, Y none.
    assertThat(
            bestAfter(List.of(accepts("us", X), rejects("them", 1)), List.of(amends("them", 2, 1))))
        .isEqualTo(X);
  }

  @Test
  void theSameVersionAnnouncedAgain_keepsItsAnswers() {
    for (long seed = 0; seed < 8; seed++) {
      var mediator = started(seed);
      mediator.observe(Contexts.event(1, "m", new Payload.TextDrafted(1, X)));
      mediator.observe(Contexts.event(2, "us", new Payload.Rejected(1, "no")));
      mediator.observe(Contexts.event(3, "m", new Payload.TextDrafted(1, X)));
      assertThat(mediator.draft(new DraftRequest(2, 0.5, Optional.of(X), Map.of())))
          .as("the rejection still counts: the text changes")
          .isEqualTo(Y);
    }
  }

  @Test
  void nobodyObjected_keepsTheCurrentText_andAnObjectionAfterwardsChangesIt() {
    for (long seed = 0; seed < 8; seed++) {
      var mediator = started(seed);
      assertThat(round(mediator, 1, X, List.of())).as("no answers").isEqualTo(X);
      assertThat(round(mediator, 2, Y, List.of(accepts("us", Y), accepts("them", Y)))).isEqualTo(Y);
      // One acceptance changes nothing; the rejection that follows does.
      assertThat(round(mediator, 3, X, List.of(accepts("us", X), rejects("them", 3)))).isEqualTo(Y);
    }
  }

  @Test
  void theBestText_isRememberedAcrossManyRounds() {
    for (long seed = 0; seed < 8; seed++) {
      var mediator = started(seed);
      // X: one acceptance. Then Y twice with none: each change is made to X again, giving Y.
      assertThat(round(mediator, 1, X, List.of(accepts("us", X), rejects("them", 1)))).isEqualTo(Y);
      assertThat(round(mediator, 2, Y, List.of(rejects("us", 2)))).isEqualTo(Y);
      assertThat(round(mediator, 3, Y, List.of(amends("them", 3, 1)))).isEqualTo(Y);
      // Y at last: "them" accepts, "us" accepts and then amends; one acceptance and one objection
      // against X's one and three: Y is the best, and the change goes back to X.
      assertThat(
              round(
                  mediator,
                  4,
                  Y,
                  List.of(accepts("us", Y), accepts("them", Y), amends("us", 4, 1))))
          .isEqualTo(X);
      // X, rejected by both, is worse: the change is made to Y again.
      assertThat(round(mediator, 5, X, List.of(rejects("us", 5), rejects("them", 5)))).isEqualTo(X);
    }
  }
}
