package io.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.event.Event;
import io.parley.negotiator.Action;
import io.parley.negotiator.Negotiator;
import io.parley.outcome.Outcome;
import org.junit.jupiter.api.Test;

class NegotiationSetupTest {
  private static final Negotiator OFFERS_MID_FAST = request -> new Action.Offer(Outcome.of(1, 1));

  private static NegotiationSetup setup() {
    return NegotiationSetup.builder(TestScenarios.buyerSeller())
        .negotiator("buyer", OFFERS_MID_FAST)
        .negotiator("seller", OFFERS_MID_FAST)
        .deadlineRounds(3)
        .build();
  }

  @Test
  void participants_everyPartyInFileOrder_unmodifiable() {
    NegotiationSetup setup = setup();

    assertThat(setup.participants()).containsExactly("buyer", "seller", "broker");
    assertThatThrownBy(() -> setup.participants().add("intruder"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(setup.participants()).isSameAs(setup.participants());
  }

  @Test
  void publicEvents_shareTheOneParticipantList() {
    NegotiationSetup setup = setup();
    Mechanism mechanism = Mechanisms.create(setup);
    mechanism.run();

    assertThat(mechanism.events()).isNotEmpty();
    for (Event event : mechanism.events()) {
      assertThat(event.recipients()).isSameAs(setup.participants());
    }
  }
}
