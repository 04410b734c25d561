package io.parley.run;

import io.parley.analysis.Analysis;
import io.parley.analysis.ParetoPoint;
import io.parley.analysis.SolutionConcept;
import io.parley.event.End;
import io.parley.event.NegotiationState;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a run came to, measured against the scenario's analysis.
 *
 * <p>Discounts apply as in GENIUS: a party with discount factor {@code d} values an agreement
 * reached at normalised time {@code t} at {@code u · d^t}, and no agreement at its reservation
 * value discounted the same way, {@code r · d^t} (GENIUS's {@code
 * getReservationValueWithDiscount}), where {@code t} is the time the run ended (1 when the deadline
 * passed). The distances are measured from the undiscounted utilities, since the frontier and the
 * Nash package are those of the undiscounted scenario.
 *
 * @param end how it ended
 * @param rounds the last round reached
 * @param events the number of events in the log
 * @param time the normalised time in [0, 1] at which the run ended ({@code Mechanism.time()})
 * @param utilities party id to its discounted utility of the agreement, or its discounted
 *     reservation value when there is none (the value of no deal)
 * @param paretoDistance Euclidean distance in utility space from the undiscounted utilities to the
 *     nearest Pareto-frontier point; empty when the frontier was not computed
 * @param nashDistance Euclidean distance from the undiscounted utilities to the Nash package's
 *     utilities; empty when there is no zone of agreement or no analysis
 */
public record RunSummary(
    End end,
    int rounds,
    long events,
    double time,
    Map<String, Double> utilities,
    OptionalDouble paretoDistance,
    OptionalDouble nashDistance) {

  /**
   * @throws IllegalArgumentException if {@code time} is outside [0, 1]
   */
  public RunSummary {
    if (!(time >= 0 && time <= 1)) {
      throw new IllegalArgumentException("time " + time + " outside [0, 1]");
    }
    utilities = Collections.unmodifiableMap(new LinkedHashMap<>(utilities));
  }

  /**
   * The summary of a finished run of {@code scenario} from its final state (the fold of its events,
   * so the log itself need not be kept) and the time it ended.
   *
   * @param analysis the scenario's analysis; empty when it exceeded the analysis' limits (then both
   *     distances are empty)
   * @throws IllegalStateException if the run has not ended
   */
  public static RunSummary of(
      Scenario scenario, Optional<Analysis> analysis, NegotiationState state, double time) {
    End end = state.end().orElseThrow(() -> new IllegalStateException("the run has not ended"));
    Optional<Outcome> agreement =
        end instanceof End.Agreement a ? Optional.of(a.outcome()) : Optional.empty();
    Map<String, Double> utilities = new LinkedHashMap<>();
    List<Double> vector = new ArrayList<>();
    for (String party : scenario.negotiatingParties()) {
      Preferences preferences = scenario.preferences().get(party);
      double u =
          agreement.map(o -> preferences.utility().utility(o)).orElse(preferences.reservation());
      utilities.put(party, discounted(u, preferences.discount(), time));
      vector.add(u);
    }
    OptionalDouble pareto = OptionalDouble.empty();
    OptionalDouble nash = OptionalDouble.empty();
    if (analysis.isPresent()) {
      var frontier = analysis.get().pareto();
      if (frontier.isPresent() && !frontier.get().isEmpty()) {
        double best = Double.POSITIVE_INFINITY;
        for (ParetoPoint point : frontier.get()) {
          best = Math.min(best, distance(vector, point.utilities()));
        }
        pareto = OptionalDouble.of(best);
      }
      var solution = analysis.get().solution(SolutionConcept.NASH);
      if (solution.isPresent()) {
        nash = OptionalDouble.of(distance(vector, solution.get().utilities()));
      }
    }
    return new RunSummary(end, state.round(), state.events(), time, utilities, pareto, nash);
  }

  /**
   * {@code utility · discount^time}, GENIUS's discounted utility; exactly {@code utility} when
   * {@code discount} is 1.
   */
  public static double discounted(double utility, double discount, double time) {
    return discount == 1.0 ? utility : utility * Math.pow(discount, time);
  }

  private static double distance(List<Double> a, List<Double> b) {
    double sum = 0;
    for (int i = 0; i < a.size(); i++) {
      double d = a.get(i) - b.get(i);
      sum += d * d;
    }
    return Math.sqrt(sum);
  }
}
