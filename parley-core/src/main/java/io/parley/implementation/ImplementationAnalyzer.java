package io.parley.implementation;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.Outcome;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Assesses a scenario's implementation plan: exposures after every step, whether the order is
 * self-enforcing ({@link Defection}), and the order minimising the largest exposure ({@link
 * Sequencing}).
 */
public final class ImplementationAnalyzer {
  private ImplementationAnalyzer() {}

  /**
   * Assesses {@code plan} carrying out {@code terms} in {@code scenario}.
   *
   * @param termsSource where the terms came from, for the report
   * @throws IllegalArgumentException if the terms are not an outcome of the scenario
   */
  public static ImplementationReport analyze(
      Scenario scenario, ImplementationPlan plan, Outcome terms, String termsSource) {
    StepValues values = StepValues.of(scenario, plan, terms);
    List<String> parties = values.parties();
    int n = plan.steps().size();
    int[] performers = new int[n];
    long[] penalties = new long[n];
    for (int k = 0; k < n; k++) {
      Step step = plan.steps().get(k);
      performers[k] = parties.indexOf(step.performer());
      penalties[k] = UtilityScale.toTicks(step.penalty());
    }
    List<Integer> planned = IntStream.range(0, n).boxed().toList();
    List<Integer> best = Sequencing.bestOrder(values.ticks(), plan.dependencyMasks());
    boolean feasible =
        scenario.preferences().values().stream().allMatch(p -> p.allows(terms.valueIndices()));
    return new ImplementationReport(
        terms,
        termsSource,
        feasible,
        parties,
        assess(plan, values, performers, penalties, planned),
        assess(plan, values, performers, penalties, best));
  }

  private static Sequence assess(
      ImplementationPlan plan,
      StepValues values,
      int[] performers,
      long[] penalties,
      List<Integer> order) {
    long[][] ticks = values.ticks();
    long[][] exposures = Sequencing.exposures(ticks, order);
    long[] gains = Defection.gains(ticks, performers, penalties, order);
    List<StepReport> reports = new ArrayList<>();
    for (int k = 0; k < order.size(); k++) {
      int s = order.get(k);
      Step step = plan.steps().get(s);
      Map<String, Double> stepValues = new LinkedHashMap<>();
      Map<String, Double> exposure = new LinkedHashMap<>();
      for (int p = 0; p < values.parties().size(); p++) {
        stepValues.put(values.parties().get(p), UtilityScale.toUtility(ticks[s][p]));
        exposure.put(values.parties().get(p), UtilityScale.toUtility(exposures[k][p]));
      }
      OptionalDouble gain =
          gains[k] == Long.MIN_VALUE
              ? OptionalDouble.empty()
              : OptionalDouble.of(UtilityScale.toUtility(gains[k]));
      reports.add(
          new StepReport(
              step.id(),
              step.performer(),
              step.phase(),
              stepValues,
              exposure,
              gain,
              UtilityScale.toUtility(penalties[s])));
    }
    return new Sequence(
        reports,
        UtilityScale.toUtility(Sequencing.largestExposure(ticks, order)),
        Defection.selfEnforcing(gains));
  }
}
