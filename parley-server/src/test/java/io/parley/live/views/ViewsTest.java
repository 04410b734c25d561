package io.parley.live.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.live.LiveException;
import io.parley.live.Table;
import io.parley.live.events.Verdict;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Command;
import io.parley.outcome.Outcome;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The typed views, built from a state played in memory. */
class ViewsTest {
  private static final Outcome FIRST = Outcome.of(1, 1, 1, 1, 0);
  private static final Outcome SECOND = Outcome.of(2, 3, 1, 2, 1);

  private final Table table = Table.cairo();

  @Test
  void aParty_seesItsOwnSeat_butNotWhetherOthersAreInvitedOrRobots() {
    Viewer hamas = table.viewer("hamas");
    RoomView view = RoomView.of(table.seenBy(hamas), hamas, null);
    assertThat(view.you()).isEqualTo(new RoomView.You("hamas", hamas.role(), false));
    for (RoomView.Seat seat : view.parties()) {
      if (seat.id().equals("hamas")) {
        assertThat(seat.invited()).contains(true);
      } else {
        assertThat(seat.invited()).isEmpty();
        assertThat(seat.robot()).isEmpty();
      }
    }
    assertThat(view.confiding())
        .isEqualTo(new RoomView.PartyConfiding(false, java.util.Optional.empty(), List.of()));
  }

  @Test
  void onlyMediators_seeWhoDraftedEachText_andAPartySeesOnlyTextsReleasedToIt() {
    table.play("qatar", new Command.DraftText(FIRST, "opening"));
    table.play("egypt", new Command.DraftText(SECOND, "revised"));
    table.play("egypt", new Command.ReleaseText(2, List.of("israel")));
    Viewer israel = table.viewer("israel");
    RoomView party = RoomView.of(table.seenBy(israel), israel, null);
    assertThat(party.texts()).extracting(RoomView.TextView::version).containsExactly(2);
    assertThat(party.texts().get(0).drafting()).isEmpty();
    assertThat(party.deadline()).isEqualTo(table.state().deadline());

    Viewer egypt = table.viewer("egypt");
    RoomView mediator =
        RoomView.of(
            table.seenBy(egypt),
            egypt,
            io.parley.live.consent.MediatorBasis.of(
                io.parley.scenario.ScenarioReader.parse(
                    "s", io.parley.live.TestScenarios.example("cairo-2024-phased.yaml"), false),
                java.util.Map.of()));
    assertThat(mediator.texts()).hasSize(2);
    assertThat(mediator.texts().get(0).drafting()).contains(new RoomView.Drafting("qatar", false));
    assertThat(mediator.confiding()).isInstanceOf(RoomView.MediatorConfiding.class);
  }

  @Test
  void theDiff_listsOnlyTheIssuesThatChanged_fromTheLatestVisibleEarlierVersion() {
    table.play("egypt", new Command.DraftText(FIRST, "opening"));
    table.play("egypt", new Command.DraftText(SECOND, "revised"));
    Viewer egypt = table.viewer("egypt");
    TextDiff diff = TextDiff.between(table.seenBy(egypt), 2, OptionalInt.empty());
    assertThat(diff.from()).isEqualTo(1);
    assertThat(diff.to()).isEqualTo(2);
    assertThat(diff.changes())
        .extracting(change -> change.issue().id() + ":" + change.before() + ">" + change.after())
        .containsExactly(
            "hostage-release:1>2", "ceasefire:1>3", "leader-guarantees:1>2", "doha-office:0>1");
    assertThatThrownBy(() -> TextDiff.between(table.seenBy(egypt), 1, OptionalInt.empty()))
        .isInstanceOfSatisfying(
            LiveException.class, e -> assertThat(e.kind()).isEqualTo(LiveException.Kind.BAD_INPUT));
    Viewer hamas = table.viewer("hamas");
    assertThatThrownBy(() -> TextDiff.between(table.seenBy(hamas), 2, OptionalInt.of(1)))
        .isInstanceOfSatisfying(
            LiveException.class, e -> assertThat(e.kind()).isEqualTo(LiveException.Kind.NOT_FOUND));
  }

  @Test
  void theAgreementDocument_listsEveryProvision_andTheLogHashBeforeIt() {
    table.play("egypt", new Command.DraftText(SECOND, "final"));
    table.play("egypt", new Command.ReleaseText(1, List.of("israel", "hamas")));
    table.play("israel", new Command.Respond(1, Verdict.ACCEPT, List.of(), ""));
    table.play("hamas", new Command.Respond(1, Verdict.ACCEPT, List.of(), ""));
    table.play("egypt", new Command.RecordAgreement(1));
    Viewer hamas = table.viewer("hamas");
    RoomView view = RoomView.of(table.seenBy(hamas), hamas, null);
    AgreementDocument document = view.agreement().orElseThrow();
    assertThat(document.version()).isEqualTo(1);
    assertThat(document.outcome()).isEqualTo(SECOND);
    assertThat(document.parties()).containsExactly("israel", "hamas");
    assertThat(document.text())
        .contains("Parties: Israel, Hamas")
        .contains("1. Hostage release (scope and phases): phased-all")
        .contains("2. Ceasefire: phased-to-permanent")
        .contains("5. Hamas's political office in Doha: relocated")
        .endsWith("Log hash before the agreement: " + document.logHash());
  }
}
