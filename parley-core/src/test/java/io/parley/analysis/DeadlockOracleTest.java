package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.RandomScenarios.Shape;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.scenario.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks deadlock explanations of random seeded scenarios without a zone against brute force.
 *
 * <p>Constraints are numbered as the explainer numbers them: per party in order, its red lines,
 * then its reservation when above 0. For every outcome the set of constraints it satisfies is
 * computed once; a set of constraints can hold together exactly when some outcome satisfies all of
 * them. A failure names the scenario's seed.
 */
class DeadlockOracleTest {
  private static final long SEED = 7_531_902L;
  private static final int SCENARIOS = 200;
  private static final int CROWDED_SCENARIOS = 20;
  private static final int EXHAUSTIVE_LIMIT = 8;

  @Test
  void explain_emptyZones_reportsExactlyTheMinimalConflictsAndRelaxations() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    int exhaustive = 0;
    int withReservations = 0;
    for (int found = 0; found < SCENARIOS; ) {
      long seed = seeds.nextLong();
      Scenario scenario = RandomScenarios.generate(new SplittableRandom(seed), Shape.DEADLOCK);
      if (BruteForceAnalysis.zopaCount(scenario) > 0) {
        continue;
      }
      found++;
      Constraints constraints = new Constraints(scenario);
      Deadlock deadlock = check(seed, scenario, constraints);
      if (deadlock.complete() && constraints.size() <= EXHAUSTIVE_LIMIT) {
        checkComplete(seed, constraints, deadlock);
        exhaustive++;
      }
      if (deadlock.conflicts().stream().anyMatch(DeadlockOracleTest::namesAReservation)) {
        withReservations++;
      }
    }
    assertThat(exhaustive).as("explanations checked for completeness").isGreaterThan(SCENARIOS / 2);
    assertThat(withReservations)
        .as("explanations with a reservation in a conflict")
        .isGreaterThan(SCENARIOS / 4);
  }

  @Test
  void explain_manyConstraints_reportsOnlyTrueMinimalConflictsAndRelaxations() {
    SplittableRandom seeds = new SplittableRandom(SEED + 1);
    int cutShort = 0;
    for (int found = 0; found < CROWDED_SCENARIOS; ) {
      long seed = seeds.nextLong();
      Scenario scenario = RandomScenarios.generate(new SplittableRandom(seed), Shape.CROWDED);
      if (BruteForceAnalysis.zopaCount(scenario) > 0) {
        continue;
      }
      found++;
      if (!check(seed, scenario, new Constraints(scenario)).complete()) {
        cutShort++;
      }
    }
    assertThat(cutShort).as("explanations cut short by a search budget").isPositive();
  }

  private static boolean namesAReservation(Conflict conflict) {
    return conflict.constraints().stream().anyMatch(Constraint.Reservation.class::isInstance);
  }

  /** Checks every reported conflict and relaxation; returns the explanation. */
  private static Deadlock check(long seed, Scenario scenario, Constraints constraints) {
    Analysis analysis = Analyzer.analyze(scenario);
    assertThat(analysis.deadlock()).as("seed %d: deadlock", seed).isPresent();
    Deadlock deadlock = analysis.deadlock().orElseThrow();
    assertThat(deadlock.summary()).as("seed %d: summary", seed).isNotBlank();
    Set<Long> conflicts = new HashSet<>();
    for (Conflict conflict : deadlock.conflicts()) {
      long mask = constraints.maskOf(seed, conflict.constraints());
      String at = "seed " + seed + ", conflict " + conflict.explanation();
      assertThat(conflict.explanation()).as(at).isNotBlank();
      assertThat(conflicts.add(mask)).as("%s: reported once", at).isTrue();
      assertThat(constraints.satisfiable(mask)).as("%s: unsatisfiable", at).isFalse();
      for (long member : Constraints.members(mask)) {
        assertThat(constraints.satisfiable(mask & ~member))
            .as("%s: minimal, without constraint %d", at, Long.numberOfTrailingZeros(member))
            .isTrue();
      }
    }
    Set<Long> corrections = new HashSet<>();
    int previousSize = 0;
    for (Relaxation relaxation : deadlock.relaxations()) {
      long mask = constraints.correctionOf(seed, relaxation);
      String at = "seed " + seed + ", relaxation " + relaxation.description();
      assertThat(corrections.add(mask)).as("%s: reported once", at).isTrue();
      assertThat(Long.bitCount(mask))
          .as("%s: smallest first", at)
          .isGreaterThanOrEqualTo(previousSize);
      previousSize = Long.bitCount(mask);
      checkRelaxation(at, scenario, relaxation);
    }
    return deadlock;
  }

  /** The relaxation opens exactly the reported zone, and undoing any one change closes it. */
  private static void checkRelaxation(String at, Scenario scenario, Relaxation relaxation) {
    Set<Constraint.RedLineConstraint> dropped = new HashSet<>(relaxation.dropped());
    Map<String, Double> lowered = relaxation.lowered();
    Scenario relaxed = relax(scenario, dropped, lowered);
    long zopa = BruteForceAnalysis.zopaCount(relaxed);
    assertThat(zopa).as("%s: opens a zone", at).isPositive();
    assertThat(relaxation.zopa()).as("%s: zone size", at).contains(BigInteger.valueOf(zopa));
    for (Constraint.RedLineConstraint redLine : dropped) {
      Set<Constraint.RedLineConstraint> fewer = new HashSet<>(dropped);
      fewer.remove(redLine);
      assertThat(BruteForceAnalysis.zopaCount(relax(scenario, fewer, lowered)))
          .as("%s: minimal, keeping %s", at, redLine.describe())
          .isZero();
    }
    for (Map.Entry<String, Double> change : lowered.entrySet()) {
      String party = change.getKey();
      double original = scenario.preferences().get(party).reservation();
      assertThat(change.getValue()).as("%s: %s lowered", at, party).isLessThan(original);
      Map<String, Double> fewer = new HashMap<>(lowered);
      fewer.remove(party);
      assertThat(BruteForceAnalysis.zopaCount(relax(scenario, dropped, fewer)))
          .as("%s: minimal, keeping the reservation of %s", at, party)
          .isZero();
      Map<String, Double> higher = new HashMap<>(lowered);
      higher.put(party, UtilityScale.toUtility(UtilityScale.toTicks(change.getValue()) + 1));
      assertThat(BruteForceAnalysis.zopaCount(relax(scenario, dropped, higher)))
          .as("%s: the smallest lowering for %s", at, party)
          .isZero();
    }
    BruteForceAnalysis oracle = BruteForceAnalysis.of(relaxed);
    for (SolutionConcept concept : SolutionConcept.values()) {
      assertThat(relaxation.packages()).as("%s: %s package", at, concept).containsKey(concept);
      assertThat(relaxation.packages().get(concept).value())
          .as("%s: %s package is the best", at, concept)
          .isEqualTo(oracle.bestObjective(concept).orElseThrow());
    }
  }

  /** When the search was complete, every minimal conflict and small relaxation is reported. */
  private static void checkComplete(long seed, Constraints constraints, Deadlock deadlock) {
    int n = constraints.size();
    long all = (1L << n) - 1;
    Set<Long> conflicts = new HashSet<>();
    Set<Long> corrections = new HashSet<>();
    for (long mask = 1; mask <= all; mask++) {
      boolean conflict = !constraints.satisfiable(mask);
      boolean correction = constraints.satisfiable(all & ~mask);
      for (long member : Constraints.members(mask)) {
        conflict &= constraints.satisfiable(mask & ~member);
        correction &= !constraints.satisfiable(all & ~(mask & ~member));
      }
      if (conflict) {
        conflicts.add(mask);
      }
      if (correction && Long.bitCount(mask) <= DeadlockExplainer.MAX_RELAXATION_SIZE) {
        corrections.add(mask);
      }
    }
    Set<Long> reportedConflicts = new HashSet<>();
    for (Conflict conflict : deadlock.conflicts()) {
      reportedConflicts.add(constraints.maskOf(seed, conflict.constraints()));
    }
    Set<Long> reportedCorrections = new HashSet<>();
    for (Relaxation relaxation : deadlock.relaxations()) {
      reportedCorrections.add(constraints.correctionOf(seed, relaxation));
    }
    assertThat(reportedConflicts).as("seed %d: every minimal conflict", seed).isEqualTo(conflicts);
    assertThat(reportedCorrections)
        .as("seed %d: every minimal relaxation of up to 3 changes", seed)
        .isEqualTo(corrections);
  }

  /** {@code scenario} with the red lines in {@code dropped} gone and reservations lowered. */
  private static Scenario relax(
      Scenario scenario, Set<Constraint.RedLineConstraint> dropped, Map<String, Double> lowered) {
    Scenario result = scenario;
    for (String party : scenario.negotiatingParties()) {
      Preferences preferences = scenario.preferences().get(party);
      List<RedLine> kept = new ArrayList<>();
      for (int i = 0; i < preferences.redLines().size(); i++) {
        RedLine redLine = preferences.redLines().get(i);
        var constraint =
            new Constraint.RedLineConstraint(party, i, redLine.explain(scenario.space()));
        if (!dropped.contains(constraint)) {
          kept.add(redLine);
        }
      }
      double reservation = lowered.getOrDefault(party, preferences.reservation());
      result =
          result.withPreferences(
              party, preferences.withRedLines(kept).withReservation(reservation));
    }
    return result;
  }

  /** The constraints of a scenario and, by brute force, which sets of them some outcome meets. */
  private static final class Constraints {
    private final List<Constraint> list = new ArrayList<>();
    private final Set<Long> satisfiedSets = new HashSet<>();

    Constraints(Scenario scenario) {
      List<RedLine> redLines = new ArrayList<>();
      List<Integer> partyOf = new ArrayList<>();
      List<Long> reservationOf = new ArrayList<>();
      List<String> parties = scenario.negotiatingParties();
      for (int p = 0; p < parties.size(); p++) {
        Preferences preferences = scenario.preferences().get(parties.get(p));
        for (int i = 0; i < preferences.redLines().size(); i++) {
          RedLine redLine = preferences.redLines().get(i);
          list.add(
              new Constraint.RedLineConstraint(
                  parties.get(p), i, redLine.explain(scenario.space())));
          redLines.add(redLine);
          partyOf.add(p);
          reservationOf.add(0L);
        }
        if (preferences.reservation() > 0) {
          list.add(new Constraint.Reservation(parties.get(p), preferences.reservation()));
          redLines.add(null);
          partyOf.add(p);
          reservationOf.add(UtilityScale.toTicks(preferences.reservation()));
        }
      }
      AgreementSpace space = AgreementSpace.of(scenario);
      BruteForceAnalysis.forEachOutcome(
          scenario.space(),
          values -> {
            List<Long> utilities = BruteForceAnalysis.utilityVector(space, values);
            long satisfied = 0;
            for (int c = 0; c < list.size(); c++) {
              boolean holds =
                  redLines.get(c) != null
                      ? redLines.get(c).allows(values)
                      : utilities.get(partyOf.get(c)) >= reservationOf.get(c);
              if (holds) {
                satisfied |= 1L << c;
              }
            }
            satisfiedSets.add(satisfied);
          });
    }

    int size() {
      return list.size();
    }

    /** Whether some outcome meets every constraint in {@code mask}. */
    boolean satisfiable(long mask) {
      for (long satisfied : satisfiedSets) {
        if ((satisfied & mask) == mask) {
          return true;
        }
      }
      return false;
    }

    long maskOf(long seed, List<Constraint> members) {
      long mask = 0;
      for (Constraint member : members) {
        int index = list.indexOf(member);
        assertThat(index)
            .as("seed %d: %s is a constraint of the scenario", seed, member)
            .isNotNegative();
        assertThat(mask & (1L << index)).as("seed %d: %s listed once", seed, member).isZero();
        mask |= 1L << index;
      }
      return mask;
    }

    /** The constraints a relaxation gives up: its dropped red lines and lowered reservations. */
    long correctionOf(long seed, Relaxation relaxation) {
      List<Constraint> members = new ArrayList<>(relaxation.dropped());
      for (String party : relaxation.lowered().keySet()) {
        members.add(
            list.stream()
                .filter(c -> c instanceof Constraint.Reservation && c.party().equals(party))
                .findFirst()
                .orElseThrow(
                    () ->
                        new AssertionError("seed " + seed + ": " + party + " has no reservation")));
      }
      return maskOf(seed, members);
    }

    static List<Long> members(long mask) {
      List<Long> members = new ArrayList<>();
      for (long rest = mask; rest != 0; rest &= rest - 1) {
        members.add(rest & -rest);
      }
      return members;
    }
  }
}
