package io.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.event.Event;
import io.parley.event.NegotiationState;
import io.parley.strategy.Strategies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run that keeps no events makes exactly the events, and the state, of one that keeps them. */
class RetentionTest {

  private static NegotiationSetup setup(ProtocolKind protocol, boolean retain, Duration budget) {
    var builder =
        NegotiationSetup.builder(TestScenarios.buyerSeller())
            .protocol(protocol)
            .negotiator("buyer", Strategies.negotiator("random"))
            .negotiator("seller", Strategies.negotiator("boulware"))
            .deadlineRounds(30)
            .seed(11)
            .callBudget(budget)
            .retainEvents(retain);
    if (protocol != ProtocolKind.ALTERNATING_OFFERS) {
      builder.mediator("broker", Strategies.mediator("hill-climbing"));
    }
    return builder.build();
  }

  @Test
  void withoutRetention_streamsTheSameEventsAndFoldsTheSameState() {
    for (ProtocolKind protocol : ProtocolKind.values()) {
      for (Duration budget : new Duration[] {Duration.ZERO, Duration.ofSeconds(5)}) {
        Mechanism kept = Mechanisms.create(setup(protocol, true, budget));
        NegotiationState keptState = kept.run();

        List<Event> streamed = new ArrayList<>();
        Mechanism streaming = Mechanisms.create(setup(protocol, false, budget));
        NegotiationState state = streaming.run(streamed::add);

        assertThat(streamed).as(protocol.key()).isEqualTo(kept.events());
        assertThat(state).isEqualTo(keptState).isEqualTo(NegotiationState.of(streamed));
        assertThat(streaming.time()).isEqualTo(kept.time());
        assertThatThrownBy(streaming::events)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("does not retain its events");
      }
    }
  }

  @Test
  void stepping_handsOutEachStepsEventsWithOrWithoutRetention() {
    Mechanism streaming = Mechanisms.create(setup(ProtocolKind.SINGLE_TEXT, false, Duration.ZERO));
    Mechanism kept = Mechanisms.create(setup(ProtocolKind.SINGLE_TEXT, true, Duration.ZERO));
    List<Event> streamed = new ArrayList<>();
    while (!kept.state().isEnded()) {
      List<Event> step = streaming.step();
      assertThat(step).isEqualTo(kept.step());
      streamed.addAll(step);
    }
    assertThat(streamed).isEqualTo(kept.events());
    assertThat(streaming.step()).isEmpty();
  }
}
