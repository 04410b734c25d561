package io.parley.live.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.live.Table;
import io.parley.live.events.Verdict;
import io.parley.live.rules.Command;
import io.parley.outcome.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fold: what each event does to the state, and that a state never changes once made. */
class NegotiationTest {
  private final Table table = Table.cairo();

  @Test
  void theCreationEvent_opensTheNegotiation_withTheScenariosFacts() {
    Negotiation state = table.state();
    assertThat(state.status()).isEqualTo(Status.OPEN);
    assertThat(state.parties()).containsExactly("israel", "hamas");
    assertThat(state.lead()).isEqualTo("egypt");
    assertThat(state.texts()).isEmpty();
    assertThat(state.space().issueCount()).isEqualTo(5);
    assertThat(state.lastSeq()).isEqualTo(1);
  }

  @Test
  void apply_returnsTheNextState_andLeavesTheEarlierOneAsItWas() {
    Negotiation before = table.state();
    table.play("egypt", new Command.DraftText(first(), "opening"));
    Negotiation after = table.state();
    assertThat(before.texts()).isEmpty();
    assertThat(before.lastSeq()).isEqualTo(1);
    assertThat(after.texts()).hasSize(1);
    assertThat(after.texts().get(0).draftedBy()).isEqualTo("egypt");
    assertThat(after.texts().get(0).releasedTo()).isEmpty();
    assertThat(after.lastSeq()).isEqualTo(2);
  }

  @Test
  void releasesAndResponses_areFoldedPerVersion_andTheAgreementClosesTheTalks() {
    table.play("egypt", new Command.DraftText(first(), "opening"));
    table.play("egypt", new Command.ReleaseText(1, List.of("israel", "hamas")));
    assertThat(table.state().latestReleasedTo("hamas")).isEqualTo(1);
    table.play("israel", new Command.Respond(1, Verdict.REJECT, List.of(), "no"));
    table.play("israel", new Command.Respond(1, Verdict.ACCEPT, List.of(), "yes"));
    table.play("hamas", new Command.Respond(1, Verdict.ACCEPT, List.of(), ""));
    assertThat(table.state().latestResponse("israel", 1).orElseThrow().verdict())
        .isEqualTo(Verdict.ACCEPT);
    assertThat(table.state().responses()).hasSize(3);
    Negotiation open = table.state();

    table.play("egypt", new Command.RecordAgreement(1));
    assertThat(table.state().status()).isEqualTo(Status.AGREED);
    assertThat(table.state().agreement().orElseThrow().recorded().version()).isEqualTo(1);
    assertThat(open.status()).isEqualTo(Status.OPEN);
    assertThat(open.agreement()).isEmpty();
  }

  @Test
  void theEnd_recordsItsReason() {
    table.play("egypt", new Command.End("no zone of agreement"));
    assertThat(table.state().status()).isEqualTo(Status.ENDED);
    assertThat(table.state().endReason()).isEqualTo("no zone of agreement");
  }

  @Test
  void aPartysFold_holdsOnlyWhatItMaySee() {
    table.play("egypt", new Command.DraftText(first(), "opening"));
    table.play("egypt", new Command.ReleaseText(1, List.of("hamas")));
    assertThat(table.seenBy(table.viewer("hamas")).texts()).hasSize(1);
    assertThat(table.seenBy(table.viewer("israel")).texts()).isEmpty();
    assertThat(table.seenBy(table.viewer("qatar")).texts()).hasSize(1);
  }

  private static Outcome first() {
    return Outcome.of(1, 1, 1, 1, 0);
  }
}
