package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.MEDIATOR;
import static io.parley.protocol.ProtocolFixtures.parties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.negotiator.Action;
import io.parley.outcome.Outcome;
import io.parley.protocol.ProtocolFixtures.ManualClock;
import io.parley.protocol.ProtocolFixtures.Scripted;
import io.parley.protocol.ProtocolFixtures.ScriptedMediator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The progress every time-dependent strategy concedes by, at known rounds and known clock times,
 * with a clock that does not start at zero: progress is the larger of the round fraction and the
 * elapsed fraction of the time limit, measured from the first step.
 */
class ProgressRulesTest {
  private static final long START = 1_700_000_000_000L;

  private final ManualClock clock = new ManualClock(START);

  private Mechanism alternating(int rounds, Scripted... agents) {
    var builder =
        NegotiationSetup.builder(parties(agents.length))
            .deadlineRounds(rounds)
            .timeLimit(Duration.ofMillis(1000))
            .clock(clock);
    for (int i = 0; i < agents.length; i++) {
      builder.negotiator("p" + (i + 1), agents[i]);
    }
    return Mechanisms.create(builder.build());
  }

  /** Sets the clock to {@code elapsed} ms after the start and takes one step. */
  private List<Event> stepAt(Mechanism mechanism, long elapsed) {
    clock.set(START + elapsed);
    return mechanism.step();
  }

  @Test
  void alternatingOffers_progressIsTheElapsedFractionOfTheTimeLimit() {
    var p1 = new Scripted().thenTimes(2, Action.offer(Outcome.of(0, 0)));
    var p2 = new Scripted().thenTimes(2, Action.offer(Outcome.of(1, 0)));
    var p3 = new Scripted().thenTimes(2, Action.offer(Outcome.of(2, 0)));
    Mechanism mechanism = alternating(1000, p1, p2, p3);

    assertThat(stepAt(mechanism, 0)).extracting(Event::type).containsExactly("session-opened");
    List<Event> first = stepAt(mechanism, 250);
    assertThat(p1.requests.get(0).progress()).isEqualTo(0.25);
    assertThat(mechanism.time()).isEqualTo(0.25);
    assertThat(first).extracting(Event::time).containsExactly(START + 250);

    stepAt(mechanism, 600);
    assertThat(p2.requests.get(0).progress()).isEqualTo(0.6);
    // At the limit exactly the party is still asked, and the progress is 1.
    stepAt(mechanism, 1000);
    assertThat(p3.requests.get(0).progress()).isEqualTo(1.0);
    assertThat(mechanism.state().isEnded()).isFalse();

    List<Event> last = stepAt(mechanism, 1001);
    assertThat(last).extracting(Event::type).containsExactly("end");
    var end = (End.NoAgreement) mechanism.state().end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.DEADLINE);
    assertThat(end.detail()).isEqualTo("the time limit of 1000 ms passed");
    assertThat(mechanism.time()).isEqualTo(1.0);
    assertThat(p1.requests).hasSize(1);
    assertThat(mechanism.step()).isEmpty();
  }

  @Test
  void alternatingOffers_theRoundFractionWinsWhenItIsLarger() {
    var p1 = new Scripted().thenTimes(2, Action.offer(Outcome.of(0, 0)));
    var p2 = new Scripted().thenTimes(2, Action.offer(Outcome.of(1, 0)));
    Mechanism mechanism = alternating(2, p1, p2);

    stepAt(mechanism, 0);
    stepAt(mechanism, 100);
    // Round 1, turn 1 of 2, deadline 2 rounds: 0.25 by rounds beats 0.1 by time.
    assertThat(p1.requests.get(0).progress()).isEqualTo(0.25);
    stepAt(mechanism, 300);
    assertThat(p2.requests.get(0).progress()).isEqualTo(0.5);
    stepAt(mechanism, 900);
    // Round 2, turn 1: 0.75 by rounds loses to 0.9 by time.
    assertThat(p1.requests.get(1).progress()).isEqualTo(0.9);
    assertThat(mechanism.time()).isEqualTo(0.9);
  }

  @Test
  void timeIsMeasuredFromTheFirstStepNotFromBuildingTheSetup() {
    var p1 = new Scripted().then(Action.offer(Outcome.of(0, 0)));
    var p2 = new Scripted();
    clock.set(START - 5000);
    Mechanism mechanism = alternating(1000, p1, p2);

    stepAt(mechanism, 0);
    stepAt(mechanism, 500);
    assertThat(p1.requests.get(0).progress()).isEqualTo(0.5);
  }

  @Test
  void singleText_draftsAndReviewsGetTheTimeFraction() {
    var mediator = new ScriptedMediator(Outcome.of(1, 1));
    var p1 = new Scripted().then(new Action.Reject(""));
    var p2 = new Scripted().then(new Action.Reject(""));
    Mechanism mechanism =
        Mechanisms.create(
            NegotiationSetup.builder(parties(2))
                .protocol(ProtocolKind.SINGLE_TEXT)
                .mediator(MEDIATOR, mediator)
                .negotiator("p1", p1)
                .negotiator("p2", p2)
                .deadlineRounds(500)
                .timeLimit(Duration.ofMillis(2000))
                .clock(clock)
                .build());

    stepAt(mechanism, 0);
    stepAt(mechanism, 200);
    assertThat(mediator.requests.get(0).progress()).isEqualTo(0.1);
    stepAt(mechanism, 500);
    assertThat(p1.requests.get(0).progress()).isEqualTo(0.25);
    stepAt(mechanism, 1500);
    assertThat(p2.requests.get(0).progress()).isEqualTo(0.75);
    assertThat(mechanism.time()).isCloseTo(0.75, within(0.0));
  }
}
