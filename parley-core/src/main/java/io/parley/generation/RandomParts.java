package io.parley.generation;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.RedLine;
import io.parley.preference.TriangularValueFunction;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The random draws a generated scenario is made of: the issues, each party's linear additive
 * utility and its red lines. Every draw comes from the generator passed in, so the same generator
 * state gives the same parts.
 */
final class RandomParts {
  /** The fewest and most issues drawn (fewer when the outcome bound leaves no room). */
  private static final int MIN_ISSUES = 3;

  private static final int MAX_ISSUES = 7;

  /** The most values of one issue. */
  private static final int MAX_VALUES = 10;

  /** How likely another party's scores oppose the first party's on an issue. */
  private static final double OPPOSITION = 0.7;

  private RandomParts() {}

  /**
   * Issues {@code i1, i2, ...}: discrete ({@code a, b, c, ...}) or integer ranges, 2 to {@value
   * #MAX_VALUES} values each, at most {@code maxOutcomes} outcomes in all and at least two issues.
   */
  static OutcomeSpace space(RandomGenerator random, long maxOutcomes) {
    int wanted = MIN_ISSUES + random.nextInt(MAX_ISSUES - MIN_ISSUES + 1);
    List<Issue> issues = new ArrayList<>();
    long size = 1;
    for (int i = 0; i < wanted; i++) {
      // The first issue leaves room for a second one.
      long room = maxOutcomes / size / (i == 0 ? 2 : 1);
      if (room < 2) {
        break;
      }
      int values = 2 + random.nextInt((int) Math.min(MAX_VALUES, room) - 1);
      String id = "i" + (i + 1);
      if (random.nextBoolean()) {
        String[] labels = new String[values];
        for (int v = 0; v < values; v++) {
          labels[v] = String.valueOf((char) ('a' + v));
        }
        issues.add(DiscreteIssue.of(id, labels));
      } else {
        long step = 1 + random.nextInt(10);
        long min = random.nextInt(100);
        issues.add(new IntegerIssue(id, id, min, min + step * (values - 1), step));
      }
      size *= values;
    }
    return new OutcomeSpace(issues);
  }

  /**
   * One linear additive utility per party: weights uniform in [0.5, 2) normalised; the first
   * party's scores drawn freely; every other party, on each issue with probability {@value
   * #OPPOSITION}, scores it against the first party ({@code 1 - s} plus noise), else freely.
   */
  static List<LinearAdditiveUtility> utilities(
      RandomGenerator random, OutcomeSpace space, int parties) {
    int n = space.issueCount();
    double[][] first = new double[n][];
    for (int i = 0; i < n; i++) {
      first[i] = freeScores(random, space.issue(i));
    }
    List<LinearAdditiveUtility> utilities = new ArrayList<>();
    for (int p = 0; p < parties; p++) {
      List<ValueFunction> functions = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Issue issue = space.issue(i);
        if (p == 0) {
          functions.add(function(random, issue, first[i]));
        } else if (random.nextDouble() < OPPOSITION) {
          double[] opposed = new double[first[i].length];
          for (int v = 0; v < opposed.length; v++) {
            opposed[v] = clamp(1.0 - first[i][v] + 0.1 * random.nextGaussian());
          }
          functions.add(function(random, issue, opposed));
        } else {
          functions.add(function(random, issue, freeScores(random, issue)));
        }
      }
      utilities.add(new LinearAdditiveUtility(space, weights(random, n), functions));
    }
    return utilities;
  }

  /**
   * Up to {@code most} red lines over {@code space}, each a forbid, a require or an if-then linkage
   * (drawn evenly) on one or two issues, each clause allowing part of its issue's values.
   */
  static List<RedLine> redLines(RandomGenerator random, OutcomeSpace space, int most) {
    int count = random.nextInt(most + 1);
    List<RedLine> redLines = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      int a = random.nextInt(space.issueCount());
      int b = (a + 1 + random.nextInt(space.issueCount() - 1)) % space.issueCount();
      switch (random.nextInt(3)) {
        case 0 -> {
          Condition condition =
              random.nextBoolean()
                  ? Condition.of(clause(random, space, a, 0.25))
                  : Condition.of(clause(random, space, a, 0.5), clause(random, space, b, 0.5));
          redLines.add(new RedLine.Forbid(condition, "forbid " + (k + 1)));
        }
        case 1 ->
            redLines.add(
                new RedLine.Require(
                    Condition.of(clause(random, space, a, 0.75)), "require " + (k + 1)));
        default ->
            redLines.add(
                new RedLine.Linkage(
                    Condition.of(clause(random, space, a, 0.4)),
                    Condition.of(clause(random, space, b, 0.6)),
                    "if-then " + (k + 1)));
      }
    }
    return redLines;
  }

  /** A clause on issue {@code position} allowing each value with probability {@code share}. */
  private static Clause clause(
      RandomGenerator random, OutcomeSpace space, int position, double share) {
    int size = space.issue(position).size();
    BitSet allowed = new BitSet(size);
    for (int v = 0; v < size; v++) {
      if (random.nextDouble() < share) {
        allowed.set(v);
      }
    }
    if (allowed.isEmpty()) {
      allowed.set(random.nextInt(size));
    }
    return new Clause(position, allowed, size);
  }

  private static double[] freeScores(RandomGenerator random, Issue issue) {
    double[] scores = new double[issue.size()];
    if (issue instanceof IntegerIssue) {
      double from = random.nextDouble();
      double to = random.nextDouble();
      for (int v = 0; v < scores.length; v++) {
        scores[v] = from + (to - from) * v / Math.max(1, scores.length - 1);
      }
      return scores;
    }
    for (int v = 0; v < scores.length; v++) {
      scores[v] = random.nextDouble();
    }
    return scores;
  }

  /**
   * A value function with these scores: a table for a discrete issue; for a range, a linear
   * function through the end scores, or (one time in three, when the middle scores highest) a
   * triangle peaking at the best inner value.
   */
  private static ValueFunction function(RandomGenerator random, Issue issue, double[] scores) {
    if (issue instanceof IntegerIssue range) {
      int last = scores.length - 1;
      int peak = 0;
      for (int v = 1; v <= last; v++) {
        if (scores[v] > scores[peak]) {
          peak = v;
        }
      }
      if (peak > 0 && peak < last && random.nextInt(3) == 0) {
        return new TriangularValueFunction(
            scores[0], range.valueOf(peak), scores[peak], scores[last]);
      }
      return new LinearValueFunction(scores[0], scores[last]);
    }
    DiscreteIssue discrete = (DiscreteIssue) issue;
    Map<String, Double> table = new LinkedHashMap<>();
    for (int v = 0; v < scores.length; v++) {
      table.put(discrete.labels().get(v), scores[v]);
    }
    return new ValueTable(table);
  }

  private static List<Double> weights(RandomGenerator random, int n) {
    double[] raw = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      raw[i] = 0.5 + 1.5 * random.nextDouble();
      sum += raw[i];
    }
    List<Double> weights = new ArrayList<>();
    double assigned = 0;
    for (int i = 0; i < n - 1; i++) {
      weights.add(raw[i] / sum);
      assigned += raw[i] / sum;
    }
    weights.add(1.0 - assigned);
    return weights;
  }

  private static double clamp(double score) {
    return Math.max(0.0, Math.min(1.0, score));
  }
}
