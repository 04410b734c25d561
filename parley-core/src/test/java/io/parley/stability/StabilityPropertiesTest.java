package io.parley.stability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Invariants of the stability analysis on random models, and the fast analysis against a
 * brute-force restatement of the definitions ({@link BruteForceStability}). A failing seed rebuilds
 * its model with {@code RandomModels.graphs(seed)} or {@code RandomModels.optionForm(seed)}.
 */
class StabilityPropertiesTest {
  private static final int TRIES = 400;

  @Property(tries = TRIES)
  void graphModels_conceptsNest_asFangHipelKilgourProve(@ForAll long seed) {
    assertNesting(StabilityAnalysis.analyze(RandomModels.graphs(seed)));
  }

  @Property(tries = TRIES)
  void optionFormModels_conceptsNest(@ForAll long seed) {
    var model = RandomModels.optionForm(seed);
    Assume.that(model.isPresent());
    assertNesting(StabilityAnalysis.analyze(model.get()));
  }

  @Property(tries = TRIES)
  void graphModels_matchTheBruteForceDefinitions(@ForAll long seed) {
    assertMatchesOracle(RandomModels.graphs(seed));
  }

  @Property(tries = TRIES)
  void optionFormModels_matchTheBruteForceDefinitions(@ForAll long seed) {
    var model = RandomModels.optionForm(seed);
    Assume.that(model.isPresent());
    assertMatchesOracle(model.get());
  }

  @Property(tries = TRIES)
  void coalitionReach_matchesTheRecursiveDefinition(@ForAll long seed) {
    GraphModel model = RandomModels.graphs(seed);
    var fast = new Reachability(model);
    var oracle = new BruteForceStability(model);
    int dms = model.decisionMakers().size();
    for (int h = 0; h < 1 << dms; h++) {
      Set<Integer> coalition = new HashSet<>();
      for (int k = 0; k < dms; k++) {
        if ((h & (1 << k)) != 0) {
          coalition.add(k);
        }
      }
      for (int s = 0; s < model.states().size(); s++) {
        assertThat(fast.reach(h, s).stream().boxed())
            .containsExactlyInAnyOrderElementsOf(oracle.reach(coalition, s, false));
        assertThat(fast.improve(h, s).stream().boxed())
            .containsExactlyInAnyOrderElementsOf(oracle.reach(coalition, s, true));
      }
    }
  }

  /** Nash ⊆ SEQ ⊆ GMR and Nash ⊆ SMR ⊆ GMR, per decision maker, for coalitions and equilibria. */
  private static void assertNesting(StabilityResult result) {
    GraphModel model = result.model();
    for (int dm = 0; dm < model.decisionMakers().size(); dm++) {
      for (int s = 0; s < model.states().size(); s++) {
        boolean nash = result.stable(StabilityConcept.NASH, dm, s);
        boolean gmr = result.stable(StabilityConcept.GMR, dm, s);
        boolean smr = result.stable(StabilityConcept.SMR, dm, s);
        boolean seq = result.stable(StabilityConcept.SEQ, dm, s);
        assertThat(!nash || seq).as("Nash ⊆ SEQ at %d for %d", s, dm).isTrue();
        assertThat(!seq || gmr).as("SEQ ⊆ GMR at %d for %d", s, dm).isTrue();
        assertThat(!nash || smr).as("Nash ⊆ SMR at %d for %d", s, dm).isTrue();
        assertThat(!smr || gmr).as("SMR ⊆ GMR at %d for %d", s, dm).isTrue();
        for (StabilityConcept concept : StabilityConcept.values()) {
          assertThat(!result.coalitionStable(concept, dm, s) || result.stable(concept, dm, s))
              .as("coalition %s stability implies %s stability", concept, concept)
              .isTrue();
        }
        boolean cNash = result.coalitionStable(StabilityConcept.NASH, dm, s);
        boolean cGmr = result.coalitionStable(StabilityConcept.GMR, dm, s);
        boolean cSmr = result.coalitionStable(StabilityConcept.SMR, dm, s);
        boolean cSeq = result.coalitionStable(StabilityConcept.SEQ, dm, s);
        assertThat((!cNash || cSeq) && (!cSeq || cGmr) && (!cNash || cSmr) && (!cSmr || cGmr))
            .as("coalition concepts nest at %d for %d", s, dm)
            .isTrue();
      }
    }
    var nash = Set.copyOf(result.equilibria(StabilityConcept.NASH));
    var gmr = Set.copyOf(result.equilibria(StabilityConcept.GMR));
    var smr = Set.copyOf(result.equilibria(StabilityConcept.SMR));
    var seq = Set.copyOf(result.equilibria(StabilityConcept.SEQ));
    assertThat(seq).containsAll(nash);
    assertThat(gmr).containsAll(seq);
    assertThat(smr).containsAll(nash);
    assertThat(gmr).containsAll(smr);
  }

  private static void assertMatchesOracle(GraphModel model) {
    StabilityResult result = StabilityAnalysis.analyze(model);
    var oracle = new BruteForceStability(model);
    for (StabilityConcept concept : StabilityConcept.values()) {
      for (int dm = 0; dm < model.decisionMakers().size(); dm++) {
        for (int s = 0; s < model.states().size(); s++) {
          assertThat(result.stable(concept, dm, s))
              .as("%s stability of state %d for decision maker %d", concept, s, dm)
              .isEqualTo(oracle.stable(dm, s, concept));
          assertThat(result.coalitionStable(concept, dm, s))
              .as("coalition %s stability of state %d for decision maker %d", concept, s, dm)
              .isEqualTo(oracle.coalitionStable(dm, s, concept));
        }
      }
    }
  }
}
