package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.MEDIATOR;
import static io.parley.protocol.ProtocolFixtures.parties;
import static io.parley.protocol.ProtocolFixtures.payloads;
import static io.parley.protocol.ProtocolFixtures.trace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.FaultKind;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.protocol.ProtocolFixtures.Scripted;
import io.parley.protocol.ProtocolFixtures.ScriptedMediator;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import io.parley.session.Timeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a run ends: the deadline is time 1 even when the last move came before it, while a walk-away
 * or a fault keeps the time of the last move; a walk-away without a reason says just that; a fault
 * while the run is ending, or after it ended, changes nothing that is recorded.
 */
class EndRulesTest {
  private static final Outcome X = Outcome.of(0, 0);

  @Test
  void theDeadlineIsTimeOne_evenWhenTheLastMoveCameBeforeIt() {
    // p3 stays away: the last review of round 2 is the second of three, at (1 + 2/3) / 2.
    var timeline =
        new Timeline(
            List.of(new Session("only", "", "", 2, SessionMode.PLENARY, "", List.of("p3"))));
    var builder =
        NegotiationSetup.builder(parties(3))
            .protocol(ProtocolKind.SINGLE_TEXT)
            .timeline(timeline)
            .mediator(MEDIATOR, new ScriptedMediator(X));
    for (String party : List.of("p1", "p2", "p3")) {
      builder.negotiator(party, new Scripted().thenTimes(2, new Action.Reject("")));
    }
    Mechanism mechanism = Mechanisms.create(builder.build());
    List<String> times = new ArrayList<>();
    mechanism.run(event -> times.add(event.round() + " " + event.type() + " " + mechanism.time()));

    assertThat(times)
        .endsWith(
            "2 text " + (1 + 1.0 / 3) / 2,
            "2 reject " + (1 + 1.0 / 3) / 2,
            "2 reject " + (1 + 2.0 / 3) / 2,
            "2 end 1.0");
    assertThat(((End.NoAgreement) mechanism.state().end().orElseThrow()).reason())
        .isEqualTo(EndReason.DEADLINE);
  }

  @Test
  void aWalkAwayKeepsTheTimeOfTheMove_andWithoutAReasonSaysJustThat() {
    var p1 = new Scripted().then(Action.offer(X));
    var p2 = new Scripted().then(new Action.WalkAway(""));
    Mechanism mechanism =
        Mechanisms.create(
            NegotiationSetup.builder(parties(2))
                .deadlineRounds(10)
                .negotiator("p1", p1)
                .negotiator("p2", p2)
                .build());
    mechanism.run();

    var end = (End.NoAgreement) mechanism.state().end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.WALK_AWAY);
    assertThat(end.party()).isEqualTo("p2");
    assertThat(end.detail()).isEqualTo("p2 walked away");
    assertThat(payloads(mechanism, Payload.WalkedAway.class))
        .containsExactly(new Payload.WalkedAway(""));
    // Round 1, the second of two turns, of 10 rounds.
    assertThat(mechanism.time()).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void aFaultKeepsTheTimeOfTheMove() {
    var p1 = new Scripted().then(Action.offer(X));
    var p2 =
        new Scripted()
            .then(
                request -> {
                  throw new IllegalStateException("bug");
                });
    Mechanism mechanism =
        Mechanisms.create(
            NegotiationSetup.builder(parties(2))
                .deadlineRounds(10)
                .negotiator("p1", p1)
                .negotiator("p2", p2)
                .build());
    mechanism.run();

    assertThat(((End.NoAgreement) mechanism.state().end().orElseThrow()).reason())
        .isEqualTo(EndReason.FAILURE);
    assertThat(mechanism.time()).isCloseTo(0.1, within(1e-12));
  }

  /** Plays {@code script}, and throws when it observes an event of {@code type}. */
  private static final class ThrowingOn implements Negotiator {
    private final String type;
    private final Scripted script;
    final List<Event> seen = new ArrayList<>();

    ThrowingOn(String type, Scripted script) {
      this.type = type;
      this.script = script;
    }

    @Override
    public void observe(Event event) {
      seen.add(event);
      if (event.type().equals(type)) {
        throw new IllegalStateException("cannot take the " + type);
      }
    }

    @Override
    public Action act(Request request) {
      return script.act(request);
    }
  }

  @Test
  void aFaultAfterTheEnd_changesNothing() {
    var p1 = new ThrowingOn("end", new Scripted().then(Action.offer(X)));
    var p2 = new Scripted().then(Action.accept());
    Mechanism mechanism =
        Mechanisms.create(
            NegotiationSetup.builder(parties(2))
                .deadlineRounds(10)
                .negotiator("p1", p1)
                .negotiator("p2", p2)
                .build());
    mechanism.run();

    assertThat(mechanism.state().end()).contains(new End.Agreement(X));
    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened", "1 p1 offer", "1 p2 accept", "1 mechanism end");
    assertThat(mechanism.step()).isEmpty();
  }

  @Test
  void aSecondFaultWhileTheRunEnds_isIgnored_andEveryoneStillHearsTheEnd() {
    var p1 = new ThrowingOn("fault", new Scripted().then(Action.offer(X)));
    var p2 =
        new Scripted()
            .then(
                request -> {
                  throw new IllegalStateException("bug");
                });
    Mechanism mechanism =
        Mechanisms.create(
            NegotiationSetup.builder(parties(2))
                .deadlineRounds(10)
                .negotiator("p1", p1)
                .negotiator("p2", p2)
                .build());
    mechanism.run();

    var end = (End.NoAgreement) mechanism.state().end().orElseThrow();
    assertThat(end.party()).isEqualTo("p2");
    assertThat(end.detail())
        .isEqualTo("p2 failed (exception): act threw IllegalStateException: bug");
    assertThat(payloads(mechanism, Payload.Faulted.class))
        .containsExactly(
            new Payload.Faulted("p2", FaultKind.EXCEPTION, "act threw IllegalStateException: bug"));
    assertThat(p1.seen).extracting(Event::type).endsWith("fault", "end");
    assertThat(p2.seen).extracting(Event::type).endsWith("fault", "end");
  }

  @Test
  void aWalkAwayAtATextReview_endsTheRunNamingTheParty() {
    var p1 = new Scripted().then(new Action.WalkAway("no deal"));
    var p2 = new Scripted().then(Action.accept());
    Mechanism mechanism =
        Mechanisms.create(
            NegotiationSetup.builder(parties(2))
                .protocol(ProtocolKind.SINGLE_TEXT)
                .deadlineRounds(3)
                .mediator(MEDIATOR, new ScriptedMediator(X))
                .negotiator("p1", p1)
                .negotiator("p2", p2)
                .build());
    mechanism.run();

    var end = (End.NoAgreement) mechanism.state().end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.WALK_AWAY);
    assertThat(end.party()).isEqualTo("p1");
    assertThat(end.detail()).isEqualTo("p1 walked away: no deal");
    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened", "1 med text", "1 p1 walk-away", "1 mechanism end");
    assertThat(p2.requests).isEmpty();
  }
}
