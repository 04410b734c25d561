package io.parley.stability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The shipped examples reproduce their published equilibria. Each expected result names its source;
 * states are the Y/N strings of the example files.
 */
class PublishedModelsTest {

  static Path example(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples/stability"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("examples/stability above the working directory").isNotNull();
    return dir.resolve("examples/stability").resolve(name);
  }

  private static StabilityResult analyze(String name) {
    return StabilityAnalysis.analyze(StabilityReader.read(example(name)));
  }

  private static List<String> equilibria(StabilityResult result, StabilityConcept concept) {
    return result.equilibria(concept).stream().map(State::label).toList();
  }

  private static List<String> coalitionEquilibria(
      StabilityResult result, StabilityConcept concept) {
    return result.coalitionEquilibria(concept).stream().map(State::label).toList();
  }

  /**
   * Fang, Hipel and Kilgour (1993): in the Prisoner's Dilemma mutual defection is the only Nash
   * equilibrium, and mutual cooperation is also GMR, SMR and SEQ stable (a defection is answered by
   * the other's defection, which the other prefers and the defector likes less).
   */
  @Test
  void prisonersDilemma_cooperationIsSequentiallyStable_defectionIsNash() {
    StabilityResult result = analyze("prisoners-dilemma.yaml");

    assertThat(equilibria(result, StabilityConcept.NASH)).containsExactly("YY");
    assertThat(equilibria(result, StabilityConcept.GMR)).containsExactly("NN", "YY");
    assertThat(equilibria(result, StabilityConcept.SMR)).containsExactly("NN", "YY");
    assertThat(equilibria(result, StabilityConcept.SEQ)).containsExactly("NN", "YY");
    GraphModel model = result.model();
    // from NN prisoner 1 can move to YN and prefers it; from YN prisoner 2 improves to YY
    assertThat(model.improvements(0, 0)).containsExactly(1);
    assertThat(model.improvements(1, 1)).containsExactly(3);
    assertThat(model.improvements(0, 3)).isEmpty();
    // both prisoners together prefer NN to YY and nobody is left to sanction them
    assertThat(coalitionEquilibria(result, StabilityConcept.SEQ)).containsExactly("NN");
  }

  /**
   * Hipel, Kilgour, Fang and Peng (1997): states 5 (NYNNY), 8 (YNYNY) and 9 (-NNY-) are equilibria
   * under Nash, GMR, SMR and SEQ; states 1 (NYNNN) and 4 (YNYNN) under GMR and SMR only.
   */
  @Test
  void elmira_reproducesThePublishedEquilibria() {
    StabilityResult result = analyze("elmira.yaml");

    assertThat(result.model().states()).hasSize(9);
    assertThat(equilibria(result, StabilityConcept.NASH))
        .containsExactlyInAnyOrder("NYNNY", "YNYNY", "-NNY-");
    assertThat(equilibria(result, StabilityConcept.SEQ))
        .containsExactlyInAnyOrder("NYNNY", "YNYNY", "-NNY-");
    assertThat(equilibria(result, StabilityConcept.GMR))
        .containsExactlyInAnyOrder("NYNNN", "YNYNN", "NYNNY", "YNYNY", "-NNY-");
    assertThat(equilibria(result, StabilityConcept.SMR))
        .containsExactlyInAnyOrder("NYNNN", "YNYNN", "NYNNY", "YNYNY", "-NNY-");
  }

  /**
   * Kilgour, Hipel, Fang and Peng (2001): MoE and UR together move from state 5 to state 8, which
   * both prefer, so 5 is not coalition stable while 8 (the historical outcome) is.
   */
  @Test
  void elmira_coalitionOfMinistryAndUniroyal_leavesState5ForState8() {
    StabilityResult result = analyze("elmira.yaml");

    assertThat(coalitionEquilibria(result, StabilityConcept.NASH))
        .contains("YNYNY")
        .doesNotContain("NYNNY");
    assertThat(coalitionEquilibria(result, StabilityConcept.SEQ))
        .contains("YNYNY")
        .doesNotContain("NYNNY");
  }

  /**
   * The option priorities of elmira.yaml give the rankings Hipel et al. (1997) publish: MoE 7 3 4 8
   * 5 1 2 6 9 and LG 7 3 5 1 8 6 4 2 9 (strict, most preferred first).
   */
  @Test
  void elmira_optionPriorities_giveThePublishedRankings() {
    GraphModel model = StabilityReader.read(example("elmira.yaml"));
    List<String> byNumber =
        List.of("NYNNN", "YYNNN", "NNYNN", "YNYNN", "NYNNY", "YYNNY", "NNYNY", "YNYNY", "-NNY-");

    assertThat(ranking(model, 0, byNumber)).containsExactly(7, 3, 4, 8, 5, 1, 2, 6, 9);
    assertThat(ranking(model, 2, byNumber)).containsExactly(7, 3, 5, 1, 8, 6, 4, 2, 9);
  }

  /** The paper's state numbers, most preferred first; fails on a tie. */
  private static List<Integer> ranking(GraphModel model, int dm, List<String> byNumber) {
    List<Integer> order =
        IntStream.rangeClosed(1, 9)
            .boxed()
            .sorted(
                (a, b) ->
                    Long.compare(
                        payoff(model, dm, byNumber.get(b - 1)),
                        payoff(model, dm, byNumber.get(a - 1))))
            .toList();
    assertThat(order.stream().map(n -> payoff(model, dm, byNumber.get(n - 1))).distinct())
        .as("a strict ranking")
        .hasSize(9);
    return order;
  }

  private static long payoff(GraphModel model, int dm, String label) {
    return model.payoff(dm, model.state(label).orElseThrow().index());
  }

  /**
   * Fraser and Hipel (1984): outcomes 4 (NNYN, the Soviet Union withdraws) and 6 (NYYN, a blockade
   * and a withdrawal, what happened) are the equilibria of their sequential analysis, the SEQ
   * equilibria of the graph model.
   */
  @Test
  void cubanMissileCrisis_blockadeAndWithdrawal_isASequentialEquilibrium() {
    StabilityResult result = analyze("cuban-missile-crisis.yaml");

    assertThat(result.model().states()).hasSize(12);
    assertThat(equilibria(result, StabilityConcept.SEQ)).containsExactly("NNYN", "NYYN");
  }

  /**
   * The Cairo standoff model is read and analysed; its equilibria are those docs/stability.md
   * shows.
   */
  @Test
  void cairoStandoff_rafahWithoutARelease_isStableUnderEveryConcept() {
    StabilityResult result = analyze("cairo-standoff.yaml");

    for (StabilityConcept concept : StabilityConcept.values()) {
      assertThat(equilibria(result, concept)).containsExactly("NYNY", "NYYY");
    }
  }
}
