package io.parley.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.analysis.Analyzer;
import io.parley.analysis.UtilityScale;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenarioGeneratorTest {
  private static final GenerationSpec THIN = GenerationSpec.defaults().withZone(0.001, 0.05);

  @Test
  void generate_thinZone_bruteForceCountLiesInTheRange_andAnalyzerAgrees() {
    var generator = new ScenarioGenerator(THIN);
    for (long seed = 1; seed <= 40; seed++) {
      Scenario scenario = generator.generate(seed);
      long outcomes = scenario.space().size().longValueExact();
      long zone = bruteForceZone(scenario);
      assertThat(outcomes).as("seed %d", seed).isBetween(4L, 30_000L);
      assertThat((double) zone / outcomes).as("seed %d zone share", seed).isBetween(0.001, 0.05);
      assertThat(Analyzer.analyze(scenario).zopa())
          .as("seed %d", seed)
          .hasValue(java.math.BigInteger.valueOf(zone));
    }
  }

  @Test
  void generate_wideZone_shareAtLeastTheLowerBound() {
    var generator = new ScenarioGenerator(GenerationSpec.defaults().withZone(0.05, 1.0));
    for (long seed = 1; seed <= 20; seed++) {
      Scenario scenario = generator.generate(seed);
      double share = (double) bruteForceZone(scenario) / scenario.space().size().longValueExact();
      assertThat(share).as("seed %d", seed).isBetween(0.05, 1.0);
    }
  }

  @Test
  void generate_sameSeed_sameScenario_otherSeed_otherScenario() {
    var generator = new ScenarioGenerator(THIN);
    Scenario a = generator.generate(7);
    Scenario b = generator.generate(7);
    assertThat(a.space()).isEqualTo(b.space());
    assertThat(a.parties()).isEqualTo(b.parties());
    for (String party : a.negotiatingParties()) {
      Preferences pa = a.preferences().get(party);
      Preferences pb = b.preferences().get(party);
      assertThat(pa.reservation()).isEqualTo(pb.reservation());
      assertThat(pa.redLines()).isEqualTo(pb.redLines());
      assertThat(pa.utility().utility(a.space().outcomeAt(3)))
          .isEqualTo(pb.utility().utility(b.space().outcomeAt(3)));
    }
    Scenario c = generator.generate(8);
    assertThat(c.space().equals(a.space()) && c.preferences().equals(a.preferences())).isFalse();
  }

  @Test
  void generate_manySeeds_coverEveryRedLineKind_bothIssueKinds_twoAndThreeParties() {
    var generator = new ScenarioGenerator(THIN);
    Set<Class<?>> redLineKinds = new HashSet<>();
    Set<Class<?>> issueKinds = new HashSet<>();
    Set<Integer> partyCounts = new HashSet<>();
    for (long seed = 1; seed <= 60; seed++) {
      Scenario scenario = generator.generate(seed);
      partyCounts.add(scenario.negotiatingParties().size());
      for (Issue issue : scenario.space().issues()) {
        issueKinds.add(issue.getClass());
      }
      for (Preferences preferences : scenario.preferences().values()) {
        for (RedLine redLine : preferences.redLines()) {
          redLineKinds.add(redLine.getClass());
        }
      }
    }
    assertThat(redLineKinds)
        .containsExactlyInAnyOrder(
            RedLine.Forbid.class, RedLine.Require.class, RedLine.Linkage.class);
    assertThat(issueKinds).containsExactlyInAnyOrder(DiscreteIssue.class, IntegerIssue.class);
    assertThat(partyCounts).containsExactlyInAnyOrder(2, 3);
  }

  @Test
  void generate_mediatorOnlyWhenAsked_partiesWithinBounds() {
    Scenario with = new ScenarioGenerator(THIN).generate(3);
    assertThat(with.parties().stream().filter(p -> p.role() == Role.MEDIATOR).map(Party::id))
        .containsExactly("mediator");
    Scenario without =
        new ScenarioGenerator(THIN.withMediator(false).withParties(3, 3)).generate(3);
    assertThat(without.parties()).extracting(Party::role).containsOnly(Role.PARTY);
    assertThat(without.negotiatingParties()).containsExactly("p1", "p2", "p3");
  }

  @Test
  void generate_smallOutcomeBound_respected() {
    var generator = new ScenarioGenerator(GenerationSpec.defaults().withMaxOutcomes(200));
    for (long seed = 1; seed <= 20; seed++) {
      OutcomeSpace space = generator.generate(seed).space();
      assertThat(space.size().longValueExact()).isLessThanOrEqualTo(200);
      assertThat(space.issueCount()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void spec_badValues_rejectedNamingThem() {
    assertThatThrownBy(() -> GenerationSpec.defaults().withParties(1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parties 1 to 3");
    assertThatThrownBy(() -> GenerationSpec.defaults().withZone(0.2, 0.1))
        .hasMessageContaining("[0.2, 0.1]");
    assertThatThrownBy(() -> GenerationSpec.defaults().withMaxOutcomes(3))
        .hasMessageContaining("maxOutcomes 3");
  }

  @Test
  void generate_unsatisfiableSpec_failsNamingTheSpec() {
    // Four outcomes cannot hold a zone between 30 % and 40 % of them.
    var generator =
        new ScenarioGenerator(GenerationSpec.defaults().withMaxOutcomes(4).withZone(0.3, 0.4));
    assertThatThrownBy(() -> generator.generate(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("draws found no scenario meeting");
  }

  /** Utility in ticks by the defined policy: per-issue contributions rounded, summed exactly. */
  private static long ticks(Preferences preferences, Outcome outcome) {
    var utility = (LinearAdditiveUtility) preferences.utility();
    long sum = 0;
    for (int i = 0; i < outcome.issueCount(); i++) {
      sum += UtilityScale.toTicks(utility.contribution(i, outcome.valueIndex(i)));
    }
    return sum;
  }

  /** The zone by enumeration: every outcome, every party's red lines and reservation. */
  static long bruteForceZone(Scenario scenario) {
    OutcomeSpace space = scenario.space();
    long outcomes = space.size().longValueExact();
    long zone = 0;
    List<Preferences> all = List.copyOf(scenario.preferences().values());
    for (long k = 0; k < outcomes; k++) {
      var outcome = space.outcomeAt(k);
      boolean inZone = true;
      for (Preferences preferences : all) {
        if (!preferences.allows(outcome.valueIndices())
            || ticks(preferences, outcome) < UtilityScale.toTicks(preferences.reservation())) {
          inZone = false;
          break;
        }
      }
      if (inZone) {
        zone++;
      }
    }
    return zone;
  }
}
