package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the composed negotiator answers alternating-offers turns and single-text reviews. */
class BoaNegotiatorTest {

  private static BoaNegotiator started(double reservation) {
    var negotiator =
        new BoaNegotiator(
            "test",
            new TimeDependentBidding(0.2, 1, 0, false, false),
            new FrequencyModel(0.2),
            AcceptNext.plain());
    negotiator.start(Fixtures.context(Fixtures.rising(3, 5, reservation), 10, "them"));
    return negotiator;
  }

  @Test
  void turn_acceptsWhatIsAtLeastItsNextBid_offersOtherwise() {
    var negotiator = started(0.2);
    assertThat(negotiator.act(new Request.Turn(1, 0.0, Optional.empty(), "")))
        .isEqualTo(Action.offer(Outcome.of(4, 4, 4)));
    assertThat(negotiator.act(new Request.Turn(2, 0.1, Optional.of(Outcome.of(4, 4, 3)), "them")))
        .isInstanceOf(Action.Offer.class);
    assertThat(negotiator.act(new Request.Turn(3, 1.0, Optional.of(Outcome.of(1, 1, 1)), "them")))
        .as("at the deadline its target is its reservation 0.2, and (1,1,1) is worth 0.25")
        .isEqualTo(Action.accept());
    assertThat(negotiator.act(new Request.Turn(3, 1.0, Optional.of(Outcome.of(0, 1, 1)), "them")))
        .as("never below its reservation")
        .isInstanceOf(Action.Offer.class);
  }

  @Test
  void review_amendsOnlyTowardsMoreUtility_andRejectsWhenItCannotGain() {
    var negotiator = started(0.2);
    UtilityIndex index = negotiator.situation().index();
    Outcome text = Outcome.of(1, 4, 0);
    Action action = negotiator.act(new Request.Review(1, 0.0, 1, text, "m"));
    assertThat(action).isInstanceOf(Action.Amend.class);
    Outcome amended = text;
    for (Amendment amendment : ((Action.Amend) action).amendments()) {
      assertThat(index.utilityTicks(text.with(amendment.issue(), amendment.value())))
          .as("no single amendment lowers its utility against the text")
          .isGreaterThanOrEqualTo(index.utilityTicks(text));
      amended = amended.with(amendment.issue(), amendment.value());
    }
    assertThat(index.utilityTicks(amended)).isGreaterThan(index.utilityTicks(text));
    assertThat(amended.valueIndex(1)).as("it keeps the provision it likes").isEqualTo(4);

    assertThat(negotiator.act(new Request.Review(2, 0.1, 2, Outcome.of(4, 4, 4), "m")))
        .isEqualTo(Action.accept());
  }

  @Test
  void nothingAcceptable_walksAwayOrRejects() {
    var negotiator =
        new BoaNegotiator(
            "test",
            new TimeDependentBidding(0.2, 1, 0, false, false),
            NoModel.INSTANCE,
            AcceptNext.plain());
    negotiator.start(
        Fixtures.context(
            Fixtures.rising(1, 3, 1.0)
                .withReservation(1.0)
                .withRedLines(
                    java.util.List.of(
                        new io.parley.preference.RedLine.Forbid(
                            new io.parley.preference.Condition(
                                java.util.List.of(new io.parley.preference.Clause(0, bits(2), 3))),
                            ""))),
            10,
            "them"));
    assertThat(negotiator.act(new Request.Turn(1, 0, Optional.empty(), "")))
        .isInstanceOf(Action.WalkAway.class);
    assertThat(negotiator.act(new Request.Review(1, 0, 1, Outcome.of(2), "m")))
        .isInstanceOf(Action.Reject.class);
  }

  @Test
  void defaultAgent_holdsFirmUntilLate_andNeverGoesBelowItsReservation() {
    var negotiator = (BoaNegotiator) io.parley.strategy.Strategies.negotiator("boa");
    negotiator.start(Fixtures.context(Fixtures.rising(3, 5, 0.3), 100, "them"));
    UtilityIndex index = negotiator.situation().index();
    Outcome middling = Outcome.of(2, 2, 2);
    for (int round = 1; round <= 100; round++) {
      double t = round / 100.0;
      negotiator.observe(Fixtures.offered(round, round, "them", middling));
      Action action = negotiator.act(new Request.Turn(round, t, Optional.of(middling), "them"));
      if (t < 0.5) {
        assertThat(action)
            .as("round %d: it does not cave in to a middling offer", round)
            .isInstanceOf(Action.Offer.class);
        assertThat(index.utilityTicks(((Action.Offer) action).outcome()))
            .as("round %d: it still asks for nearly its best", round)
            .isGreaterThanOrEqualTo(io.parley.analysis.UtilityScale.toTicks(0.9));
      }
      if (action instanceof Action.Accept) {
        assertThat(t).as("it accepts the middling offer only late").isGreaterThan(0.6);
        return;
      }
    }
    throw new AssertionError("a package worth 0.5 above its reservation 0.3 was never accepted");
  }

  private static java.util.BitSet bits(int value) {
    var set = new java.util.BitSet();
    set.set(value);
    return set;
  }
}
