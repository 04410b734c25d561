package io.parley.boa;

import io.parley.outcome.Outcome;
import io.parley.strategy.TimeDependentNegotiator;
import io.parley.strategy.UtilityIndex;
import java.util.Optional;

/**
 * Time-dependent bidding: the target of Faratin, Sierra and Jennings, "Negotiation decision
 * functions for autonomous agents" (1998), as {@link TimeDependentNegotiator#targetTicks} computes
 * it, {@code r + (max − r)(1 − t^(1/e))}. Among the acceptable bids worth between the target and
 * the target plus {@code window} of the span {@code max − r}, it offers the one the opponent model
 * rates best for the others. With {@code reoffer} on, when some acceptable package has been offered
 * or accepted by every other party and the best of these reaches the target, it offers that one
 * instead: bilaterally, the best offer received; multilaterally, only what all others have backed,
 * since re-offering what one party asked for rarely wins the others.
 *
 * @param exponent the concession exponent {@code e > 0}
 * @param horizon the progress in (0, 1] at which the target reaches the reservation value: the
 *     curve runs on {@code t / horizon}, so below 1 it leaves {@code 1 − horizon} of the time to
 *     search for agreement at its reservation
 * @param window the band above the target, as a share of the span, in [0, 1]
 * @param explore whether to prefer, among bids near the target, one it has not offered yet
 * @param reoffer whether to re-offer the best package all others backed once it reaches the target
 */
public record TimeDependentBidding(
    double exponent, double horizon, double window, boolean reoffer, boolean explore)
    implements BiddingStrategy {
  /**
   * @throws IllegalArgumentException unless {@code exponent} is a finite number > 0 and {@code
   *     window} is in [0, 1]
   */
  public TimeDependentBidding {
    if (!(exponent > 0) || Double.isInfinite(exponent)) {
      throw new IllegalArgumentException("e = " + exponent + " is not a finite number > 0");
    }
    if (!(horizon > 0 && horizon <= 1)) {
      throw new IllegalArgumentException("horizon = " + horizon + " is outside (0, 1]");
    }
    if (!(window >= 0 && window <= 1)) {
      throw new IllegalArgumentException("window = " + window + " is outside [0, 1]");
    }
  }

  /** The target in ticks at the situation's progress. */
  public long targetTicks(Situation situation) {
    UtilityIndex index = situation.index();
    return TimeDependentNegotiator.targetTicks(
        index.reservationTicks(), index.bestTicks(), situation.progress() / horizon, exponent);
  }

  @Override
  public Outcome bid(Situation situation) {
    UtilityIndex index = situation.index();
    long target = targetTicks(situation);
    if (reoffer) {
      Optional<Outcome> best = situation.bestSupportedByAll();
      if (best.isPresent() && situation.ticks(best.get()) >= target) {
        return best.get();
      }
    }
    long span = index.bestTicks() - index.reservationTicks();
    return NearTarget.choose(situation, target, (long) Math.floor(window * span), explore);
  }
}
