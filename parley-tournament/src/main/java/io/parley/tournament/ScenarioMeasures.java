package io.parley.tournament;

import io.parley.analysis.Analysis;
import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.Analyzer;
import io.parley.analysis.ParetoPoint;
import io.parley.analysis.SolutionConcept;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import io.parley.strategy.UtilityIndex;
import java.util.List;
import java.util.Optional;

/**
 * What the results of one scenario are measured against, from its {@link Analysis}: each party's
 * reservation value and best feasible utility, the Pareto frontier and the Nash and Kalai points,
 * in the analysis's party order. Immutable; arrays are never handed out.
 */
public final class ScenarioMeasures {
  private final List<String> parties;
  private final double[] reservations;
  private final double[] best;
  private final double[][] frontier;
  private final double[] nash;
  private final double[] kalai;

  private ScenarioMeasures(
      List<String> parties,
      double[] reservations,
      double[] best,
      double[][] frontier,
      double[] nash,
      double[] kalai) {
    this.parties = List.copyOf(parties);
    this.reservations = reservations;
    this.best = best;
    this.frontier = frontier;
    this.nash = nash;
    this.kalai = kalai;
  }

  /**
   * The measures of {@code scenario}, from its analysis; when the analysis is beyond Parley's
   * limits (a non-linear utility over a huge space), only the reservation values and each party's
   * best utility are known, and the optimality measures are empty.
   */
  public static ScenarioMeasures of(Scenario scenario) {
    try {
      return of(scenario, Analyzer.analyze(scenario));
    } catch (AnalysisLimitException e) {
      List<String> parties = scenario.negotiatingParties();
      double[] reservations = new double[parties.size()];
      double[] best = new double[parties.size()];
      for (int i = 0; i < parties.size(); i++) {
        Preferences preferences = scenario.preferences().get(parties.get(i));
        reservations[i] = preferences.reservation();
        best[i] = bestOf(preferences, reservations[i]);
      }
      return new ScenarioMeasures(parties, reservations, best, null, null, null);
    }
  }

  /**
   * The measures of {@code scenario} given its analysis. A party's best utility is its maximum over
   * the Pareto frontier (the best feasible outcome is always on it) or, when the frontier was not
   * computed, the best outcome its own red lines allow.
   */
  public static ScenarioMeasures of(Scenario scenario, Analysis analysis) {
    List<String> parties = analysis.parties();
    int k = parties.size();
    double[] reservations = new double[k];
    double[] best = new double[k];
    for (int i = 0; i < k; i++) {
      reservations[i] = analysis.reservations().get(i);
      best[i] = Double.NEGATIVE_INFINITY;
    }
    double[][] frontier = null;
    if (analysis.pareto().isPresent() && !analysis.pareto().get().isEmpty()) {
      List<ParetoPoint> points = analysis.pareto().get();
      frontier = new double[points.size()][];
      for (int p = 0; p < points.size(); p++) {
        frontier[p] = vector(points.get(p).utilities());
        for (int i = 0; i < k; i++) {
          best[i] = Math.max(best[i], frontier[p][i]);
        }
      }
    } else {
      for (int i = 0; i < k; i++) {
        Preferences preferences = scenario.preferences().get(parties.get(i));
        best[i] = bestOf(preferences, reservations[i]);
      }
    }
    double[] nash =
        analysis.solution(SolutionConcept.NASH).map(s -> vector(s.utilities())).orElse(null);
    double[] kalai =
        analysis.solution(SolutionConcept.KALAI).map(s -> vector(s.utilities())).orElse(null);
    return new ScenarioMeasures(parties, reservations, best, frontier, nash, kalai);
  }

  /**
   * The best utility the party's own red lines allow, from its utility index; 1 (the top of the
   * utility scale) when the utility is not linear additive and no index can be built.
   */
  private static double bestOf(Preferences preferences, double reservation) {
    try {
      UtilityIndex index = UtilityIndex.of(preferences);
      return index.best().map(o -> preferences.utility().utility(o)).orElse(reservation);
    } catch (IllegalArgumentException e) {
      return 1.0;
    }
  }

  private static double[] vector(List<Double> values) {
    double[] v = new double[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
    }
    return v;
  }

  /** The negotiating parties, in the order of every vector here. */
  public List<String> parties() {
    return parties;
  }

  /** The reservation value of party {@code i}. */
  public double reservation(int i) {
    return reservations[i];
  }

  /** The best utility party {@code i} can get in a feasible outcome. */
  public double best(int i) {
    return best[i];
  }

  /**
   * The ANAC advantage of utility {@code u} for party {@code i}: {@code (u − r) / (max − r)}; 0
   * when {@code max ≤ r} (the party cannot gain from any deal).
   */
  public double advantage(int i, double u) {
    double range = best[i] - reservations[i];
    return range <= 0 ? 0 : (u - reservations[i]) / range;
  }

  /**
   * The Pareto optimality of the utility vector {@code u}: {@code max(0, 1 − d / D)} with {@code d}
   * the distance from {@code u} to the nearest frontier point and {@code D} the same distance from
   * the disagreement point (every party at its reservation). Empty without a frontier.
   */
  public Optional<Double> paretoOptimality(double[] u) {
    if (frontier == null) {
      return Optional.empty();
    }
    return Optional.of(optimality(nearest(u), nearest(reservations)));
  }

  /** The Nash optimality of {@code u}, as {@link #paretoOptimality} with the Nash point. */
  public Optional<Double> nashOptimality(double[] u) {
    return nash == null
        ? Optional.empty()
        : Optional.of(optimality(distance(u, nash), distance(reservations, nash)));
  }

  /** The Kalai optimality of {@code u}, as {@link #paretoOptimality} with the Kalai point. */
  public Optional<Double> kalaiOptimality(double[] u) {
    return kalai == null
        ? Optional.empty()
        : Optional.of(optimality(distance(u, kalai), distance(reservations, kalai)));
  }

  private static double optimality(double d, double worst) {
    if (worst <= 0) {
      return d <= 0 ? 1 : 0;
    }
    return Math.max(0, 1 - d / worst);
  }

  private double nearest(double[] u) {
    double best = Double.POSITIVE_INFINITY;
    for (double[] point : frontier) {
      best = Math.min(best, distance(u, point));
    }
    return best;
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }
}
