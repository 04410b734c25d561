package io.parley.analysis;

import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Analyses a scenario per the normative definitions of DESIGN.md: counts, the Pareto frontier, the
 * four bargaining solutions, and — when the zone of agreement is empty — why.
 *
 * <p>Every figure is exact or absent: a figure beyond Parley's limits is left out and a note says
 * why, never estimated.
 */
public final class Analyzer {
  private Analyzer() {}

  /**
   * Analyses {@code scenario}.
   *
   * @throws AnalysisLimitException if red lines (or a utility that is not linear additive) tie
   *     together issues whose joint space is too large to enumerate
   */
  public static Analysis analyze(Scenario scenario) {
    AgreementSpace space = AgreementSpace.of(scenario);
    List<String> notes = new ArrayList<>();
    List<String> parties = space.parties();

    Optional<BigInteger> zopa;
    try {
      zopa = Optional.of(ZopaCounter.count(space));
    } catch (AnalysisLimitException e) {
      zopa = Optional.empty();
      notes.add(e.getMessage());
    }

    Optional<ParetoFrontier> frontier;
    try {
      frontier = Optional.of(ParetoFrontier.of(space));
    } catch (AnalysisLimitException e) {
      frontier = Optional.empty();
      notes.add(e.getMessage());
    }

    Map<SolutionConcept, Solution> solutions = frontier.map(Solutions::of).orElse(Map.of());
    boolean zoneEmpty =
        zopa.isPresent() ? zopa.get().signum() == 0 : frontier.isPresent() && solutions.isEmpty();
    if (zopa.isEmpty() && frontier.isEmpty()) {
      notes.add("whether a zone of agreement exists could not be decided within the limits");
    }

    Optional<Deadlock> deadlock =
        zoneEmpty ? Optional.of(DeadlockExplainer.explain(scenario)) : Optional.empty();
    Map<String, Double> headroom = new LinkedHashMap<>();
    if (frontier.isPresent() && !solutions.isEmpty()) {
      headroom = headroom(frontier.get());
    }
    List<Double> reservations = new ArrayList<>();
    for (String party : parties) {
      Preferences preferences = scenario.preferences().get(party);
      reservations.add(preferences.reservation());
    }
    return new Analysis(
        scenario.name(),
        parties,
        reservations,
        space.outcomeCount(),
        space.feasibleCount(),
        zopa,
        frontier.map(ParetoFrontier::points),
        solutions,
        deadlock,
        headroom,
        notes);
  }

  /** Per party: the best utility in the zone minus the reservation. */
  private static Map<String, Double> headroom(ParetoFrontier frontier) {
    AgreementSpace space = frontier.space();
    Map<String, Double> headroom = new LinkedHashMap<>();
    for (int p = 0; p < space.partyCount(); p++) {
      long best = Long.MIN_VALUE;
      for (int k = 0; k < frontier.size(); k++) {
        if (frontier.inZopa(k)) {
          best = Math.max(best, frontier.utilityTicks(p, k));
        }
      }
      headroom.put(
          space.parties().get(p), UtilityScale.toUtility(best - space.reservationTicks(p)));
    }
    return headroom;
  }
}
