package io.parley.boa;

import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;

/**
 * The bidding of MiCRO (de Jonge, "An analysis of the linear bilateral ANAC domains using the MiCRO
 * benchmark strategy", IJCAI 2022): with its acceptable outcomes sorted from best to worst, {@code
 * ω_0, ω_1, ...}, and {@code m} the number of distinct outcomes it has proposed, it concedes one
 * step — proposes {@code ω_m} — only when the opponent has proposed at least {@code m} distinct
 * outcomes; otherwise it repeats one of {@code ω_0..ω_(m−1)}, drawn at random. So it never proposes
 * more distinct offers than it has received plus one.
 *
 * <p>Departures from the paper: with several opponents it counts the least number of distinct
 * offers any of them made (it concedes only as the least forthcoming does); it proposes only
 * outcomes that respect its red lines and reach its reservation value, and stops conceding once
 * those are exhausted. The random draw uses the negotiator's seeded random source.
 */
public final class MicroBidding implements BiddingStrategy {

  /** The number of distinct offers the least forthcoming other party has made. */
  static int leastDistinctReceived(Situation situation) {
    int least = Integer.MAX_VALUE;
    for (String other : situation.others()) {
      least = Math.min(least, situation.distinctReceivedFrom(other));
    }
    return least == Integer.MAX_VALUE ? 0 : least;
  }

  /** Whether MiCRO may propose a new outcome now. */
  static boolean mayConcede(Situation situation) {
    int made = situation.distinctBids();
    return made < situation.index().size() && leastDistinctReceived(situation) >= made;
  }

  /** {@code ω_k}: the acceptable outcome of rank k from the best. */
  static Outcome nth(UtilityIndex index, int k) {
    return index.outcomeAt(index.size() - 1 - k);
  }

  @Override
  public Outcome bid(Situation situation) {
    UtilityIndex index = situation.index();
    int made = situation.distinctBids();
    if (mayConcede(situation)) {
      return nth(index, made);
    }
    return nth(index, situation.context().random().nextInt(made));
  }
}
