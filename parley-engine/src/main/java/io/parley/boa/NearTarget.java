package io.parley.boa;

import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;

/**
 * The bid choice the opponent-aware bidding strategies share (the "opponent model strategy" of the
 * BOA paper, best-bid variant): among the acceptable outcomes whose utility to this party lies in
 * [target, target + window], the one the opponent model rates best for the least satisfied other
 * party; ties to the lower utility for this party. Large bands are sampled evenly at {@value
 * #MAX_CANDIDATES} ranks, so a choice costs {@code O(log N + MAX_CANDIDATES · (issues + others))}.
 */
final class NearTarget {
  /** The most outcomes one choice rates. */
  static final int MAX_CANDIDATES = 256;

  private NearTarget() {}

  /**
   * The chosen outcome; the outcome nearest above the target when the band holds only that one.
   *
   * @param targetTicks the lower end of the band, in ticks (clamped to [reservation, best])
   * @param windowTicks the band's width in ticks, in [0, best − reservation] (a share of the span,
   *     as every caller passes it), so the band's end cannot overflow
   * @param explore whether to prefer bids this party has not offered yet (rated one lower than any
   *     new bid)
   */
  static Outcome choose(Situation situation, long targetTicks, long windowTicks, boolean explore) {
    UtilityIndex index = situation.index();
    long target = Math.max(index.reservationTicks(), Math.min(index.bestTicks(), targetTicks));
    int from = index.rankAtOrAbove(target);
    int to = index.rankAtOrAbove(target + windowTicks + 1);
    to = Math.max(to, from + 1);
    int count = to - from;
    double step = Math.max(1.0, count / (double) MAX_CANDIDATES);
    OpponentModel model = situation.model();
    int best = -1;
    double bestRating = Double.NEGATIVE_INFINITY;
    for (double r = from; r < to; r += step) {
      int rank = (int) r;
      // Rated by rank: only the chosen candidate becomes an Outcome.
      double rating = model.leastUtilityAt(situation.others(), index, rank);
      if (explore && situation.hasBidAt(rank)) {
        rating -= 1;
      }
      if (rating > bestRating) {
        best = rank;
        bestRating = rating;
      }
    }
    return best < 0 ? null : situation.outcomeAt(best);
  }
}
