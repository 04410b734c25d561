package io.parley.strategy;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.TriangularValueFunction;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Random scenarios from a seed: small spaces, random weights, scores and red lines. */
final class RandomScenarios {
  private RandomScenarios() {}

  /** A scenario with {@code parties} parties {@code p1..}, a mediator {@code m} and a broker. */
  static Scenario scenario(long seed, int parties) {
    var random = new SplittableRandom(seed);
    OutcomeSpace space = space(random, 2 + random.nextInt(3), 5);
    List<Party> participants = new ArrayList<>();
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    for (int p = 1; p <= parties; p++) {
      participants.add(Party.of("p" + p));
      preferences.put("p" + p, preferences(random, space, 0.5, 2));
    }
    participants.add(new Party("m", "m", Role.MEDIATOR));
    participants.add(new Party("broker", "broker", Role.MEDIATOR));
    return new Scenario("random-" + seed, "", participants, space, preferences);
  }

  /** A space of {@code issues} issues, each with 1 to {@code maxValues} values. */
  static OutcomeSpace space(SplittableRandom random, int issues, int maxValues) {
    List<Issue> list = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      int size = 1 + random.nextInt(maxValues);
      if (random.nextBoolean()) {
        String[] labels = new String[size];
        for (int v = 0; v < size; v++) {
          labels[v] = "v" + v;
        }
        list.add(DiscreteIssue.of("d" + i, labels));
      } else {
        list.add(IntegerIssue.of("n" + i, 0, size - 1));
      }
    }
    return new OutcomeSpace(list);
  }

  /**
   * Random preferences: weights, scores on a grid of 0.05 (so that ties occur), a reservation in
   * [0, maxReservation] and up to {@code maxRedLines} red lines.
   */
  static Preferences preferences(
      SplittableRandom random, OutcomeSpace space, double maxReservation, int maxRedLines) {
    int n = space.issueCount();
    double[] raw = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      raw[i] = random.nextInt(1, 21);
      total += raw[i];
    }
    List<Double> weights = new ArrayList<>();
    double sum = 0;
    for (int i = 0; i < n - 1; i++) {
      weights.add(raw[i] / total);
      sum += raw[i] / total;
    }
    weights.add(Math.max(0, 1 - sum));
    List<ValueFunction> functions = new ArrayList<>();
    for (Issue issue : space.issues()) {
      functions.add(valueFunction(random, issue));
    }
    var utility = new LinearAdditiveUtility(space, weights, functions);
    double reservation = random.nextInt(0, (int) Math.round(maxReservation * 20) + 1) / 20.0;
    List<RedLine> redLines = new ArrayList<>();
    int count = random.nextInt(maxRedLines + 1);
    for (int k = 0; k < count; k++) {
      redLines.add(redLine(random, space, k));
    }
    return new Preferences(utility, reservation, redLines, 1.0);
  }

  private static ValueFunction valueFunction(SplittableRandom random, Issue issue) {
    if (issue instanceof IntegerIssue range) {
      if (random.nextBoolean() || range.size() < 3) {
        return new LinearValueFunction(grid(random), grid(random));
      }
      long peak = random.nextLong(range.min(), range.last() + 1);
      return new TriangularValueFunction(grid(random), peak, grid(random), grid(random));
    }
    var scores = new LinkedHashMap<String, Double>();
    for (int v = 0; v < issue.size(); v++) {
      scores.put(issue.labelAt(v), grid(random));
    }
    return new ValueTable(scores);
  }

  private static double grid(SplittableRandom random) {
    return random.nextInt(21) / 20.0;
  }

  private static RedLine redLine(SplittableRandom random, OutcomeSpace space, int k) {
    String label = random.nextBoolean() ? "" : "red line " + k;
    return switch (random.nextInt(3)) {
      case 0 -> new RedLine.Forbid(condition(random, space), label);
      case 1 -> new RedLine.Require(condition(random, space), label);
      default -> new RedLine.Linkage(condition(random, space), condition(random, space), label);
    };
  }

  private static Condition condition(SplittableRandom random, OutcomeSpace space) {
    int n = space.issueCount();
    int first = random.nextInt(n);
    List<Clause> clauses = new ArrayList<>();
    clauses.add(clause(random, space, first));
    if (n > 1 && random.nextBoolean()) {
      clauses.add(clause(random, space, (first + 1 + random.nextInt(n - 1)) % n));
    }
    return new Condition(clauses);
  }

  private static Clause clause(SplittableRandom random, OutcomeSpace space, int position) {
    int size = space.issue(position).size();
    var allowed = new BitSet(size);
    allowed.set(random.nextInt(size));
    for (int v = 0; v < size; v++) {
      if (random.nextInt(3) == 0) {
        allowed.set(v);
      }
    }
    return new Clause(position, allowed, size);
  }

  /** The oracle: utility in ticks, summed from rounded contributions as the analysis does. */
  static long ticks(Preferences preferences, Outcome outcome) {
    var utility = (LinearAdditiveUtility) preferences.utility();
    long sum = 0;
    for (int i = 0; i < outcome.issueCount(); i++) {
      sum += UtilityScale.toTicks(utility.contribution(i, outcome.valueIndex(i)));
    }
    return sum;
  }

  /** The oracle: breaks no red line and reaches the reservation. */
  static boolean acceptable(Preferences preferences, Outcome outcome) {
    return preferences.allows(outcome.valueIndices())
        && ticks(preferences, outcome) >= UtilityScale.toTicks(preferences.reservation());
  }
}
