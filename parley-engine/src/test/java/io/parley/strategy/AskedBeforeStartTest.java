package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.event.Payload;
import io.parley.outcome.Outcome;
import org.junit.jupiter.api.Test;

/** A target negotiator refuses every use of its context or index before {@code start}. */
class AskedBeforeStartTest {

  @Test
  void observingAProposalBeforeStart_throws() {
    var negotiator = new TitForTatNegotiator();

    assertThatThrownBy(
            () ->
                negotiator.observe(
                    Contexts.event(1, "them", new Payload.Offered(Outcome.of(0, 0)))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TitForTatNegotiator was asked before start()");
  }

  @Test
  void askingForATargetBeforeStart_throws() {
    assertThatThrownBy(() -> TimeDependentNegotiator.linear().targetTicksAt(0.5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TimeDependentNegotiator was asked before start()");
  }
}
