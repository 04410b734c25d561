package io.parley.analysis;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
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

/**
 * Random scenarios for the oracle and property tests, each reproducible from the seed of its {@link
 * SplittableRandom}.
 *
 * <p>The generator aims at the corners the analysis must get right: discrete issues and integer
 * ranges whose maximum is off the grid, weights of zero, scores from a coarse grid (so utilities
 * tie across outcomes and parties), parties sharing one utility function, reservations of 0,
 * exactly at the utility of some outcome, or high enough to empty the zone, and red lines of all
 * three kinds.
 */
final class RandomScenarios {
  private static final double[] GRID = {0, 0.25, 0.5, 0.75, 1};

  /**
   * The size and pressure of generated scenarios.
   *
   * @param minParties the fewest negotiating parties
   * @param maxParties the most negotiating parties
   * @param minIssues the fewest issues
   * @param maxIssues the most issues
   * @param maxValues the most values of an integer range (discrete issues have at most 5 labels)
   * @param minOutcomes the fewest outcomes (the space is drawn again until it has this many)
   * @param maxOutcomes the most outcomes (issue sizes are capped to stay within it)
   * @param maxRedLines the most red lines per party
   * @param pressure the probability in [0, 1] that a party's reservation is drawn near its best
   *     utility, which often empties the zone
   */
  record Shape(
      int minParties,
      int maxParties,
      int minIssues,
      int maxIssues,
      int maxValues,
      long minOutcomes,
      long maxOutcomes,
      int maxRedLines,
      double pressure) {

    /** The oracle comparison: 2–4 parties, 1–6 issues, up to 3 red lines each. */
    static final Shape ORACLE = new Shape(2, 4, 1, 6, 7, 1, 30_000, 3, 0.1);

    /** Scenarios that often have no zone, with few enough constraints to search every subset. */
    static final Shape DEADLOCK = new Shape(2, 3, 1, 4, 7, 1, 3_000, 2, 0.6);

    /** Scenarios with up to 6 red lines per party, for the explainer's search budgets. */
    static final Shape CROWDED = new Shape(3, 4, 2, 5, 6, 1, 3_000, 6, 0.6);

    /** Two-party spaces of 10^3 to 10^5 outcomes with red lines. */
    static final Shape MEDIUM = new Shape(2, 2, 3, 8, 12, 1_000, 100_000, 4, 0.0);

    /** A shape with exactly {@code parties} parties and {@code issues} issues. */
    static Shape small(int parties, int issues) {
      return new Shape(parties, parties, issues, issues, 6, 1, 5_000, 3, 0.1);
    }
  }

  private RandomScenarios() {}

  /** A random scenario of {@code shape}. */
  static Scenario generate(SplittableRandom random, Shape shape) {
    int partyCount = between(random, shape.minParties(), shape.maxParties());
    int issueCount = between(random, shape.minIssues(), shape.maxIssues());
    OutcomeSpace space = space(random, issueCount, shape);
    int mediatorAt = random.nextInt(5) == 0 ? random.nextInt(partyCount + 1) : -1;
    List<Party> parties = new ArrayList<>();
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    List<LinearAdditiveUtility> utilities = new ArrayList<>();
    for (int p = 0; p <= partyCount; p++) {
      if (p == mediatorAt) {
        parties.add(new Party("mediator", "The mediator", Role.MEDIATOR));
      }
      if (p == partyCount) {
        break;
      }
      String id = "party" + p;
      parties.add(Party.of(id));
      LinearAdditiveUtility utility =
          p > 0 && random.nextInt(8) == 0
              ? utilities.get(random.nextInt(p))
              : utility(random, space, weights(random, space.issueCount()));
      utilities.add(utility);
      double reservation = reservation(random, utility, shape.pressure());
      preferences.put(
          id, new Preferences(utility, reservation, redLines(random, space, shape), 1.0));
    }
    return new Scenario("random", "", parties, space, preferences);
  }

  /** A uniform integer in {@code [min, max]}. */
  static int between(SplittableRandom random, int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  private static OutcomeSpace space(SplittableRandom random, int issueCount, Shape shape) {
    while (true) {
      List<Issue> issues = new ArrayList<>();
      long product = 1;
      for (int i = 0; i < issueCount; i++) {
        int cap = (int) Math.max(1, Math.min(shape.maxValues(), shape.maxOutcomes() / product));
        Issue issue =
            random.nextBoolean()
                ? discrete(random, "issue" + i, Math.min(cap, 5))
                : range(random, "issue" + i, cap);
        issues.add(issue);
        product *= issue.size();
      }
      if (product >= shape.minOutcomes()) {
        return new OutcomeSpace(issues);
      }
    }
  }

  private static Issue discrete(SplittableRandom random, String id, int cap) {
    int size = between(random, 1, cap);
    List<String> labels = new ArrayList<>();
    for (int v = 0; v < size; v++) {
      labels.add(id + "-" + (char) ('a' + v));
    }
    return new DiscreteIssue(id, null, labels);
  }

  private static Issue range(SplittableRandom random, String id, int cap) {
    int size = between(random, 1, cap);
    int step = between(random, 1, 3);
    long min = between(random, -5, 10);
    long max = min + (long) (size - 1) * step + random.nextInt(step);
    return new IntegerIssue(id, null, min, max, step);
  }

  /** Weights as integer points over their total, so they sum to 1 within the 1e-9 rule. */
  static List<Double> weights(SplittableRandom random, int issueCount) {
    int[] points = new int[issueCount];
    int total = 0;
    for (int i = 0; i < issueCount; i++) {
      points[i] = random.nextInt(5);
      total += points[i];
    }
    if (total == 0) {
      int i = random.nextInt(issueCount);
      points[i] = between(random, 1, 4);
      total = points[i];
    }
    List<Double> weights = new ArrayList<>();
    for (int point : points) {
      weights.add(point / (double) total);
    }
    return weights;
  }

  /** A linear additive utility with the given weights and random value functions. */
  static LinearAdditiveUtility utility(
      SplittableRandom random, OutcomeSpace space, List<Double> weights) {
    int scoreStyle = random.nextInt(3);
    List<ValueFunction> functions = new ArrayList<>();
    for (Issue issue : space.issues()) {
      functions.add(valueFunction(random, issue, scoreStyle));
    }
    return new LinearAdditiveUtility(space, weights, functions);
  }

  /** A random value function fitting {@code issue}. */
  static ValueFunction valueFunction(SplittableRandom random, Issue issue, int scoreStyle) {
    if (issue instanceof DiscreteIssue discrete) {
      Map<String, Double> scores = new LinkedHashMap<>();
      for (String label : discrete.labels()) {
        scores.put(label, score(random, scoreStyle));
      }
      return new ValueTable(scores);
    }
    IntegerIssue range = (IntegerIssue) issue;
    if (random.nextBoolean()) {
      return new LinearValueFunction(score(random, scoreStyle), score(random, scoreStyle));
    }
    long peak = range.min() + random.nextLong(range.last() - range.min() + 1);
    return new TriangularValueFunction(
        score(random, scoreStyle), peak, score(random, scoreStyle), score(random, scoreStyle));
  }

  /** A score: from {0, .25, .5, .75, 1}, from tenths, or any number in [0, 1]. */
  private static double score(SplittableRandom random, int style) {
    return switch (style) {
      case 0 -> GRID[random.nextInt(GRID.length)];
      case 1 -> random.nextInt(11) / 10.0;
      default -> random.nextInt(20) == 0 ? 1.0 : random.nextDouble();
    };
  }

  private static double reservation(
      SplittableRandom random, LinearAdditiveUtility utility, double pressure) {
    if (random.nextDouble() < pressure) {
      long best = bestTicks(utility);
      long ticks =
          random.nextInt(4) == 0 ? best : (long) (best * (0.6 + 0.4 * random.nextDouble()));
      return clamp(UtilityScale.toUtility(ticks));
    }
    return switch (random.nextInt(20)) {
      case 0, 1, 2, 3, 4, 5 -> 0.0;
      case 6, 7, 8, 9 -> GRID[random.nextInt(GRID.length)];
      case 10, 11, 12, 13, 14 ->
          clamp(UtilityScale.toUtility(ticksOfRandomOutcome(random, utility)));
      case 15, 16 -> clamp(UtilityScale.toUtility(ticksOfRandomOutcome(random, utility) + 1));
      case 17, 18 -> 0.8 * random.nextDouble();
      default -> 0.8 + 0.2 * random.nextDouble();
    };
  }

  private static double clamp(double reservation) {
    return Math.min(1.0, Math.max(0.0, reservation));
  }

  private static long bestTicks(LinearAdditiveUtility utility) {
    OutcomeSpace space = utility.space();
    long sum = 0;
    for (int i = 0; i < space.issueCount(); i++) {
      long best = 0;
      for (int v = 0; v < space.issue(i).size(); v++) {
        best = Math.max(best, UtilityScale.toTicks(utility.contribution(i, v)));
      }
      sum += best;
    }
    return sum;
  }

  private static long ticksOfRandomOutcome(SplittableRandom random, LinearAdditiveUtility utility) {
    OutcomeSpace space = utility.space();
    long sum = 0;
    for (int i = 0; i < space.issueCount(); i++) {
      sum += UtilityScale.toTicks(utility.contribution(i, random.nextInt(space.issue(i).size())));
    }
    return sum;
  }

  private static List<RedLine> redLines(SplittableRandom random, OutcomeSpace space, Shape shape) {
    // The smaller of two draws: fewer red lines are likelier, so fewer scenarios are infeasible.
    int max = shape.maxRedLines();
    int count = Math.min(random.nextInt(max + 1), random.nextInt(max + 1));
    List<RedLine> redLines = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      String label = random.nextBoolean() ? null : "rule " + k;
      redLines.add(
          switch (random.nextInt(3)) {
            case 0 -> new RedLine.Forbid(forbidden(random, space), label);
            case 1 -> new RedLine.Require(condition(random, space, 0.75), label);
            default ->
                new RedLine.Linkage(
                    condition(random, space, 0.5), condition(random, space, 0.5), label);
          });
    }
    return redLines;
  }

  /** A condition to forbid: it leaves some outcome unless an issue has a single value. */
  private static Condition forbidden(SplittableRandom random, OutcomeSpace space) {
    Condition condition = condition(random, space, 0.35);
    if (condition.clauses().size() > 1 || condition.clauses().get(0).allowedCount() == 1) {
      return condition;
    }
    Clause clause = condition.clauses().get(0);
    int[] allowed = clause.allowedIndices();
    int size = space.issue(clause.position()).size();
    if (allowed.length < size) {
      return condition;
    }
    int[] fewer = java.util.Arrays.copyOf(allowed, allowed.length - 1);
    return Condition.of(Clause.of(clause.position(), size, fewer));
  }

  /** A conjunction of one or two clauses, each allowing every value with {@code density}. */
  private static Condition condition(SplittableRandom random, OutcomeSpace space, double density) {
    int n = space.issueCount();
    int clauses = n > 1 && random.nextInt(5) < 2 ? 2 : 1;
    int first = random.nextInt(n);
    List<Clause> list = new ArrayList<>();
    list.add(clause(random, space, first, density));
    if (clauses == 2) {
      int second = (first + 1 + random.nextInt(n - 1)) % n;
      list.add(clause(random, space, second, density));
    }
    return new Condition(list);
  }

  private static Clause clause(
      SplittableRandom random, OutcomeSpace space, int position, double density) {
    int size = space.issue(position).size();
    BitSet allowed = new BitSet(size);
    for (int v = 0; v < size; v++) {
      if (random.nextDouble() < density) {
        allowed.set(v);
      }
    }
    if (allowed.isEmpty()) {
      allowed.set(random.nextInt(size));
    }
    return new Clause(position, allowed, size);
  }
}
