package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.RandomScenarios.Shape;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Races the analysis against {@link BruteForceAnalysis} on random seeded scenarios: counts, the
 * frontier, the four solutions, the deadlock flag and the reservation headroom must agree point for
 * point. A failure names the scenario's seed; {@code RandomScenarios.generate(new
 * SplittableRandom(seed), Shape.ORACLE)} rebuilds it.
 */
class AnalysisOracleTest {
  private static final long SEED = 20_261_125L;
  private static final int SCENARIOS = 500;
  private static final int MEDIUM_SCENARIOS = 100;

  @Test
  void analyze_randomScenarios_agreesWithBruteForce() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    int withZone = 0;
    int withoutZone = 0;
    int infeasible = 0;
    int manyParties = 0;
    for (int k = 0; k < SCENARIOS; k++) {
      long seed = seeds.nextLong();
      Scenario scenario = RandomScenarios.generate(new SplittableRandom(seed), Shape.ORACLE);
      BruteForceAnalysis oracle = BruteForceAnalysis.of(scenario);
      check(seed, scenario, oracle);
      withZone += oracle.zopa() > 0 ? 1 : 0;
      withoutZone += oracle.zopa() == 0 && oracle.feasible() > 0 ? 1 : 0;
      infeasible += oracle.feasible() == 0 ? 1 : 0;
      manyParties += oracle.parties().size() > 2 ? 1 : 0;
    }
    // The generator must keep reaching every kind of case, or the race proves little.
    assertThat(withZone).as("scenarios with a zone").isGreaterThan(SCENARIOS / 3);
    assertThat(withoutZone).as("feasible scenarios without a zone").isGreaterThan(SCENARIOS / 20);
    assertThat(infeasible).as("scenarios without a feasible outcome").isGreaterThan(0);
    assertThat(manyParties).as("scenarios with 3 or 4 parties").isGreaterThan(SCENARIOS / 3);
  }

  static void check(long seed, Scenario scenario, BruteForceAnalysis oracle) {
    String at = "seed " + seed;
    Analysis analysis = Analyzer.analyze(scenario);
    AgreementSpace space = AgreementSpace.of(scenario);
    long[] r = oracle.reservations();

    assertThat(analysis.parties()).as("%s: parties", at).isEqualTo(oracle.parties());
    assertThat(analysis.notes()).as("%s: notes", at).isEmpty();
    assertThat(analysis.outcomes()).as("%s: outcomes", at).isEqualTo(big(oracle.outcomes()));
    assertThat(analysis.feasible()).as("%s: feasible", at).isEqualTo(big(oracle.feasible()));
    assertThat(analysis.zopa()).as("%s: zopa", at).contains(big(oracle.zopa()));
    assertThat(ZopaCounter.enumerate(space.blocks(), r))
        .as("%s: zopa by enumeration", at)
        .isEqualTo(oracle.zopa());
    if (space.partyCount() == 2) {
      assertThat(ZopaCounter.meetInTheMiddle(space.blocks(), r))
          .as("%s: zopa by meeting in the middle", at)
          .isEqualTo(oracle.zopa());
    }

    checkFrontier(at, scenario, space, oracle);
    checkReportedPoints(at, scenario, space, analysis, oracle);
    checkSolutions(at, scenario, space, analysis, oracle);

    assertThat(analysis.deadlock().isPresent())
        .as("%s: deadlock reported iff the zone is empty", at)
        .isEqualTo(oracle.zopa() == 0);
    if (oracle.zopa() == 0) {
      assertThat(analysis.reservationHeadroom()).as("%s: headroom", at).isEmpty();
    } else {
      assertThat(analysis.reservationHeadroom().keySet())
          .as("%s: headroom parties", at)
          .containsExactlyInAnyOrderElementsOf(oracle.parties());
      for (int p = 0; p < r.length; p++) {
        assertThat(analysis.reservationHeadroom().get(oracle.parties().get(p)))
            .as("%s: headroom of %s", at, oracle.parties().get(p))
            .isEqualTo(UtilityScale.toUtility(oracle.bestInZopa(p) - r[p]));
      }
    }
  }

  private static void checkFrontier(
      String at, Scenario scenario, AgreementSpace space, BruteForceAnalysis oracle) {
    ParetoFrontier frontier = ParetoFrontier.of(space);
    Set<List<Long>> vectors = new HashSet<>();
    for (int k = 0; k < frontier.size(); k++) {
      List<Long> vector = list(frontier.utilityTicks(k));
      int[] values = frontier.outcome(k).valueIndices();
      assertThat(BruteForceAnalysis.isFeasible(scenario, values))
          .as("%s: frontier outcome %s is feasible", at, frontier.outcome(k))
          .isTrue();
      assertThat(BruteForceAnalysis.utilityVector(space, values))
          .as("%s: frontier outcome %s reaches its point", at, frontier.outcome(k))
          .isEqualTo(vector);
      vectors.add(vector);
    }
    assertThat(vectors.size())
        .as("%s: frontier points are distinct", at)
        .isEqualTo(frontier.size());
    assertThat(vectors).as("%s: frontier", at).isEqualTo(oracle.frontier());
  }

  private static void checkReportedPoints(
      String at,
      Scenario scenario,
      AgreementSpace space,
      Analysis analysis,
      BruteForceAnalysis oracle) {
    assertThat(analysis.pareto()).as("%s: frontier reported", at).isPresent();
    List<ParetoPoint> points = analysis.pareto().orElseThrow();
    assertThat(points).as("%s: frontier size", at).hasSize(oracle.frontier().size());
    Set<List<Long>> vectors = new HashSet<>();
    for (ParetoPoint point : points) {
      int[] values = point.outcome().valueIndices();
      List<Long> vector = BruteForceAnalysis.utilityVector(space, values);
      assertThat(BruteForceAnalysis.isFeasible(scenario, values))
          .as("%s: reported point %s is feasible", at, point)
          .isTrue();
      assertThat(point.utilities())
          .as("%s: reported point %s", at, point)
          .isEqualTo(utilities(vector));
      vectors.add(vector);
    }
    assertThat(vectors).as("%s: reported frontier", at).isEqualTo(oracle.frontier());
  }

  private static void checkSolutions(
      String at,
      Scenario scenario,
      AgreementSpace space,
      Analysis analysis,
      BruteForceAnalysis oracle) {
    long[] r = oracle.reservations();
    for (SolutionConcept concept : SolutionConcept.values()) {
      assertThat(analysis.solution(concept).isPresent())
          .as("%s: %s present iff the zone is not empty", at, concept)
          .isEqualTo(oracle.zopa() > 0);
      if (analysis.solution(concept).isEmpty()) {
        continue;
      }
      Solution solution = analysis.solution(concept).orElseThrow();
      Outcome outcome = solution.outcome();
      List<Long> vector = BruteForceAnalysis.utilityVector(space, outcome.valueIndices());
      assertThat(BruteForceAnalysis.isFeasible(scenario, outcome.valueIndices()))
          .as("%s: %s outcome %s is feasible", at, concept, outcome)
          .isTrue();
      assertThat(BruteForceAnalysis.reaches(vector, r))
          .as("%s: %s outcome %s is in the zone", at, concept, outcome)
          .isTrue();
      assertThat(oracle.frontier())
          .as("%s: %s outcome %s is on the frontier", at, concept, outcome)
          .contains(vector);
      assertThat(solution.utilities())
          .as("%s: %s utilities", at, concept)
          .isEqualTo(utilities(vector));
      double value = BruteForceAnalysis.objective(concept, array(vector), r, oracle.ideal());
      assertThat(solution.value()).as("%s: %s value of its outcome", at, concept).isEqualTo(value);
      assertThat(solution.value())
          .as("%s: %s value is the best over the zone", at, concept)
          .isEqualTo(oracle.bestObjective(concept).orElseThrow());
    }
  }

  @Test
  void meetInTheMiddle_mediumTwoPartySpaces_agreesWithEnumeration() {
    SplittableRandom seeds = new SplittableRandom(SEED + 1);
    int partial = 0;
    int checks = 0;
    for (int k = 0; k < MEDIUM_SCENARIOS; k++) {
      long seed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      Scenario scenario = RandomScenarios.generate(random, Shape.MEDIUM);
      AgreementSpace space = AgreementSpace.of(scenario);
      List<long[]> reservations = new ArrayList<>();
      reservations.add(space.reservationTicks());
      for (int j = 0; j < 4; j++) {
        reservations.add(
            new long[] {reservationNear(random, space, 0), reservationNear(random, space, 1)});
      }
      for (long[] r : reservations) {
        long expected = ZopaCounter.enumerate(space.blocks(), r);
        assertThat(ZopaCounter.meetInTheMiddle(space.blocks(), r))
            .as("seed %d, reservations %d and %d ticks", seed, r[0], r[1])
            .isEqualTo(expected);
        checks++;
        boolean strict = expected > 0 && big(expected).compareTo(space.feasibleCount()) < 0;
        partial += strict ? 1 : 0;
      }
    }
    assertThat(partial).as("counts strictly between 0 and feasible").isGreaterThan(checks / 3);
  }

  @Test
  void count_twoPartiesBeyondEnumerationLimit_agreesWithEnumeration() {
    Shape large = new Shape(2, 2, 8, 9, 9, 1L << 23, 1L << 25, 1, 0.0);
    SplittableRandom seeds = new SplittableRandom(SEED + 2);
    int checked = 0;
    while (checked < 3) {
      long seed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      Scenario scenario = RandomScenarios.generate(random, large);
      AgreementSpace space = AgreementSpace.of(scenario);
      if (space.feasibleCount().compareTo(big(ZopaCounter.TWO_PARTY_ENUMERATION_LIMIT)) <= 0) {
        continue;
      }
      long[] r = {reservationNear(random, space, 0), reservationNear(random, space, 1)};
      AgreementSpace tight = AgreementSpace.of(withReservations(scenario, r));
      long expected = ZopaCounter.enumerate(tight.blocks(), tight.reservationTicks());
      if (expected == 0 || big(expected).equals(tight.feasibleCount())) {
        continue; // count() would take a shortcut, not meet in the middle
      }
      assertThat(ZopaCounter.count(tight)).as("seed %d", seed).isEqualTo(big(expected));
      checked++;
    }
  }

  /** A reservation at the utility of a random feasible outcome, or slightly off it. */
  private static long reservationNear(SplittableRandom random, AgreementSpace space, int party) {
    if (!space.hasFeasibleOutcome()) {
      return random.nextLong(UtilityScale.UNITS_PER_UTILITY);
    }
    int[] entries = new int[space.blocks().size()];
    for (int b = 0; b < entries.length; b++) {
      entries[b] = random.nextInt(space.blocks().get(b).size());
    }
    long ticks = space.utilityTicks(party, space.outcomeOf(entries));
    return Math.max(0, ticks + random.nextInt(3) - 1);
  }

  private static Scenario withReservations(Scenario scenario, long[] ticks) {
    Scenario result = scenario;
    List<String> parties = scenario.negotiatingParties();
    for (int p = 0; p < parties.size(); p++) {
      Preferences preferences = scenario.preferences().get(parties.get(p));
      double reservation = Math.min(1.0, UtilityScale.toUtility(ticks[p]));
      result = result.withPreferences(parties.get(p), preferences.withReservation(reservation));
    }
    return result;
  }

  private static BigInteger big(long value) {
    return BigInteger.valueOf(value);
  }

  private static List<Long> list(long[] ticks) {
    List<Long> list = new ArrayList<>();
    for (long t : ticks) {
      list.add(t);
    }
    return List.copyOf(list);
  }

  private static long[] array(List<Long> vector) {
    return vector.stream().mapToLong(Long::longValue).toArray();
  }

  private static List<Double> utilities(List<Long> vector) {
    return vector.stream().map(UtilityScale::toUtility).toList();
  }
}
