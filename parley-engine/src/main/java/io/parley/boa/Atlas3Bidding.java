package io.parley.boa;

import io.parley.outcome.Outcome;
import io.parley.strategy.TimeDependentNegotiator;
import io.parley.strategy.UtilityIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bidding of Atlas3, the multilateral agent of Mori and Ito, "Atlas3: a negotiating agent based
 * on expecting lower limit of concession function" (in Modern Approaches to Agent-based Complex
 * Automated Negotiation, Springer SCI 674, 2017; ANAC 2015 winner), in Parley's reading:
 *
 * <ul>
 *   <li><b>Lower limit of concession.</b> It concedes no further than the utility the opponents
 *       have shown they would give it: the least, over the other parties, of the best utility each
 *       has offered it — never below its reservation value. Its threshold falls from its best
 *       utility to that limit on a time-dependent curve with exponent {@code e}.
 *   <li><b>Neighbourhood search.</b> From its last bid it tries every change of one issue and
 *       offers the neighbour at or above the threshold the opponent model rates best for the least
 *       satisfied other party; when no neighbour qualifies, the bid near the threshold so rated.
 *   <li><b>Final phase.</b> From progress {@code final} on, it offers the packages every other
 *       party has offered or accepted, best for it first, one per turn and cycling, as long as they
 *       are acceptable to it.
 * </ul>
 *
 * <p>Departures from the paper: the paper derives the lower limit from a game-theoretic model of
 * conceding and holding, from the mean and spread of the opponents' offers; Parley takes the
 * opponents' best offers instead, and its threshold curve is the Faratin one rather than the
 * paper's. The paper's final phase works from the bids the opponents accepted; here both offered
 * and accepted ones count.
 */
public final class Atlas3Bidding implements BiddingStrategy {
  private final double exponent;
  private final double finalPhase;
  private int finalTurns;

  /**
   * A strategy with concession exponent {@code exponent} that enters its final phase at {@code
   * finalPhase}.
   *
   * @throws IllegalArgumentException unless the exponent is a finite number > 0 and the final phase
   *     in [0, 1]
   */
  public Atlas3Bidding(double exponent, double finalPhase) {
    if (!(exponent > 0) || Double.isInfinite(exponent)) {
      throw new IllegalArgumentException("e = " + exponent + " is not a finite number > 0");
    }
    if (!(finalPhase >= 0 && finalPhase <= 1)) {
      throw new IllegalArgumentException("final = " + finalPhase + " is outside [0, 1]");
    }
    this.exponent = exponent;
    this.finalPhase = finalPhase;
  }

  /** The lower limit of concession in ticks: see the class comment. */
  public static long lowerLimitTicks(Situation situation) {
    UtilityIndex index = situation.index();
    long least = Long.MAX_VALUE;
    for (String other : situation.others()) {
      long best = index.reservationTicks();
      for (Situation.Received received : situation.receivedFrom(other)) {
        best = Math.max(best, received.ticks());
      }
      least = Math.min(least, best);
    }
    if (least == Long.MAX_VALUE || situation.received().isEmpty()) {
      return index.bestTicks();
    }
    return Math.max(index.reservationTicks(), Math.min(index.bestTicks(), least));
  }

  /** The threshold in ticks at the situation's progress. */
  public long thresholdTicks(Situation situation) {
    return TimeDependentNegotiator.targetTicks(
        lowerLimitTicks(situation), situation.index().bestTicks(), situation.progress(), exponent);
  }

  @Override
  public Outcome bid(Situation situation) {
    if (situation.progress() >= finalPhase) {
      List<Outcome> backed = backedByAll(situation);
      if (!backed.isEmpty()) {
        return backed.get(finalTurns++ % backed.size());
      }
    }
    long threshold = thresholdTicks(situation);
    List<Outcome> own = situation.ownBids();
    if (!own.isEmpty()) {
      Outcome neighbour = bestNeighbour(situation, own.get(own.size() - 1), threshold);
      if (neighbour != null) {
        return neighbour;
      }
    }
    return NearTarget.choose(situation, threshold, 0, true);
  }

  private static List<Outcome> backedByAll(Situation situation) {
    List<Outcome> backed = new ArrayList<>();
    for (Outcome outcome : situation.supported()) {
      if (situation.supporters(outcome).containsAll(situation.others())
          && situation.isAcceptable(outcome)) {
        backed.add(outcome);
      }
    }
    backed.sort(Comparator.comparingLong(situation::ticks).reversed());
    return backed;
  }

  private static Outcome bestNeighbour(Situation situation, Outcome from, long threshold) {
    Outcome best = null;
    double bestRating = Double.NEGATIVE_INFINITY;
    int issues = from.issueCount();
    for (int i = 0; i < issues; i++) {
      int size = situation.index().space().issue(i).size();
      for (int v = 0; v < size; v++) {
        if (v == from.valueIndex(i)) {
          continue;
        }
        Outcome neighbour = from.with(i, v);
        if (situation.ticks(neighbour) < threshold || !situation.isAcceptable(neighbour)) {
          continue;
        }
        double rating = situation.model().leastUtility(situation.others(), neighbour);
        if (rating > bestRating) {
          best = neighbour;
          bestRating = rating;
        }
      }
    }
    return best;
  }
}
