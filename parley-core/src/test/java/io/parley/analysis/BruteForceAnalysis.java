package io.parley.analysis;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A deliberately simple test oracle for the analysis: it looks at every outcome.
 *
 * <p>Outcomes are enumerated in mixed-radix order over the {@link OutcomeSpace}; feasibility is
 * asked of each party's {@link Preferences#allows} directly (never of the blocks); utilities come
 * from {@link AgreementSpace#utilityTicks}, which is the defined floating-point policy (weighted
 * scores rounded to ticks of 10<sup>-12</sup>, summed exactly). Everything follows the normative
 * definitions of DESIGN.md word for word, so the fast algorithms must agree with it point for
 * point.
 *
 * <p>Cost: one pass over the outcomes, plus {@code O(d · f)} for the frontier of {@code d} distinct
 * feasible utility vectors and {@code f} frontier points.
 */
final class BruteForceAnalysis {
  private final List<String> parties;
  private final long outcomes;
  private final long feasible;
  private final long zopa;
  private final long[] reservations;
  private final long[] bestInZopa;
  private final Set<List<Long>> frontier;
  private final Map<SolutionConcept, Double> bestObjective;

  private BruteForceAnalysis(
      List<String> parties,
      long outcomes,
      long feasible,
      long zopa,
      long[] reservations,
      long[] bestInZopa,
      Set<List<Long>> frontier,
      Map<SolutionConcept, Double> bestObjective) {
    this.parties = parties;
    this.outcomes = outcomes;
    this.feasible = feasible;
    this.zopa = zopa;
    this.reservations = reservations;
    this.bestInZopa = bestInZopa;
    this.frontier = frontier;
    this.bestObjective = bestObjective;
  }

  /** Analyses {@code scenario} by looking at every outcome. */
  static BruteForceAnalysis of(Scenario scenario) {
    List<String> parties = scenario.negotiatingParties();
    int n = parties.size();
    AgreementSpace ticks = AgreementSpace.of(scenario);
    long[] reservations = reservationTicks(scenario);
    long[] best = new long[n];
    Arrays.fill(best, Long.MIN_VALUE);
    Set<List<Long>> feasibleVectors = new HashSet<>();
    Set<List<Long>> zopaVectors = new HashSet<>();
    long[] counts = new long[3];
    forEachOutcome(
        scenario.space(),
        values -> {
          counts[0]++;
          if (!isFeasible(scenario, values)) {
            return;
          }
          counts[1]++;
          List<Long> vector = utilityVector(ticks, values);
          feasibleVectors.add(vector);
          if (reaches(vector, reservations)) {
            counts[2]++;
            zopaVectors.add(vector);
            for (int p = 0; p < n; p++) {
              best[p] = Math.max(best[p], vector.get(p));
            }
          }
        });
    Map<SolutionConcept, Double> objectives = new EnumMap<>(SolutionConcept.class);
    for (SolutionConcept concept : SolutionConcept.values()) {
      for (List<Long> vector : zopaVectors) {
        double value = objective(concept, toArray(vector), reservations, best);
        objectives.merge(concept, value, Math::max);
      }
    }
    return new BruteForceAnalysis(
        parties,
        counts[0],
        counts[1],
        counts[2],
        reservations,
        best,
        nonDominated(feasibleVectors),
        objectives);
  }

  /** Calls {@code action} with the value indices of every outcome, the last issue fastest. */
  static void forEachOutcome(OutcomeSpace space, Consumer<int[]> action) {
    int[] sizes = space.sizes();
    int[] values = new int[sizes.length];
    while (true) {
      action.accept(values.clone());
      int i = sizes.length - 1;
      while (i >= 0 && ++values[i] == sizes[i]) {
        values[i] = 0;
        i--;
      }
      if (i < 0) {
        return;
      }
    }
  }

  /** Whether the outcome breaks no negotiating party's red line. */
  static boolean isFeasible(Scenario scenario, int[] values) {
    for (Preferences preferences : scenario.preferences().values()) {
      if (!preferences.allows(values)) {
        return false;
      }
    }
    return true;
  }

  /** The reservation of every negotiating party, in ticks. */
  static long[] reservationTicks(Scenario scenario) {
    return scenario.preferences().values().stream()
        .mapToLong(p -> UtilityScale.toTicks(p.reservation()))
        .toArray();
  }

  /** The utility of every party for the outcome with {@code values}, in ticks. */
  static List<Long> utilityVector(AgreementSpace space, int[] values) {
    Outcome outcome = new Outcome(values);
    List<Long> vector = new ArrayList<>();
    for (int p = 0; p < space.partyCount(); p++) {
      vector.add(space.utilityTicks(p, outcome));
    }
    return List.copyOf(vector);
  }

  /** Whether every party gets at least its reservation. */
  static boolean reaches(List<Long> vector, long[] reservations) {
    for (int p = 0; p < reservations.length; p++) {
      if (vector.get(p) < reservations[p]) {
        return false;
      }
    }
    return true;
  }

  /** The number of zopa outcomes of {@code scenario}, without the rest of the analysis. */
  static long zopaCount(Scenario scenario) {
    AgreementSpace ticks = AgreementSpace.of(scenario);
    long[] reservations = reservationTicks(scenario);
    long[] count = new long[1];
    forEachOutcome(
        scenario.space(),
        values -> {
          if (isFeasible(scenario, values) && reaches(utilityVector(ticks, values), reservations)) {
            count[0]++;
          }
        });
    return count[0];
  }

  /** Whether {@code a} dominates {@code b}: at least as good for all, better for one. */
  static boolean dominates(List<Long> a, List<Long> b) {
    boolean better = false;
    for (int p = 0; p < a.size(); p++) {
      if (a.get(p) < b.get(p)) {
        return false;
      }
      better |= a.get(p) > b.get(p);
    }
    return better;
  }

  /**
   * The vectors no other vector dominates. A dominating vector has a strictly larger sum, so in
   * order of decreasing sum every dominator of a vector comes first; and a dominator that is itself
   * dominated is dominated by an earlier kept one, so checking the kept vectors is enough.
   */
  private static Set<List<Long>> nonDominated(Set<List<Long>> vectors) {
    List<List<Long>> bySum = new ArrayList<>(vectors);
    bySum.sort(Comparator.comparingLong(BruteForceAnalysis::sum).reversed());
    List<List<Long>> kept = new ArrayList<>();
    for (List<Long> vector : bySum) {
      if (kept.stream().noneMatch(k -> dominates(k, vector))) {
        kept.add(vector);
      }
    }
    return Set.copyOf(kept);
  }

  private static long sum(List<Long> vector) {
    return vector.stream().mapToLong(Long::longValue).sum();
  }

  private static long[] toArray(List<Long> vector) {
    return vector.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * The objective of {@code concept} per DESIGN.md at utilities {@code u} with reservations {@code
   * r} and ideal point {@code ideal} (all in ticks), computed in the same floating-point steps as
   * the analysis so that values compare with {@code equals}: Nash multiplies the gains in utility
   * units in party order; Kalai–Smorodinsky takes the least gain over span (1 when the span is 0);
   * utilitarian and egalitarian convert an exact tick sum or minimum.
   */
  static double objective(SolutionConcept concept, long[] u, long[] r, long[] ideal) {
    switch (concept) {
      case NASH -> {
        double product = 1;
        for (int p = 0; p < u.length; p++) {
          product *= UtilityScale.toUtility(u[p] - r[p]);
        }
        return product;
      }
      case KALAI -> {
        double least = Double.POSITIVE_INFINITY;
        for (int p = 0; p < u.length; p++) {
          long span = ideal[p] - r[p];
          least = Math.min(least, span == 0 ? 1.0 : (double) (u[p] - r[p]) / span);
        }
        return least;
      }
      case UTILITARIAN -> {
        long sum = 0;
        for (long v : u) {
          sum += v;
        }
        return UtilityScale.toUtility(sum);
      }
      case EGALITARIAN -> {
        long least = Long.MAX_VALUE;
        for (int p = 0; p < u.length; p++) {
          least = Math.min(least, u[p] - r[p]);
        }
        return UtilityScale.toUtility(least);
      }
      default -> throw new AssertionError(concept);
    }
  }

  /** The negotiating parties, in order. */
  List<String> parties() {
    return parties;
  }

  /** The number of outcomes. */
  long outcomes() {
    return outcomes;
  }

  /** The number of feasible outcomes. */
  long feasible() {
    return feasible;
  }

  /** The number of zopa outcomes. */
  long zopa() {
    return zopa;
  }

  /** The reservations in ticks, in party order; a copy. */
  long[] reservations() {
    return reservations.clone();
  }

  /** The best utility of {@code party} over the zopa in ticks, the ideal point's coordinate. */
  long bestInZopa(int party) {
    return bestInZopa[party];
  }

  /** The ideal point over the zopa in ticks; a copy. */
  long[] ideal() {
    return bestInZopa.clone();
  }

  /** The distinct non-dominated utility vectors of the feasible outcomes, in ticks. */
  Set<List<Long>> frontier() {
    return frontier;
  }

  /** The largest objective value of {@code concept} over the zopa; empty when the zopa is. */
  Optional<Double> bestObjective(SolutionConcept concept) {
    return Optional.ofNullable(bestObjective.get(concept));
  }
}
