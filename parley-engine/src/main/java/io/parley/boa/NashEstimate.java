package io.parley.boa;

import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;

/**
 * The Nash point as this party can estimate it without reading minds: among its acceptable
 * outcomes, the one that maximises the product of its own utility gain over its reservation value
 * and the opponent model's estimated utility for each other party. Large indexes are sampled evenly
 * at {@value #MAX_CANDIDATES} ranks (always including the best), and every acceptable offer
 * received is a candidate too.
 */
final class NashEstimate {
  /** The most ranks one estimate visits. */
  static final int MAX_CANDIDATES = 2048;

  private NashEstimate() {}

  /** The estimated Nash point; this party's best outcome before any offer was received. */
  static Outcome of(Situation situation) {
    UtilityIndex index = situation.index();
    Outcome best = index.best().orElseThrow();
    if (situation.received().isEmpty()) {
      return best;
    }
    double bestProduct = product(situation, best);
    int size = index.size();
    double step = Math.max(1.0, size / (double) MAX_CANDIDATES);
    for (double r = size - 1; r >= 0; r -= step) {
      Outcome candidate = index.outcomeAt((int) r);
      double product = product(situation, candidate);
      if (product > bestProduct) {
        best = candidate;
        bestProduct = product;
      }
    }
    for (Situation.Received received : situation.received()) {
      if (situation.isAcceptable(received.outcome())) {
        double product = product(situation, received.outcome());
        if (product > bestProduct) {
          best = received.outcome();
          bestProduct = product;
        }
      }
    }
    return best;
  }

  private static double product(Situation situation, Outcome outcome) {
    double gain =
        (situation.ticks(outcome) - situation.index().reservationTicks())
            / (double) io.parley.analysis.UtilityScale.UNITS_PER_UTILITY;
    double product = gain;
    for (String other : situation.others()) {
      product *= situation.model().utility(other, outcome);
    }
    return product;
  }
}
