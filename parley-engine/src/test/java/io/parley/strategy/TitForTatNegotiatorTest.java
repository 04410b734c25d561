package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tit for tat concedes what the other side conceded, measured in its own utility. */
class TitForTatNegotiatorTest {
  // Two issues of 11 values, score v/10, equal weights: u(a, b) = (a + b) / 20.
  private static final Preferences PREFERENCES = UtilityIndexTest.uniform(2, 11, 0.2, List.of());

  private static TitForTatNegotiator started() {
    var negotiator = new TitForTatNegotiator();
    negotiator.start(Contexts.negotiator(PREFERENCES, 1));
    return negotiator;
  }

  private static Action turn(TitForTatNegotiator negotiator, Outcome standing) {
    return negotiator.act(new Request.Turn(3, 0.5, Optional.of(standing), "them"));
  }

  @Test
  void act_beforeAnyProposal_asksForItsBest() {
    assertThat(started().act(new Request.Turn(1, 0.0, Optional.empty(), "")))
        .isEqualTo(Action.offer(Outcome.of(10, 10)));
  }

  @Test
  void act_concedesAsMuchAsTheOtherSideImprovedItsOffers() {
    var negotiator = started();
    negotiator.observe(Contexts.event(1, "them", new Payload.Offered(Outcome.of(0, 4)))); // 0.2
    negotiator.observe(Contexts.event(2, "them", new Payload.Offered(Outcome.of(2, 6)))); // 0.4

    // improved by 0.2 for us, so our target is 1.0 - 0.2 = 0.8
    assertThat(turn(negotiator, Outcome.of(8, 7))).isInstanceOf(Action.Offer.class);
    assertThat(turn(negotiator, Outcome.of(8, 8))).isEqualTo(Action.accept());
    var offer = (Action.Offer) turn(negotiator, Outcome.of(0, 0));
    assertThat(negotiator.index().utilityTicks(offer.outcome())).isEqualTo(800_000_000_000L);
  }

  @Test
  void act_otherSideRetracts_takesItsConcessionBack() {
    var negotiator = started();
    negotiator.observe(Contexts.event(1, "them", new Payload.Offered(Outcome.of(0, 4))));
    negotiator.observe(Contexts.event(2, "them", new Payload.Offered(Outcome.of(2, 6))));
    negotiator.observe(Contexts.event(3, "them", new Payload.Offered(Outcome.of(0, 0))));

    assertThat(turn(negotiator, Outcome.of(9, 9))).isInstanceOf(Action.Offer.class);
    assertThat(turn(negotiator, Outcome.of(10, 10))).isEqualTo(Action.accept());
  }

  @Test
  void observe_ownOffersAndMechanismEvents_doNotCount() {
    var negotiator = started();
    negotiator.observe(Contexts.event(1, "us", new Payload.Offered(Outcome.of(0, 0))));
    negotiator.observe(Contexts.event(2, "us", new Payload.Offered(Outcome.of(10, 10))));
    negotiator.observe(Contexts.event(3, "them", new Payload.Offered(Outcome.of(5, 5))));

    assertThat(turn(negotiator, Outcome.of(9, 10))).isInstanceOf(Action.Offer.class);
  }

  @Test
  void observe_mediatorTexts_countAsTheOtherSidesProposals() {
    var negotiator = started();
    negotiator.observe(Contexts.event(1, "m", new Payload.TextDrafted(1, Outcome.of(5, 5))));
    negotiator.observe(Contexts.event(2, "m", new Payload.TextDrafted(2, Outcome.of(7, 7))));

    // the texts improved by 0.2, so a text worth 0.8 is accepted
    assertThat(negotiator.act(new Request.Review(2, 0.5, 3, Outcome.of(8, 8), "m")))
        .isEqualTo(Action.accept());
  }
}
