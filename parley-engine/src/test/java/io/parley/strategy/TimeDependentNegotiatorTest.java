package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.analysis.UtilityScale;
import io.parley.negotiator.Action;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Faratin–Sierra–Jennings target curves and how the negotiator answers by them. */
class TimeDependentNegotiatorTest {
  private static final Preferences PREFERENCES = UtilityIndexTest.uniform(2, 11, 0.3, List.of());
  private static final long BEST = UtilityScale.UNITS_PER_UTILITY;
  private static final long RESERVATION = UtilityScale.toTicks(0.3);

  private static TimeDependentNegotiator started(TimeDependentNegotiator negotiator) {
    negotiator.start(Contexts.negotiator(PREFERENCES, 1));
    return negotiator;
  }

  /** The share of the span from reservation to best the target still keeps at {@code t}. */
  private static double kept(TimeDependentNegotiator negotiator, double t) {
    return (negotiator.targetTicksAt(t) - RESERVATION) / (double) (BEST - RESERVATION);
  }

  @Test
  void targetCurve_startsAtBestAndReachesReservationAtOne() {
    for (var negotiator :
        List.of(
            TimeDependentNegotiator.boulware(),
            TimeDependentNegotiator.linear(),
            TimeDependentNegotiator.conceder())) {
      started(negotiator);

      assertThat(negotiator.targetTicksAt(0)).isEqualTo(BEST);
      assertThat(negotiator.targetTicksAt(1)).isEqualTo(RESERVATION);
      assertThat(negotiator.targetTicksAt(1.5)).as("progress is clamped").isEqualTo(RESERVATION);
    }
  }

  @Test
  void targetCurve_boulwareConcedesLate_concederEarly() {
    var boulware = started(TimeDependentNegotiator.boulware());
    var linear = started(TimeDependentNegotiator.linear());
    var conceder = started(TimeDependentNegotiator.conceder());

    assertThat(kept(boulware, 0.5)).isGreaterThan(0.95);
    assertThat(kept(linear, 0.5)).isBetween(0.49, 0.51);
    assertThat(kept(conceder, 0.5)).isLessThan(0.30);
    assertThat(kept(boulware, 0.9)).as("Boulware concedes most near the end").isGreaterThan(0.4);
    for (double t = 0.05; t < 1; t += 0.05) {
      assertThat(boulware.targetTicksAt(t)).isGreaterThan(linear.targetTicksAt(t));
      assertThat(linear.targetTicksAt(t)).isGreaterThan(conceder.targetTicksAt(t));
    }
  }

  @Test
  void targetCurve_neverRises() {
    for (double e : new double[] {0.05, 0.2, 1, 2, 10}) {
      var negotiator = started(new TimeDependentNegotiator(e));
      long previous = Long.MAX_VALUE;
      for (int k = 0; k <= 100; k++) {
        long target = negotiator.targetTicksAt(k / 100.0);
        assertThat(target).isLessThanOrEqualTo(previous).isBetween(RESERVATION, BEST);
        previous = target;
      }
    }
  }

  @Test
  void act_turn_offersTheClosestPackageAtOrAboveTheTarget() {
    var negotiator = started(TimeDependentNegotiator.linear());

    Action action = negotiator.act(new Request.Turn(5, 0.5, Optional.empty(), ""));

    long target = negotiator.targetTicksAt(0.5);
    assertThat(action).isEqualTo(Action.offer(negotiator.index().atOrAbove(target).orElseThrow()));
  }

  @Test
  void act_turn_acceptsOnlyAStandingOfferThatReachesTheTarget() {
    var negotiator = started(TimeDependentNegotiator.linear());
    // At t = 0.5 the linear target is 0.65; outcome (6, 7) is worth 0.65, (6, 6) 0.6.
    var enough = Outcome.of(6, 7);
    var short_ = Outcome.of(6, 6);

    assertThat(negotiator.act(new Request.Turn(5, 0.5, Optional.of(enough), "them")))
        .isEqualTo(Action.accept());
    assertThat(negotiator.act(new Request.Turn(5, 0.5, Optional.of(short_), "them")))
        .isInstanceOf(Action.Offer.class);
  }

  @Test
  void new_exponentNotPositive_throws() {
    for (double e : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new TimeDependentNegotiator(e))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("concession exponent " + e);
    }
  }
}
