package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.Outcome;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The post-settlement improvement against brute force over every outcome of random scenarios: it
 * exists exactly when some feasible outcome is strictly better for every party, and then it is a
 * feasible outcome no party values below the agreement whose product of gains is the largest.
 */
class PostSettlementOracleTest {
  private static final int SCENARIOS = 400;

  @Test
  void improve_matchesBruteForce_onRandomScenariosAndAgreements() {
    int improved = 0;
    int none = 0;
    for (int seed = 0; seed < SCENARIOS; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      Scenario scenario = RandomScenarios.generate(random, RandomScenarios.Shape.ORACLE);
      AgreementSpace space = AgreementSpace.of(scenario);
      List<Outcome> feasible = new ArrayList<>();
      BruteForceAnalysis.forEachOutcome(
          scenario.space(),
          values -> {
            if (BruteForceAnalysis.isFeasible(scenario, values)) {
              feasible.add(new Outcome(values));
            }
          });
      if (feasible.isEmpty()) {
        continue;
      }
      Outcome agreement = feasible.get(random.nextInt(feasible.size()));

      Optional<Improvement> result = PostSettlement.improve(scenario, agreement);

      Oracle oracle = oracle(space, feasible, agreement);
      String context = "seed " + seed + ", agreement " + agreement;
      assertThat(result.isPresent()).as(context).isEqualTo(oracle.strictlyBetterExists());
      if (result.isEmpty()) {
        none++;
        continue;
      }
      improved++;
      Improvement i = result.get();
      assertThat(space.isFeasible(i.outcome())).as(context).isTrue();
      assertThat(i.value()).as(context).isEqualTo(oracle.bestProduct());
      double product = 1;
      for (int p = 0; p < space.partyCount(); p++) {
        long gain = space.utilityTicks(p, i.outcome()) - space.utilityTicks(p, agreement);
        assertThat(gain).as(context).isPositive();
        assertThat(i.gains().get(p)).isEqualTo(UtilityScale.toUtility(gain));
        assertThat(i.utilities().get(p)).isEqualTo(space.utility(p, i.outcome()));
        product *= UtilityScale.toUtility(gain);
      }
      assertThat(product).as(context).isEqualTo(i.value());
    }
    assertThat(improved).as("agreements with an improvement").isGreaterThan(50);
    assertThat(none).as("agreements without one").isGreaterThan(10);
  }

  @Test
  void improve_infeasibleAgreement_isRefused() {
    for (int seed = 0; ; seed++) {
      Scenario scenario =
          RandomScenarios.generate(new SplittableRandom(seed), RandomScenarios.Shape.DEADLOCK);
      AgreementSpace space = AgreementSpace.of(scenario);
      List<Outcome> infeasible = new ArrayList<>();
      BruteForceAnalysis.forEachOutcome(
          scenario.space(),
          values -> {
            if (!space.isFeasible(new Outcome(values))) {
              infeasible.add(new Outcome(values));
            }
          });
      if (!infeasible.isEmpty()) {
        assertThatThrownBy(() -> PostSettlement.improve(scenario, infeasible.get(0)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("infeasible");
        return;
      }
    }
  }

  private record Oracle(boolean strictlyBetterExists, double bestProduct) {}

  private static Oracle oracle(AgreementSpace space, List<Outcome> feasible, Outcome agreement) {
    boolean strictly = false;
    double best = Double.NEGATIVE_INFINITY;
    for (Outcome o : feasible) {
      boolean noneWorse = true;
      boolean allBetter = true;
      double product = 1;
      for (int p = 0; p < space.partyCount(); p++) {
        long gain = space.utilityTicks(p, o) - space.utilityTicks(p, agreement);
        noneWorse &= gain >= 0;
        allBetter &= gain > 0;
        product *= UtilityScale.toUtility(gain);
      }
      strictly |= allBetter;
      if (noneWorse) {
        best = Math.max(best, product);
      }
    }
    return new Oracle(strictly, best);
  }
}
