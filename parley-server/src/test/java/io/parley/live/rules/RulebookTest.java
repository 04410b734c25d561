package io.parley.live.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.live.LiveException;
import io.parley.live.Table;
import io.parley.live.events.LiveEvent;
import io.parley.live.events.Verdict;
import io.parley.live.rooms.Visibility;
import io.parley.outcome.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a live negotiation, checked against a state played in memory. */
class RulebookTest {
  private static final Outcome FIRST = Outcome.of(1, 1, 1, 1, 0);
  private static final Outcome SECOND = Outcome.of(2, 3, 1, 2, 1);

  private final Table table = Table.cairo();

  @Test
  void eachMove_namesWhoMayMakeIt() {
    assertThatThrownBy(() -> Rulebook.checkRole(table.viewer("israel"), Move.DRAFT_TEXT))
        .isInstanceOfSatisfying(
            LiveException.class, e -> assertThat(e.kind()).isEqualTo(LiveException.Kind.FORBIDDEN));
    assertThatThrownBy(() -> Rulebook.checkRole(table.viewer("egypt"), Move.RESPOND))
        .isInstanceOfSatisfying(
            LiveException.class, e -> assertThat(e.kind()).isEqualTo(LiveException.Kind.FORBIDDEN));
    Rulebook.checkRole(table.viewer("qatar"), Move.DRAFT_TEXT);
    Rulebook.checkRole(table.viewer("hamas"), Move.RESPOND);
  }

  @Test
  void aDraft_becomesTheNextVersion_addressedToTheMediationTeamOnly() {
    var first = table.play("qatar", new Command.DraftText(FIRST, "opening"));
    var second = table.play("egypt", new Command.DraftText(SECOND, "revised"));
    assertThat(((LiveEvent.TextDrafted) first.event()).version()).isEqualTo(1);
    assertThat(((LiveEvent.TextDrafted) second.event()).version()).isEqualTo(2);
    assertThat(second.stored().recipients()).containsExactly(Visibility.MEDIATOR);
  }

  @Test
  void aParty_answersOnlyAVersionReleasedToIt() {
    table.play("egypt", new Command.DraftText(FIRST, "opening"));
    table.play("egypt", new Command.ReleaseText(1, List.of("hamas")));
    assertThatThrownBy(
            () -> table.play("israel", new Command.Respond(1, Verdict.ACCEPT, List.of(), "")))
        .isInstanceOf(LiveException.class);
    table.play("hamas", new Command.Respond(1, Verdict.ACCEPT, List.of(), ""));
    assertThat(table.state().responses()).hasSize(1);
  }

  @Test
  void theAgreement_needsEveryPartysLatestAnswerToAcceptIt_andNamesEachThatDoesNot() {
    table.play("egypt", new Command.DraftText(FIRST, "opening"));
    table.play("egypt", new Command.ReleaseText(1, List.of("israel", "hamas")));
    table.play("hamas", new Command.Respond(1, Verdict.REJECT, List.of(), ""));
    assertThatThrownBy(() -> table.play("egypt", new Command.RecordAgreement(1)))
        .isInstanceOfSatisfying(
            LiveException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(LiveException.Kind.CONFLICT);
              assertThat(e.getMessage())
                  .contains("israel has not answered it")
                  .contains("hamas's latest answer is reject");
            });
    table.play("israel", new Command.Respond(1, Verdict.ACCEPT, List.of(), ""));
    table.play("hamas", new Command.Respond(1, Verdict.ACCEPT, List.of(), ""));
    var agreed = table.play("egypt", new Command.RecordAgreement(1));
    assertThat(((LiveEvent.AgreementRecorded) agreed.event()).outcome()).isEqualTo(FIRST);
  }

  @Test
  void afterTheEnd_noMoveButInvitationsIsAccepted() {
    table.play("egypt", new Command.End("talks failed"));
    assertThatThrownBy(() -> table.play("egypt", new Command.DraftText(FIRST, "late")))
        .isInstanceOfSatisfying(
            LiveException.class, e -> assertThat(e.kind()).isEqualTo(LiveException.Kind.CONFLICT));
    assertThatThrownBy(
            () -> table.play("hamas", new Command.SendMessage(List.of(), "one more thing")))
        .isInstanceOf(LiveException.class);
  }
}
