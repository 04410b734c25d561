package io.parley.analysis;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded synthetic scenarios for the benchmarks: {@code parties} parties over {@code issues}
 * discrete issues of {@link #VALUES} values each ({@code 10^issues} outcomes), linear-additive
 * utilities, the same reservation for every party.
 *
 * <p>Generated like {@code examples/bench-1e6.yaml}: weights are uniform draws in [0.5, 2)
 * normalised to sum to 1; the first party's scores are uniform in [0, 1); every other party opposes
 * the first on the first two thirds of the issues (score {@code 1 - s + N(0, 0.15)}, clamped to [0,
 * 1]) and scores the rest independently (uniform). Opposed issues give the frontier a realistic
 * size. The same (parties, issues, reservation, red lines, seed) always gives the same scenario.
 */
public final class BenchScenarios {
  /** Values per issue. */
  public static final int VALUES = 10;

  /** The seed every benchmark uses. */
  public static final long SEED = 20_261_125L;

  private BenchScenarios() {}

  /**
   * A scenario with {@code redLines} red lines (0, 1 or 2): the first party forbids {@code i1 in
   * v0..v2 and i2 in v7..v9}; the second requires {@code i4 in v5..v9} when {@code i3 in v0..v4}.
   * They tie {@code i1, i2} and {@code i3, i4} into two blocks of 91 and 75 feasible assignments.
   *
   * @throws IllegalArgumentException if {@code parties < 2}, {@code redLines} is outside [0, 2], or
   *     there are fewer issues than the red lines name (at least 1 without red lines, 2 with one, 4
   *     with two)
   */
  public static Scenario linear(
      int parties, int issues, double reservation, int redLines, long seed) {
    int leastIssues = redLines == 0 ? 1 : redLines == 1 ? 2 : 4;
    if (parties < 2 || redLines < 0 || redLines > 2 || issues < leastIssues) {
      throw new IllegalArgumentException(
          "parties " + parties + ", issues " + issues + ", red lines " + redLines);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Issue> issueList = new ArrayList<>();
    String[] labels = new String[VALUES];
    for (int v = 0; v < VALUES; v++) {
      labels[v] = "v" + v;
    }
    for (int i = 0; i < issues; i++) {
      issueList.add(DiscreteIssue.of("i" + (i + 1), labels));
    }
    OutcomeSpace space = new OutcomeSpace(issueList);
    int opposed = (2 * issues + 2) / 3;

    double[][] first = scores(random, issues);
    List<Party> partyList = new ArrayList<>();
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    for (int p = 0; p < parties; p++) {
      double[][] scores = p == 0 ? first : new double[issues][];
      if (p > 0) {
        double[][] independent = scores(random, issues);
        for (int i = 0; i < issues; i++) {
          scores[i] = i < opposed ? opposite(random, first[i]) : independent[i];
        }
      }
      String id = "p" + (p + 1);
      partyList.add(Party.of(id));
      var utility = new LinearAdditiveUtility(space, weights(random, issues), tables(scores));
      preferences.put(
          id, new Preferences(utility, reservation, redLinesOf(p, redLines, space), 1.0));
    }
    return new Scenario(
        "bench-" + parties + "x10^" + issues,
        "synthetic benchmark scenario, seed " + seed,
        partyList,
        space,
        preferences);
  }

  /** {@link #linear} without red lines, with the shared {@link #SEED}. */
  public static Scenario linear(int parties, int issues, double reservation) {
    return linear(parties, issues, reservation, 0, SEED);
  }

  private static List<RedLine> redLinesOf(int party, int redLines, OutcomeSpace space) {
    if (party == 0 && redLines >= 1) {
      Condition condition =
          Condition.of(Clause.of(0, VALUES, 0, 1, 2), Clause.of(1, VALUES, 7, 8, 9));
      return List.of(new RedLine.Forbid(condition, "no cheap i1 with dear i2"));
    }
    if (party == 1 && redLines >= 2) {
      Condition when = Condition.of(Clause.of(2, VALUES, 0, 1, 2, 3, 4));
      Condition then = Condition.of(Clause.of(3, VALUES, 5, 6, 7, 8, 9));
      return List.of(new RedLine.Linkage(when, then, "low i3 only with high i4"));
    }
    return List.of();
  }

  private static List<Double> weights(SplittableRandom random, int issues) {
    double[] raw = new double[issues];
    double sum = 0;
    for (int i = 0; i < issues; i++) {
      raw[i] = random.nextDouble(0.5, 2.0);
      sum += raw[i];
    }
    List<Double> weights = new ArrayList<>();
    double assigned = 0;
    for (int i = 0; i < issues - 1; i++) {
      weights.add(raw[i] / sum);
      assigned += raw[i] / sum;
    }
    weights.add(1.0 - assigned);
    return weights;
  }

  private static double[][] scores(SplittableRandom random, int issues) {
    double[][] scores = new double[issues][VALUES];
    for (double[] issue : scores) {
      for (int v = 0; v < VALUES; v++) {
        issue[v] = random.nextDouble();
      }
    }
    return scores;
  }

  private static double[] opposite(SplittableRandom random, double[] scores) {
    double[] opposite = new double[scores.length];
    for (int v = 0; v < scores.length; v++) {
      double s = 1.0 - scores[v] + 0.15 * random.nextGaussian();
      opposite[v] = Math.max(0.0, Math.min(1.0, s));
    }
    return opposite;
  }

  private static List<ValueFunction> tables(double[][] scores) {
    List<ValueFunction> tables = new ArrayList<>();
    for (double[] issue : scores) {
      Map<String, Double> byLabel = new LinkedHashMap<>();
      for (int v = 0; v < issue.length; v++) {
        byLabel.put("v" + v, issue[v]);
      }
      tables.add(new ValueTable(byLabel));
    }
    return tables;
  }
}
