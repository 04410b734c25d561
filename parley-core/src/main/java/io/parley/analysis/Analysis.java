package io.parley.analysis;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agreement space of a scenario, per the normative definitions in DESIGN.md.
 *
 * @param scenario the scenario's name
 * @param parties the negotiating parties (those with preferences), in file order; every utility
 *     list follows this order
 * @param reservations the parties' reservation values, in party order
 * @param outcomes the exact number of outcomes
 * @param feasible the exact number of outcomes that break no red line
 * @param zopa the exact number of feasible outcomes every party values at least at its reservation;
 *     empty when it cannot be counted exactly in reasonable time (see {@code notes})
 * @param pareto the Pareto frontier of the feasible outcomes, points sorted by utilities descending
 *     (first party first); empty when too large to compute (see {@code notes})
 * @param solutions the bargaining solutions over the zone; empty when the zone is empty
 * @param deadlock present exactly when the zone is empty
 * @param reservationHeadroom party id to how far its reservation could rise before the zone empties
 *     (the best utility it gets in the zone minus its reservation); empty when the zone is empty
 * @param notes anything the reader should know about how the figures were obtained or what could
 *     not be computed
 */
public record Analysis(
    String scenario,
    List<String> parties,
    List<Double> reservations,
    BigInteger outcomes,
    BigInteger feasible,
    Optional<BigInteger> zopa,
    Optional<List<ParetoPoint>> pareto,
    Map<SolutionConcept, Solution> solutions,
    Optional<Deadlock> deadlock,
    Map<String, Double> reservationHeadroom,
    List<String> notes) {
  public Analysis {
    parties = List.copyOf(parties);
    reservations = List.copyOf(reservations);
    pareto = pareto.map(List::copyOf);
    solutions = Map.copyOf(solutions);
    reservationHeadroom = Map.copyOf(reservationHeadroom);
    notes = List.copyOf(notes);
  }

  /** The solution of {@code concept}, if the zone is not empty. */
  public Optional<Solution> solution(SolutionConcept concept) {
    return Optional.ofNullable(solutions.get(concept));
  }
}
