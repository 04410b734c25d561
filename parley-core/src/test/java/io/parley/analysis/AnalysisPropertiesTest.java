package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.RandomScenarios.Shape;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.ValueFunction;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the analysis over small random scenarios. */
class AnalysisPropertiesTest {
  private static final int TRIES = 200;

  /** A generated scenario; its {@code toString} is the code that rebuilds it. */
  record Generated(int parties, int issues, long seed, Scenario scenario) {
    @Override
    public String toString() {
      return "RandomScenarios.generate(new SplittableRandom(%dL), Shape.small(%d, %d))"
          .formatted(seed, parties, issues);
    }
  }

  /** The figures the fast algorithms give for a scenario. */
  record Figures(
      BigInteger outcomes, BigInteger feasible, BigInteger zopa, Set<List<Long>> frontier) {
    static Figures of(Scenario scenario) {
      AgreementSpace space = AgreementSpace.of(scenario);
      return new Figures(
          space.outcomeCount(),
          space.feasibleCount(),
          ZopaCounter.count(space),
          vectors(ParetoFrontier.of(space)));
    }
  }

  @Provide
  Arbitrary<Generated> scenarios() {
    return Combinators.combine(
            Arbitraries.integers().between(2, 4),
            Arbitraries.integers().between(1, 5),
            Arbitraries.longs().withoutEdgeCases())
        .as(
            (parties, issues, seed) ->
                new Generated(
                    parties,
                    issues,
                    seed,
                    RandomScenarios.generate(
                        new SplittableRandom(seed), Shape.small(parties, issues))));
  }

  @Property(tries = TRIES)
  void solutions_lieInTheZoneAndOnTheFrontier(@ForAll("scenarios") Generated generated) {
    Scenario scenario = generated.scenario();
    AgreementSpace space = AgreementSpace.of(scenario);
    ParetoFrontier frontier = ParetoFrontier.of(space);
    // Without a zone the analysis would explain the deadlock, which the oracle tests cover.
    Assume.that(ZopaCounter.count(space).signum() > 0);

    Analysis analysis = Analyzer.analyze(scenario);

    assertThat(analysis.solutions()).hasSize(SolutionConcept.values().length);
    Set<List<Long>> vectors = vectors(frontier);
    for (Solution solution : analysis.solutions().values()) {
      List<Long> vector =
          BruteForceAnalysis.utilityVector(space, solution.outcome().valueIndices());
      assertThat(space.isFeasible(solution.outcome())).isTrue();
      assertThat(BruteForceAnalysis.reaches(vector, space.reservationTicks())).isTrue();
      assertThat(vectors).contains(vector);
    }
  }

  @Property(tries = TRIES)
  void droppingARedLine_neverShrinksTheFeasibleSetOrTheZone(
      @ForAll("scenarios") Generated generated, @ForAll @IntRange(max = 1_000) int pick) {
    Scenario scenario = generated.scenario();
    List<String> owners = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    for (String party : scenario.negotiatingParties()) {
      for (int i = 0; i < scenario.preferences().get(party).redLines().size(); i++) {
        owners.add(party);
        indices.add(i);
      }
    }
    Assume.that(!owners.isEmpty());
    String party = owners.get(pick % owners.size());
    Preferences preferences = scenario.preferences().get(party);
    List<RedLine> fewer = new ArrayList<>(preferences.redLines());
    fewer.remove((int) indices.get(pick % owners.size()));

    Figures before = Figures.of(scenario);
    Figures after = Figures.of(scenario.withPreferences(party, preferences.withRedLines(fewer)));

    assertThat(after.feasible()).isGreaterThanOrEqualTo(before.feasible());
    assertThat(after.zopa()).isGreaterThanOrEqualTo(before.zopa());
  }

  @Property(tries = TRIES)
  void loweringAReservation_neverShrinksTheZone(
      @ForAll("scenarios") Generated generated,
      @ForAll @IntRange(max = 1_000) int pick,
      @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double factor) {
    Scenario scenario = generated.scenario();
    List<String> parties = scenario.negotiatingParties();
    String party = parties.get(pick % parties.size());
    Preferences preferences = scenario.preferences().get(party);

    Figures before = Figures.of(scenario);
    Figures after =
        Figures.of(
            scenario.withPreferences(
                party, preferences.withReservation(preferences.reservation() * factor)));

    assertThat(after.zopa()).isGreaterThanOrEqualTo(before.zopa());
    assertThat(after.feasible()).isEqualTo(before.feasible());
  }

  @Property(tries = TRIES)
  void frontier_hasNoPointThatDominatesOrRepeatsAnother(@ForAll("scenarios") Generated generated) {
    ParetoFrontier frontier = ParetoFrontier.of(AgreementSpace.of(generated.scenario()));
    List<List<Long>> points = new ArrayList<>();
    for (int k = 0; k < frontier.size(); k++) {
      points.add(list(frontier.utilityTicks(k)));
    }
    for (List<Long> a : points) {
      for (List<Long> b : points) {
        assertThat(BruteForceAnalysis.dominates(a, b)).as("%s dominates %s", a, b).isFalse();
      }
    }
    assertThat(new HashSet<>(points)).hasSameSizeAs(points);
  }

  @Property(tries = TRIES)
  void frontierSize_isAtMostTheFeasibleCount(@ForAll("scenarios") Generated generated) {
    Figures figures = Figures.of(generated.scenario());

    assertThat(BigInteger.valueOf(figures.frontier().size()))
        .isLessThanOrEqualTo(figures.feasible());
  }

  @Property(tries = TRIES)
  void counts_zoneWithinFeasibleWithinOutcomes(@ForAll("scenarios") Generated generated) {
    Figures figures = Figures.of(generated.scenario());

    assertThat(figures.zopa()).isNotNegative().isLessThanOrEqualTo(figures.feasible());
    assertThat(figures.feasible()).isLessThanOrEqualTo(figures.outcomes());
  }

  @Property(tries = TRIES)
  void permutingTheParties_permutesTheFrontierVectors(
      @ForAll("scenarios") Generated generated, @ForAll long shuffleSeed) {
    Scenario scenario = generated.scenario();
    List<Party> shuffled = new ArrayList<>(scenario.parties());
    SplittableRandom random = new SplittableRandom(shuffleSeed);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      shuffled.set(i, shuffled.set(j, shuffled.get(i)));
    }
    Scenario permuted =
        new Scenario(
            scenario.name(),
            scenario.description(),
            shuffled,
            scenario.space(),
            scenario.preferences());
    List<String> before = scenario.negotiatingParties();
    List<String> after = permuted.negotiatingParties();

    Figures original = Figures.of(scenario);
    Figures figures = Figures.of(permuted);

    Set<List<Long>> expected = new HashSet<>();
    for (List<Long> vector : original.frontier()) {
      List<Long> moved = new ArrayList<>();
      for (String party : after) {
        moved.add(vector.get(before.indexOf(party)));
      }
      expected.add(List.copyOf(moved));
    }
    assertThat(figures.frontier()).isEqualTo(expected);
    assertThat(figures.feasible()).isEqualTo(original.feasible());
    assertThat(figures.zopa()).isEqualTo(original.zopa());
  }

  @Property(tries = TRIES)
  void addingAWeightlessIssue_multipliesTheCountsAndKeepsTheFrontier(
      @ForAll("scenarios") Generated generated,
      @ForAll @IntRange(min = 1, max = 6) int size,
      @ForAll boolean discrete,
      @ForAll @IntRange(max = 1_000) int at,
      @ForAll long seed) {
    Scenario scenario = generated.scenario();
    int position = at % (scenario.space().issueCount() + 1);
    Issue extra = discrete ? labels(size) : IntegerIssue.of("weightless", 1, size);

    Scenario wider = withIssue(scenario, extra, position, new SplittableRandom(seed));

    Figures original = Figures.of(scenario);
    Figures figures = Figures.of(wider);
    BigInteger factor = BigInteger.valueOf(size);
    assertThat(figures.outcomes()).isEqualTo(original.outcomes().multiply(factor));
    assertThat(figures.feasible()).isEqualTo(original.feasible().multiply(factor));
    assertThat(figures.zopa()).isEqualTo(original.zopa().multiply(factor));
    assertThat(figures.frontier()).isEqualTo(original.frontier());
  }

  private static DiscreteIssue labels(int size) {
    List<String> labels = new ArrayList<>();
    for (int v = 0; v < size; v++) {
      labels.add("w" + v);
    }
    return new DiscreteIssue("weightless", null, labels);
  }

  /** {@code scenario} with {@code extra} inserted at {@code position}, weighing 0 for everyone. */
  private static Scenario withIssue(
      Scenario scenario, Issue extra, int position, SplittableRandom random) {
    List<Issue> issues = new ArrayList<>(scenario.space().issues());
    issues.add(position, extra);
    OutcomeSpace space = new OutcomeSpace(issues);
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    for (String party : scenario.negotiatingParties()) {
      Preferences old = scenario.preferences().get(party);
      LinearAdditiveUtility utility = (LinearAdditiveUtility) old.utility();
      List<Double> weights = new ArrayList<>(utility.weights());
      weights.add(position, 0.0);
      List<ValueFunction> functions = new ArrayList<>(utility.valueFunctions());
      functions.add(position, RandomScenarios.valueFunction(random, extra, random.nextInt(3)));
      List<RedLine> redLines = new ArrayList<>();
      for (RedLine redLine : old.redLines()) {
        redLines.add(shift(redLine, position, space));
      }
      preferences.put(
          party,
          new Preferences(
              new LinearAdditiveUtility(space, weights, functions),
              old.reservation(),
              redLines,
              old.discount()));
    }
    return new Scenario(
        scenario.name(), scenario.description(), scenario.parties(), space, preferences);
  }

  private static RedLine shift(RedLine redLine, int position, OutcomeSpace space) {
    if (redLine instanceof RedLine.Forbid forbid) {
      return new RedLine.Forbid(shift(forbid.condition(), position, space), forbid.label());
    }
    if (redLine instanceof RedLine.Require require) {
      return new RedLine.Require(shift(require.condition(), position, space), require.label());
    }
    RedLine.Linkage linkage = (RedLine.Linkage) redLine;
    return new RedLine.Linkage(
        shift(linkage.when(), position, space),
        shift(linkage.then(), position, space),
        linkage.label());
  }

  private static Condition shift(Condition condition, int position, OutcomeSpace space) {
    List<Clause> clauses = new ArrayList<>();
    for (Clause clause : condition.clauses()) {
      int moved = clause.position() >= position ? clause.position() + 1 : clause.position();
      clauses.add(Clause.of(moved, space.issue(moved).size(), clause.allowedIndices()));
    }
    return new Condition(clauses);
  }

  private static Set<List<Long>> vectors(ParetoFrontier frontier) {
    Set<List<Long>> vectors = new HashSet<>();
    for (int k = 0; k < frontier.size(); k++) {
      vectors.add(list(frontier.utilityTicks(k)));
    }
    return vectors;
  }

  private static List<Long> list(long[] ticks) {
    List<Long> list = new ArrayList<>();
    for (long t : ticks) {
      list.add(t);
    }
    return List.copyOf(list);
  }
}
