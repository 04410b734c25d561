package io.parley.live.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.live.TestScenarios;
import io.parley.live.events.EventType;
import io.parley.live.events.LiveEvent;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Command;
import io.parley.live.rules.Move;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.ScenarioReader;
import io.parley.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stored event decoded once: the typed event is the one the move made, its outcomes are read in
 * the negotiation's space (the creation's own for the first event), and a stored event that is not
 * one of the log's kinds, comes before the creation, or holds a payload not in the log's format is
 * refused with an {@link IllegalArgumentException} that says which.
 */
class LoggedEventTest {
  private static final String CAIRO_TEXT = TestScenarios.example("cairo-2024-phased.yaml");
  private static final OutcomeSpace SPACE = ScenarioReader.parse("c", CAIRO_TEXT, false).space();
  private static final Outcome DEAL = Outcome.of(2, 3, 1, 2, 1);

  /** A negotiation with an invitation, a drafted text, its release and an answer; its events. */
  private static List<StoredEvent> played(List<SeenEvent> answers) {
    try (TypedSession session = new TypedSession(CAIRO_TEXT, 9)) {
      Viewer hamas = session.invite("hamas");
      answers.add(
          session.act(session.lead(), Move.DRAFT_TEXT, new Command.DraftText(DEAL, "opening")));
      answers.add(
          session.act(
              session.lead(), Move.RELEASE_TEXT, new Command.ReleaseText(1, List.of("hamas"))));
      answers.add(
          session.act(
              hamas,
              Move.RESPOND,
              new Command.Respond(1, io.parley.live.events.Verdict.ACCEPT, List.of(), "fine")));
      return session.store().read(session.id());
    }
  }

  @Test
  void everyStoredEvent_decodesToItsKind_inTheCreationsSpace_withTheStoresSeqAndActor() {
    List<StoredEvent> events = played(new ArrayList<>());
    OutcomeSpace space = null;
    for (StoredEvent stored : events) {
      LoggedEvent event = LoggedEvent.of(stored, space);
      space = event.space();
      assertThat(event.stored()).isSameAs(stored);
      assertThat(event.type().wire()).isEqualTo(stored.type());
      assertThat(event.seq()).isEqualTo(stored.sequence());
      assertThat(event.actor()).isEqualTo(stored.actor());
      assertThat(event.space()).isEqualTo(SPACE);
    }
    assertThat(LoggedEvent.of(events.get(0), null).event())
        .isInstanceOfSatisfying(
            LiveEvent.NegotiationCreated.class,
            created -> {
              assertThat(created.secret()).as("the sealed part is decoded").isPresent();
              assertThat(created.secret().orElseThrow().scenario()).isEqualTo(CAIRO_TEXT);
            });
  }

  @Test
  void theDecodedEvent_isTheTypedEventTheMoveMade() {
    List<SeenEvent> answers = new ArrayList<>();
    List<StoredEvent> events = played(answers);
    for (SeenEvent answer : answers) {
      StoredEvent stored = events.get((int) answer.seq() - 1);
      assertThat(LoggedEvent.of(stored, SPACE).event())
          .as("event %d", answer.seq())
          .isEqualTo(answer.event());
    }
    assertThat(LoggedEvent.of(events.get(3), SPACE).event())
        .isEqualTo(new LiveEvent.TextDrafted(1, DEAL, "opening", false));
  }

  @Test
  void anUnknownKind_isRefused_namingIt() {
    StoredEvent text = played(new ArrayList<>()).get(3);
    assertThatThrownBy(() -> LoggedEvent.of(with(text, "text-forged", text.payload()), SPACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown event type 'text-forged'");
  }

  @Test
  void anEventBeforeTheCreation_isRefused() {
    StoredEvent invitation = played(new ArrayList<>()).get(2);
    assertThat(EventType.fromWire(invitation.type())).contains(EventType.PARTICIPANT_INVITED);
    assertThatThrownBy(() -> LoggedEvent.of(invitation, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event 3 comes before the negotiation's creation");
  }

  @Test
  void anOutcomeEventBeforeTheCreation_isRefused_beforeItsOutcomeIsRead() {
    StoredEvent text = played(new ArrayList<>()).get(3);
    assertThat(EventType.fromWire(text.type())).contains(EventType.TEXT_DRAFTED);
    assertThatThrownBy(() -> LoggedEvent.of(text, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event 4 comes before the negotiation's creation");
  }

  @Test
  void aPayloadThatIsNotAJsonObject_isRefused_namingTheKind() {
    StoredEvent text = played(new ArrayList<>()).get(3);
    for (String payload : List.of("not json", "[1,2]", "\"text\"", "{\"version\":")) {
      assertThatThrownBy(() -> LoggedEvent.of(with(text, text.type(), payload), SPACE))
          .as("payload %s", payload)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a text-drafted payload is not in the log's format: it is not a JSON object");
    }
  }

  @Test
  void aPayloadNotInTheLogsFormat_isRefused_namingTheKind() {
    StoredEvent text = played(new ArrayList<>()).get(3);
    for (String payload :
        List.of("{}", "{\"version\":\"one\"}", "{\"version\":1,\"outcome\":{\"x\":\"y\"}}")) {
      assertThatThrownBy(() -> LoggedEvent.of(with(text, text.type(), payload), SPACE))
          .as("payload %s", payload)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("a text-drafted payload is not in the log's format");
    }
  }

  private static StoredEvent with(StoredEvent event, String type, String payload) {
    return new StoredEvent(
        event.negotiation(),
        event.sequence(),
        event.clientId(),
        event.time(),
        type,
        event.actor(),
        event.recipients(),
        payload,
        event.previousHash(),
        event.hash(),
        event.keyId());
  }
}
