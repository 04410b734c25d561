package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.RandomScenarios.Shape;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.HyperRectangleUtility;
import io.parley.preference.HyperRectangleUtility.Aggregation;
import io.parley.preference.HyperRectangleUtility.Bound;
import io.parley.preference.HyperRectangleUtility.Match;
import io.parley.preference.HyperRectangleUtility.Rectangle;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.UtilityFunction;
import io.parley.preference.ValueFunction;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The non-linear oracle: the analysis (counts, frontier, the four solutions, the zone and its
 * headroom) against brute force over every outcome, on random scenarios where some parties' utility
 * is capped additive (weights summing past 1, so the cap binds) or made of hyper-rectangle
 * constraints (GENIUS's non-linear utility), alongside linear parties and red lines. The brute
 * force takes each non-linear utility straight from {@link UtilityFunction#utility}, rounded once
 * to ticks as {@link UtilityScale} prescribes. {@link AnalysisOracleTest} does the same with linear
 * utilities.
 */
class NonlinearOracleTest {

  @Property(tries = 150)
  void analysis_nonlinearScenarios_agreesWithBruteForce(@ForAll long seed) {
    race(seed);
  }

  /**
   * A fixed seed set as well, checking that the generator keeps reaching every kind of case: both
   * kinds of non-linear utility, zones that exist and zones that do not.
   */
  @Test
  void analysis_fixedSeeds_agreesWithBruteForceAndCoversEveryCase() {
    SplittableRandom seeds = new SplittableRandom(20_261_205L);
    Set<String> kinds = new HashSet<>();
    int withZone = 0;
    int withoutZone = 0;
    for (int k = 0; k < 150; k++) {
      Race race = race(seeds.nextLong());
      BruteForceAnalysis oracle = race.oracle();
      withZone += oracle.zopa() > 0 ? 1 : 0;
      withoutZone += oracle.zopa() == 0 ? 1 : 0;
      kinds.addAll(race.kinds());
    }
    assertThat(kinds)
        .contains("CappedAdditiveUtility", "HyperRectangleUtility", "LinearAdditiveUtility");
    assertThat(withZone).as("scenarios with a zone").isGreaterThan(15);
    assertThat(withoutZone).as("scenarios without a zone").isGreaterThan(15);
  }

  private static Race race(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Scenario linear =
        RandomScenarios.generate(random, Shape.small(2 + random.nextInt(2), 1 + random.nextInt(4)));
    Scenario scenario = withNonlinearParties(random, linear);
    BruteForceAnalysis oracle = BruteForceAnalysis.of(scenario);

    AnalysisOracleTest.check(seed, scenario, oracle);
    checkTicksComeFromTheUtilityItself(scenario);
    // A utility that is not linear additive ties every issue into one block.
    assertThat(AgreementSpace.of(scenario).blocks()).as("seed %d: blocks", seed).hasSize(1);
    return new Race(oracle, kinds(scenario));
  }

  /** What one race found: the brute force, and the kinds of utility in the scenario. */
  private record Race(BruteForceAnalysis oracle, Set<String> kinds) {}

  /** Each party's ticks are its own utility function's value, rounded once. */
  private static void checkTicksComeFromTheUtilityItself(Scenario scenario) {
    AgreementSpace space = AgreementSpace.of(scenario);
    List<String> parties = scenario.negotiatingParties();
    BruteForceAnalysis.forEachOutcome(
        scenario.space(),
        values -> {
          Outcome outcome = new Outcome(values);
          for (int p = 0; p < parties.size(); p++) {
            UtilityFunction utility = scenario.preferences().get(parties.get(p)).utility();
            if (utility instanceof LinearAdditiveUtility) {
              continue;
            }
            assertThat(space.utilityTicks(p, outcome))
                .as("ticks of %s at %s", parties.get(p), outcome)
                .isEqualTo(UtilityScale.toTicks(utility.utility(outcome)));
          }
        });
  }

  private static Set<String> kinds(Scenario scenario) {
    Set<String> kinds = new HashSet<>();
    for (Preferences preferences : scenario.preferences().values()) {
      kinds.add(preferences.utility().getClass().getSimpleName());
    }
    return kinds;
  }

  /**
   * {@code linear} with one or more parties' utility replaced by a capped-additive or a
   * hyper-rectangle one (on spaces with an integer issue); red lines and reservations stay.
   */
  static Scenario withNonlinearParties(SplittableRandom random, Scenario linear) {
    OutcomeSpace space = linear.space();
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    List<String> parties = linear.negotiatingParties();
    int surely = random.nextInt(parties.size());
    for (int p = 0; p < parties.size(); p++) {
      Preferences old = linear.preferences().get(parties.get(p));
      if (p != surely && random.nextBoolean()) {
        preferences.put(parties.get(p), old);
        continue;
      }
      UtilityFunction utility =
          hasIntegerIssue(space) && random.nextBoolean()
              ? rectangles(random, space)
              : capped(random, space);
      double reservation =
          random.nextInt(3) == 0
              ? utility.utility(
                  space.outcomeAt(
                      random.nextInt(
                          (int) Math.min(space.size().longValueExact(), Integer.MAX_VALUE))))
              : old.reservation();
      preferences.put(
          parties.get(p), new Preferences(utility, reservation, old.redLines(), old.discount()));
    }
    for (var entry : linear.preferences().entrySet()) {
      preferences.putIfAbsent(entry.getKey(), entry.getValue());
    }
    return new Scenario(linear.name(), "", linear.parties(), space, preferences);
  }

  private static boolean hasIntegerIssue(OutcomeSpace space) {
    return space.issues().stream().anyMatch(i -> i instanceof IntegerIssue);
  }

  /** Weights each in [0, 0.8] in steps of 0.1, so their sum often passes 1 and the cap binds. */
  static CappedAdditiveUtility capped(SplittableRandom random, OutcomeSpace space) {
    List<Double> weights = new ArrayList<>();
    List<ValueFunction> functions = new ArrayList<>();
    int style = random.nextInt(3);
    for (Issue issue : space.issues()) {
      weights.add(random.nextInt(9) / 10.0);
      functions.add(RandomScenarios.valueFunction(random, issue, style));
    }
    return new CappedAdditiveUtility(space, weights, functions);
  }

  /**
   * A root sum, min or max over 1–4 rectangles on the integer issues (inside, outside or always)
   * and sometimes a weighted child function, divided by a maximum that the sum may pass (so the cap
   * at 1 binds).
   */
  static HyperRectangleUtility rectangles(SplittableRandom random, OutcomeSpace space) {
    List<Integer> integers = new ArrayList<>();
    for (int i = 0; i < space.issueCount(); i++) {
      if (space.issue(i) instanceof IntegerIssue) {
        integers.add(i);
      }
    }
    Aggregation[] aggregations = Aggregation.values();
    HyperRectangleUtility.Function child = null;
    if (random.nextInt(3) == 0) {
      child =
          new HyperRectangleUtility.Function(
              aggregations[random.nextInt(3)],
              random.nextInt(4) / 2.0,
              List.of(rectangle(random, space, integers)),
              List.of());
    }
    List<Rectangle> rectangles = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int r = 0; r < count; r++) {
      rectangles.add(rectangle(random, space, integers));
    }
    var root =
        new HyperRectangleUtility.Function(
            aggregations[random.nextInt(3)],
            1.0,
            rectangles,
            child == null ? List.of() : List.of(child));
    return new HyperRectangleUtility(space, root, 1 + random.nextInt(6));
  }

  private static Rectangle rectangle(
      SplittableRandom random, OutcomeSpace space, List<Integer> integers) {
    double utility = random.nextInt(5);
    double weight = random.nextInt(4) == 0 ? 0.5 : 1.0;
    if (random.nextInt(6) == 0) {
      return new Rectangle(Match.ALWAYS, List.of(), utility, weight);
    }
    List<Bound> bounds = new ArrayList<>();
    for (int position : integers) {
      if (bounds.isEmpty() || random.nextBoolean()) {
        IntegerIssue issue = (IntegerIssue) space.issue(position);
        long a = issue.valueOf(random.nextInt(issue.size()));
        long b = issue.valueOf(random.nextInt(issue.size()));
        bounds.add(new Bound(position, Math.min(a, b), Math.max(a, b)));
      }
    }
    return new Rectangle(
        random.nextInt(4) == 0 ? Match.OUTSIDE : Match.INSIDE, bounds, utility, weight);
  }
}
