package io.parley.run;

import io.parley.analysis.Analysis;
import io.parley.analysis.ParetoPoint;
import io.parley.analysis.SolutionConcept;
import io.parley.event.End;
import io.parley.event.Event;
import io.parley.event.NegotiationState;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a run came to, measured against the scenario's analysis.
 *
 * @param end how it ended
 * @param rounds the last round reached
 * @param events the number of events in the log
 * @param utilities party id to its utility of the agreement, or its reservation value when there is
 *     none (the value of no deal)
 * @param paretoDistance Euclidean distance in utility space from {@code utilities} to the nearest
 *     Pareto-frontier point; empty when the frontier was not computed
 * @param nashDistance Euclidean distance from {@code utilities} to the Nash package's utilities;
 *     empty when there is no zone of agreement
 */
public record RunSummary(
    End end,
    int rounds,
    int events,
    Map<String, Double> utilities,
    OptionalDouble paretoDistance,
    OptionalDouble nashDistance) {

  public RunSummary {
    utilities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(utilities));
  }

  /** The summary of a finished run of {@code scenario}, given its analysis. */
  public static RunSummary of(Scenario scenario, Analysis analysis, List<Event> log) {
    NegotiationState state = NegotiationState.of(log);
    End end = state.end().orElseThrow(() -> new IllegalStateException("the run has not ended"));
    Optional<Outcome> agreement =
        end instanceof End.Agreement a ? Optional.of(a.outcome()) : Optional.empty();
    Map<String, Double> utilities = new LinkedHashMap<>();
    List<Double> vector = new ArrayList<>();
    for (String party : analysis.parties()) {
      Preferences preferences = scenario.preferences().get(party);
      double u =
          agreement.map(o -> preferences.utility().utility(o)).orElse(preferences.reservation());
      utilities.put(party, u);
      vector.add(u);
    }
    OptionalDouble pareto = OptionalDouble.empty();
    if (analysis.pareto().isPresent() && !analysis.pareto().get().isEmpty()) {
      double best = Double.POSITIVE_INFINITY;
      for (ParetoPoint point : analysis.pareto().get()) {
        best = Math.min(best, distance(vector, point.utilities()));
      }
      pareto = OptionalDouble.of(best);
    }
    OptionalDouble nash = OptionalDouble.empty();
    var solution = analysis.solution(SolutionConcept.NASH);
    if (solution.isPresent()) {
      nash = OptionalDouble.of(distance(vector, solution.get().utilities()));
    }
    return new RunSummary(end, state.round(), log.size(), utilities, pareto, nash);
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
