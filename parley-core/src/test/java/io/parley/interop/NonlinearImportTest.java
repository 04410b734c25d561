package io.parley.interop;

import static io.parley.interop.Outcomes.utility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.Analyzer;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.preference.HyperRectangleUtility;
import io.parley.scenario.Scenario;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 10^10-outcome non-linear GENIUS domain S-1NAGUNL-114: hyper-rectangle utilities, a fast and
 * clear refusal to analyse it exactly, and its frontier against GENIUS's pareto.xml.
 */
class NonlinearImportTest {
  private static final String DOMAIN = "S-1NAGUNL-114_nonlinear";

  /** pareto.xml prints utilities as Java floats (e.g. 0.90653497 for 1193/1316). */
  private static final double FLOAT_PRINTING = 1e-7;

  @Test
  void readsTenIntegerIssuesAndTheHyperRectangles() {
    ImportedScenario imported = ScenarioSource.load(SharedDomains.dir(DOMAIN));
    Scenario s = imported.scenario();
    assertThat(s.space().size()).isEqualTo(BigInteger.TEN.pow(10));
    assertThat(s.space().issues())
        .allSatisfy(i -> assertThat(i).isInstanceOf(IntegerIssue.class))
        .allSatisfy(i -> assertThat(i.size()).isEqualTo(10));
    assertThat(s.space().issue(0).name()).isEqualTo("c1-i10");
    ImportedProfile one = imported.profile("profile-1").orElseThrow();
    assertThat(one.kind()).isEqualTo(ProfileKind.GENIUS_NONLINEAR);
    assertThat(one.preferences().reservation()).isEqualTo(0.60);
    assertThat(one.preferences().discount()).isEqualTo(0.95);
    HyperRectangleUtility u1 = (HyperRectangleUtility) one.preferences().utility();
    assertThat(u1.maxUtility()).isEqualTo(1316);
    assertThat(u1.root().rectangles()).hasSize(26);
  }

  @Test
  void utilitiesFollowInclusiveAndExclusiveRectangles() {
    Scenario s = ScenarioSource.load(SharedDomains.dir(DOMAIN)).scenario();
    Object[] zeros = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    // profile-1 at all zeros. INCLUDES rectangles that contain it: 54 {3: 0..9, 4: 0..8, 10: 0..9},
    // 55 {6: 0..9}, 56 {8: 0..5, 9: 0..9}, 91 {5: 0..7}, 77 {4: 0..8, 9: 0..9}. EXCLUDES
    // rectangles it escapes (some bound fails): 30 (4 = 0 is outside 7..9), 75 (2 = 0 is outside
    // 2..9), 71 (3 = 0 is outside 5..9), 43 (9 = 0 is outside 5..9). f = 552, u = 552 / 1316.
    assertThat(utility(s, "profile-1", zeros))
        .isEqualTo((54.0 + 55 + 30 + 56 + 75 + 91 + 77 + 71 + 43) / 1316);
    // profile-2 at all zeros: 54 + 40 + 2 + 49 + 22 + 3 + 70 = 240.
    assertThat(utility(s, "profile-2", zeros)).isEqualTo(240.0 / 985);
    // The outcome pareto.xml's (1, 0.85989845) point stands for: f1 = 1316 = maxutility.
    Object[] best = {4, 7, 8, 6, 2, 4, 2, 4, 3, 7};
    assertThat(utility(s, "profile-1", best)).isEqualTo(1.0);
    assertThat(utility(s, "profile-2", best)).isEqualTo(847.0 / 985);
  }

  @Test
  void analysisRefusesAtOnceWithTheSizeAndTheLimit() {
    Scenario s = ScenarioSource.load(SharedDomains.dir(DOMAIN)).scenario();
    assertThatThrownBy(() -> Analyzer.analyze(s))
        .isInstanceOf(AnalysisLimitException.class)
        .hasMessageContaining("'profile-1' is not linear additive (HyperRectangleUtility)")
        .hasMessageContaining("10000000000 outcomes")
        .hasMessageContaining("at most 20000000");
  }

  @Test
  void anExactBranchAndBoundReproducesParetoXml() throws IOException {
    Scenario s = ScenarioSource.load(SharedDomains.dir(DOMAIN)).scenario();
    HyperRectangleUtility a = (HyperRectangleUtility) Outcomes.utility(s, "profile-1");
    HyperRectangleUtility b = (HyperRectangleUtility) Outcomes.utility(s, "profile-2");
    RectangleFrontierOracle oracle = new RectangleFrontierOracle(a, b).run();
    List<double[]> reference = paretoXml();
    List<double[]> ours = oracle.frontier();
    assertThat(ours).hasSize(reference.size()).hasSize(4);
    // pareto.xml lists the first utility ascending; the oracle descending.
    for (int k = 0; k < ours.size(); k++) {
      double[] expected = reference.get(reference.size() - 1 - k);
      assertThat(ours.get(k)[0]).isCloseTo(expected[0], within(FLOAT_PRINTING));
      assertThat(ours.get(k)[1]).isCloseTo(expected[1], within(FLOAT_PRINTING));
    }
    // Each point is reached by a real outcome, scored by the imported utilities.
    for (int k = 0; k < ours.size(); k++) {
      Outcome outcome = oracle.outcomes().get(k);
      assertThat(a.utility(outcome)).isEqualTo(ours.get(k)[0]);
      assertThat(b.utility(outcome)).isEqualTo(ours.get(k)[1]);
    }
    // The search visited a few hundred complete outcomes, not 10^10.
    assertThat(oracle.leaves()).isLessThan(100_000);
  }

  /** GENIUS's pareto.xml: one "uA, uB" line per frontier point (BidSpace). */
  private static List<double[]> paretoXml() throws IOException {
    List<double[]> points = new ArrayList<>();
    for (String line : Files.readAllLines(SharedDomains.file(DOMAIN, "pareto.xml"))) {
      if (!line.isBlank()) {
        String[] parts = line.split(",");
        points.add(
            new double[] {
              Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())
            });
      }
    }
    return points;
  }
}
