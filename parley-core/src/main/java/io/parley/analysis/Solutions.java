package io.parley.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The four bargaining solutions over the zone of possible agreement, found among the frontier
 * points in the zone (each solution's objective never decreases when every utility rises, so a
 * maximiser lies on the frontier). Ties go to the first point in frontier order.
 */
final class Solutions {
  private Solutions() {}

  static Map<SolutionConcept, Solution> of(ParetoFrontier frontier) {
    int parties = frontier.space().partyCount();
    long[] r = frontier.space().reservationTicks();
    List<Integer> zone = new ArrayList<>();
    for (int k = 0; k < frontier.size(); k++) {
      if (frontier.inZopa(k)) {
        zone.add(k);
      }
    }
    Map<SolutionConcept, Solution> result = new EnumMap<>(SolutionConcept.class);
    if (zone.isEmpty()) {
      return result;
    }
    long[] ideal = new long[parties];
    java.util.Arrays.fill(ideal, Long.MIN_VALUE);
    for (int k : zone) {
      for (int p = 0; p < parties; p++) {
        ideal[p] = Math.max(ideal[p], frontier.utilityTicks(p, k));
      }
    }
    for (SolutionConcept concept : SolutionConcept.values()) {
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int k : zone) {
        double value = objective(concept, frontier.utilityTicks(k), r, ideal);
        if (value > bestValue) {
          best = k;
          bestValue = value;
        }
      }
      result.put(concept, solution(frontier, best, bestValue));
    }
    return result;
  }

  /** The objective of {@code concept} at utilities {@code u} (ticks), reservations {@code r}. */
  static double objective(SolutionConcept concept, long[] u, long[] r, long[] ideal) {
    switch (concept) {
      case NASH:
        double product = 1;
        for (int p = 0; p < u.length; p++) {
          product *= UtilityScale.toUtility(u[p] - r[p]);
        }
        return product;
      case KALAI:
        double least = Double.POSITIVE_INFINITY;
        for (int p = 0; p < u.length; p++) {
          long span = ideal[p] - r[p];
          least = Math.min(least, span == 0 ? 1.0 : (double) (u[p] - r[p]) / span);
        }
        return least;
      case UTILITARIAN:
        long sum = 0;
        for (long v : u) {
          sum += v;
        }
        return UtilityScale.toUtility(sum);
      case EGALITARIAN:
        long gain = Long.MAX_VALUE;
        for (int p = 0; p < u.length; p++) {
          gain = Math.min(gain, u[p] - r[p]);
        }
        return UtilityScale.toUtility(gain);
      default:
        throw new AssertionError(concept);
    }
  }

  private static Solution solution(ParetoFrontier frontier, int point, double value) {
    List<Double> utilities = new ArrayList<>();
    for (long u : frontier.utilityTicks(point)) {
      utilities.add(UtilityScale.toUtility(u));
    }
    return new Solution(frontier.outcome(point), utilities, value);
  }
}
