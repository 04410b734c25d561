package io.parley.boa;

import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;

/**
 * The bidding of Nice Tit-for-Tat (Baarslag, Hindriks and Jonker, "A tit for tat negotiation
 * strategy for real-time bilateral negotiations", in Complex Automated Negotiations, Springer SCI
 * 435, 2013): it reciprocates the opponent's concession, measured in its own utility relative to
 * the estimated Nash point, and chooses among the bids at its target the one the opponent model
 * rates best.
 *
 * <p>With {@code first} and {@code last} the opponent's first and latest offers, {@code nash} the
 * estimated Nash point ({@link NashEstimate}, from the opponent model — Bayesian in the paper) and
 * {@code max} this party's best utility, all in its own utility {@code u}:
 *
 * <pre>
 * x      = (u(last) − u(first)) / (u(nash) − u(first)), clamped to [0, 1]  (1 if u(nash) ≤ u(first))
 * target = max − x · (max − u(nash))
 * </pre>
 *
 * <p>When the opponent has come x of the way from its first offer to the Nash point, this party
 * goes x of the way from its best to the Nash point. It is nice: it opens cooperatively, never
 * raises its target again when the opponent retracts a concession, and does not go past the Nash
 * point by reciprocation alone.
 *
 * <p>Departures from the paper: with several opponents it reciprocates the least forthcoming (the
 * smallest x); the paper's end-game acceptance, which weighs the offer against the expected value
 * of waiting, is AC_combi here (see {@link io.parley.boa.AcceptCombi}).
 */
public final class NiceTitForTatBidding implements BiddingStrategy {
  private final double window;
  private long lowest = Long.MAX_VALUE;

  /**
   * A strategy choosing among the bids worth between its target and the target plus {@code window}
   * of the span {@code max − reservation}.
   *
   * @throws IllegalArgumentException unless {@code window} is in [0, 1]
   */
  public NiceTitForTatBidding(double window) {
    if (!(window >= 0 && window <= 1)) {
      throw new IllegalArgumentException("window = " + window + " is outside [0, 1]");
    }
    this.window = window;
  }

  /**
   * The share x of the way from its first offer to the Nash point the least forthcoming opponent
   * has come, in [0, 1], measured in this party's utility; 0 before any offer.
   */
  public static double reciprocated(Situation situation, Outcome nash) {
    long nashTicks = situation.ticks(nash);
    double least = Double.POSITIVE_INFINITY;
    for (String other : situation.others()) {
      var offers = situation.receivedFrom(other);
      if (offers.isEmpty()) {
        return 0;
      }
      long first = offers.get(0).ticks();
      long last = offers.get(offers.size() - 1).ticks();
      double x = nashTicks <= first ? 1.0 : (last - first) / (double) (nashTicks - first);
      least = Math.min(least, Math.max(0, Math.min(1, x)));
    }
    return least == Double.POSITIVE_INFINITY ? 0 : least;
  }

  /** The target in ticks now, with {@code nash} the estimated Nash point. */
  public static long targetTicks(Situation situation, Outcome nash) {
    long max = situation.index().bestTicks();
    long nashTicks = situation.ticks(nash);
    return max - (long) Math.floor(reciprocated(situation, nash) * (max - nashTicks));
  }

  @Override
  public Outcome bid(Situation situation) {
    UtilityIndex index = situation.index();
    Outcome nash = NashEstimate.of(situation);
    lowest = Math.min(lowest, targetTicks(situation, nash));
    long target = lowest;
    long span = index.bestTicks() - index.reservationTicks();
    return NearTarget.choose(situation, target, (long) Math.floor(window * span), false);
  }
}
