package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.Outcome;
import org.junit.jupiter.api.Test;

/** The time-dependent bidding strategy's re-offer of what every other party backed. */
class TimeDependentBiddingTest {

  @Test
  void reoffersThePackageAllOthersBacked_onceItReachesTheTarget_evenExactly() {
    // One issue 0..10 worth v / 10; e = 1 at t = 0.5 puts the target at 0.5 exactly.
    var situation = Fixtures.situation(Fixtures.rising(1, 11, 0), NoModel.INSTANCE);
    situation.bid(Outcome.of(5));
    situation.receive("them", Outcome.of(5), true);
    situation.moveTo(5, 0.5);
    var reoffer = new TimeDependentBidding(1, 1, 1, true, true);
    assertThat(reoffer.targetTicks(situation)).isEqualTo(500_000_000_000L);
    assertThat(reoffer.bid(situation)).isEqualTo(Outcome.of(5));
    var explore = new TimeDependentBidding(1, 1, 1, false, true);
    assertThat(explore.bid(situation))
        .as("without re-offers it explores: the lowest bid near the target not yet made")
        .isEqualTo(Outcome.of(6));
    situation.moveTo(5, 0.4);
    assertThat(reoffer.bid(situation)).as("below the target 0.6").isNotEqualTo(Outcome.of(5));
  }

  @Test
  void theBandAboveTheTargetIncludesItsUpperEnd() {
    // Target 0.5, window 0.2 of the span 1: the band is [0.5, 0.7]; 5 and 6 were bid already.
    var situation = Fixtures.situation(Fixtures.rising(1, 11, 0), NoModel.INSTANCE);
    situation.bid(Outcome.of(5));
    situation.bid(Outcome.of(6));
    situation.moveTo(5, 0.5);
    assertThat(new TimeDependentBidding(1, 1, 0.2, false, true).bid(situation))
        .isEqualTo(Outcome.of(7));
    assertThat(new TimeDependentBidding(1, 1, 0.2, false, false).bid(situation))
        .as("without exploring, ties go to the lower utility")
        .isEqualTo(Outcome.of(5));
  }

  @Test
  void theHorizonStretchesTheCurve() {
    var situation = Fixtures.situation(Fixtures.rising(1, 11, 0.2), NoModel.INSTANCE);
    situation.moveTo(5, 0.25);
    assertThat(new TimeDependentBidding(1, 0.5, 0, true, true).targetTicks(situation))
        .as("t / horizon = 0.5: half way from 1 to 0.2")
        .isEqualTo(600_000_000_000L);
  }
}
