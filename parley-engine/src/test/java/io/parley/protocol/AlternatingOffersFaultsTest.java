package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.ids;
import static io.parley.protocol.ProtocolFixtures.parties;
import static io.parley.protocol.ProtocolFixtures.payloads;
import static io.parley.protocol.ProtocolFixtures.trace;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.FaultKind;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.outcome.Outcome;
import io.parley.protocol.ProtocolFixtures.Scripted;
import io.parley.session.Timeline;
import org.junit.jupiter.api.Test;

/**
 * An offer outside the space in alternating offers faults the party that made it, before anyone
 * sees it, as a mediator's draft outside the space faults the mediator in the single text.
 */
class AlternatingOffersFaultsTest {

  private static Mechanism run(Scripted... agents) {
    var builder = NegotiationSetup.builder(parties(agents.length)).timeline(Timeline.single(3));
    for (int i = 0; i < agents.length; i++) {
      builder.negotiator(ids(agents.length).get(i), agents[i]);
    }
    Mechanism mechanism = Mechanisms.create(builder.build());
    mechanism.run();
    return mechanism;
  }

  @Test
  void anOfferOutsideTheSpace_faultsTheOfferer() {
    var p1 = new Scripted().then(Action.offer(Outcome.of(0, 0)));
    var p2 = new Scripted().then(Action.offer(Outcome.of(0, 2)));
    var p3 = new Scripted();
    Mechanism mechanism = run(p1, p2, p3);

    var end = (End.NoAgreement) mechanism.state().end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.FAILURE);
    assertThat(end.party()).isEqualTo("p2");
    String detail =
        "offered an outcome outside the space: value index 2 out of range for issue 'b'";
    assertThat(end.detail()).isEqualTo("p2 failed (invalid-move): " + detail);
    assertThat(payloads(mechanism, Payload.Faulted.class))
        .containsExactly(new Payload.Faulted("p2", FaultKind.INVALID_MOVE, detail));
    assertThat(payloads(mechanism, Payload.Offered.class))
        .containsExactly(new Payload.Offered(Outcome.of(0, 0)));
    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened", "1 p1 offer", "1 mechanism fault", "1 mechanism end");
    assertThat(p3.requests).isEmpty();
  }

  @Test
  void anOfferOfNoOutcome_faultsTheOfferer() {
    Mechanism mechanism = run(new Scripted().then(Action.offer(null)), new Scripted());
    var end = (End.NoAgreement) mechanism.state().end().orElseThrow();
    assertThat(end.party()).isEqualTo("p1");
    assertThat(end.detail()).isEqualTo("p1 failed (invalid-move): offered no outcome (null)");
    assertThat(payloads(mechanism, Payload.Offered.class)).isEmpty();
  }
}
