package io.parley.live.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.live.LiveException;
import io.parley.live.Table;
import io.parley.live.rules.Command;
import io.parley.live.rules.Move;
import io.parley.live.rules.MoveRequest;
import io.parley.outcome.Outcome;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a move's JSON request into the typed request the negotiation takes. */
class RequestsTest {
  private static final String OUTCOME =
      "{\"hostage-release\":\"humanitarian-first-phase\",\"ceasefire\":\"temporary-pause\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"us-assurance\","
          + "\"doha-office\":\"remains\"}";

  private final Table table = Table.cairo();

  @Test
  void theClientId_isTakenOutOfTheBody_andTheCommandIsReadAgainstTheState() {
    MoveRequest request =
        Requests.move(
            Move.DRAFT_TEXT,
            Optional.empty(),
            Json.parseObject("{\"clientId\":\"c-1\",\"outcome\":" + OUTCOME + ",\"note\":\"n\"}"));
    assertThat(request.move()).isEqualTo(Move.DRAFT_TEXT);
    assertThat(request.clientId()).contains("c-1");
    Command command = request.command().read(table.state(), table.viewer("egypt"));
    assertThat(command).isEqualTo(new Command.DraftText(Outcome.of(1, 1, 1, 1, 0), "n"));
  }

  @Test
  void aClientIdThatIsNotAString_isCarriedAsEmptyText_whichTheServerRefuses() {
    MoveRequest request =
        Requests.move(Move.SUGGEST, Optional.empty(), Json.parseObject("{\"clientId\":5}"));
    assertThat(request.clientId()).contains("");
    assertThat(Requests.move(Move.SUGGEST, Optional.empty(), Json.object()).clientId()).isEmpty();
  }

  @Test
  void theFingerprint_ignoresKeyOrderAndTheClientId_butNotTheMoveParameterOrValues() {
    String a =
        Requests.move(
                Move.RELEASE_TEXT,
                Optional.of("1"),
                Json.parseObject("{\"to\":[\"israel\"],\"clientId\":\"x\"}"))
            .fingerprint();
    String sameReordered =
        Requests.move(
                Move.RELEASE_TEXT,
                Optional.of("1"),
                Json.parseObject("{\"clientId\":\"y\",\"to\":[\"israel\"]}"))
            .fingerprint();
    assertThat(sameReordered).isEqualTo(a);
    assertThat(
            Requests.move(
                    Move.RELEASE_TEXT, Optional.of("2"), Json.parseObject("{\"to\":[\"israel\"]}"))
                .fingerprint())
        .isNotEqualTo(a);
    assertThat(
            Requests.move(
                    Move.RELEASE_TEXT, Optional.of("1"), Json.parseObject("{\"to\":[\"hamas\"]}"))
                .fingerprint())
        .isNotEqualTo(a);
  }

  @Test
  void aBodyOfTheWrongForm_isRefusedWhenTheCommandIsRead_namingTheField() {
    MoveRequest request =
        Requests.move(
            Move.DRAFT_TEXT,
            Optional.empty(),
            Json.parseObject("{\"outcome\":{\"ceasefire\":\"forever\"},\"note\":\"n\"}"));
    assertThatThrownBy(() -> request.command().read(table.state(), table.viewer("egypt")))
        .isInstanceOfSatisfying(
            LiveException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(LiveException.Kind.BAD_INPUT);
              assertThat(e.getMessage()).contains("ceasefire");
            });
  }

  @Test
  void anInvitation_readsItsParticipantOnlyWhenAsked() {
    var request = Requests.invitation(Json.parseObject("{\"participant\":7}"));
    assertThat(request.clientId()).isEmpty();
    assertThatThrownBy(() -> request.participant().get())
        .isInstanceOfSatisfying(
            LiveException.class, e -> assertThat(e.getMessage()).contains("participant"));
    assertThat(
            Requests.invitation(Json.parseObject("{\"participant\":\"hamas\"}"))
                .participant()
                .get())
        .isEqualTo("hamas");
  }
}
