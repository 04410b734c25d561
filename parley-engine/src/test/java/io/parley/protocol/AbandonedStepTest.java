package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.MEDIATOR;
import static io.parley.protocol.ProtocolFixtures.parties;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.outcome.Outcome;
import io.parley.protocol.ProtocolFixtures.Scripted;
import io.parley.protocol.ProtocolFixtures.ScriptedMediator;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import io.parley.session.Timeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A budgeted run that abandons an agent stuck in the middle of a step still hands its listener
 * every event of the log: the events that step made before the stuck call (in a shuttle visit, the
 * broker's text carried to the party) as well as the fault and the end.
 */
class AbandonedStepTest {

  @Test
  void theListenerHearsTheEventsTheAbandonedStepMadeBeforeTheStuckCall() {
    Outcome text = new Outcome(new int[] {1, 0});
    Timeline shuttle =
        new Timeline(
            List.of(
                new Session("shuttle", "Doha", "Tuesday", 2, SessionMode.SHUTTLE, "", List.of())));
    List<Event> heard = new ArrayList<>();
    Mechanism mechanism =
        Mechanisms.create(
            NegotiationSetup.builder(parties(2))
                .protocol(ProtocolKind.SINGLE_TEXT)
                .timeline(shuttle)
                .negotiator("p1", new Scripted().thenTimes(5, Action.accept()))
                .negotiator(
                    "p2",
                    request -> {
                      long spins = 0;
                      while (spins >= 0) {
                        spins++; // never returns, never looks at its interrupt
                        Thread.onSpinWait();
                      }
                      return Action.accept();
                    })
                .mediator(MEDIATOR, new ScriptedMediator(text))
                .callBudget(Duration.ofMillis(100))
                .seed(3)
                .build());

    mechanism.run(heard::add);

    End.NoAgreement end = (End.NoAgreement) mechanism.state().end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.FAILURE);
    assertThat(end.party()).isEqualTo("p2");
    assertThat(heard).isEqualTo(mechanism.events());
    // The broker's visit to p2 put the text to it before p2 hung: the listener heard that too.
    Event beforeFault = heard.get(heard.size() - 3);
    assertThat(beforeFault.payload()).isNotInstanceOf(Payload.Faulted.class);
    assertThat(heard.stream().filter(e -> e.payload() instanceof Payload.TextDrafted).count())
        .isGreaterThanOrEqualTo(2);
  }
}
