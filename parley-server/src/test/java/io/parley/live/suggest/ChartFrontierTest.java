package io.parley.live.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.AgreementSpace;
import io.parley.analysis.Analysis;
import io.parley.analysis.Analyzer;
import io.parley.outcome.Outcome;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The chart's frontier: its zone of agreement agrees with the analysis and with brute force on
 * random scenarios (it never says "empty" where a zone exists), and a 40-issue × 50-value scenario
 * is answered within a bounded budget, cached.
 */
class ChartFrontierTest {
  @Test
  void theZone_agreesWithTheAnalysis_andWithBruteForce_onRandomScenarios() {
    Random random = new Random(20261205L);
    int exists = 0;
    int empty = 0;
    for (int run = 0; run < 200; run++) {
      Scenario scenario = randomScenario(random, 2 + random.nextInt(2), 2 + random.nextInt(3), 4);
      ChartFrontier chart = ChartFrontier.compute(scenario, ChartFrontier.MAX_CANDIDATES);
      boolean bruteForce = zoneByEnumeration(scenario);
      Analysis analysis = Analyzer.analyze(scenario);

      assertThat(chart.zone())
          .as("run %d", run)
          .isEqualTo(bruteForce ? ChartFrontier.Zone.EXISTS : ChartFrontier.Zone.EMPTY);
      assertThat(analysis.zopa().orElseThrow().signum() > 0)
          .as("run %d", run)
          .isEqualTo(bruteForce);
      if (bruteForce) {
        exists++;
      } else {
        empty++;
      }
    }
    assertThat(exists).as("scenarios with a zone").isGreaterThan(20);
    assertThat(empty).as("scenarios without one").isGreaterThan(20);
  }

  @Test
  void aFrontierBeyondTheBudget_isUnknown_neverEmpty() {
    Scenario scenario = randomScenario(new Random(7), 2, 12, 6);
    ChartFrontier chart = ChartFrontier.compute(scenario, 10);
    assertThat(chart.zone()).isEqualTo(ChartFrontier.Zone.UNKNOWN);
    assertThat(chart.note().orElseThrow()).contains("not known");
    assertThat(chart.points()).isEmpty();
  }

  /**
   * 40 issues of 50 values, two parties: answered within the budget. Prints the time and the memory
   * allocated by this thread (measured, not asserted: wall-clock is noisy here).
   */
  @Test
  void aFortyByFiftyScenario_isAnsweredWithinTheBudget_andCached() {
    Scenario scenario = randomScenario(new Random(40), 2, 40, 50);
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long bytes = threads.getThreadAllocatedBytes(id);
    long start = System.nanoTime();
    ChartFrontier chart = ChartFrontier.of(scenario, "none", scenario);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long allocated = threads.getThreadAllocatedBytes(id) - bytes;
    System.out.printf(
        Locale.ROOT,
        "40x50 utility space: %d ms, %.1f MB allocated, %d frontier points, zone %s%n",
        millis,
        allocated / 1e6,
        chart.points().size(),
        chart.zone());
    assertThat(chart.zone()).isNotEqualTo(ChartFrontier.Zone.EMPTY);
    assertThat(ChartFrontier.of(scenario, "none", scenario)).isSameAs(chart);
  }

  private static boolean zoneByEnumeration(Scenario scenario) {
    AgreementSpace space = AgreementSpace.of(scenario);
    BigInteger size = scenario.space().size();
    for (long i = 0; i < size.longValueExact(); i++) {
      Outcome outcome = scenario.space().outcomeAt(i);
      if (!space.isFeasible(outcome)) {
        continue;
      }
      boolean all = true;
      for (int p = 0; p < space.partyCount() && all; p++) {
        all = space.utilityTicks(p, outcome) >= space.reservationTicks(p);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** A random scenario: random weights, scores and reservations, and now and then a red line. */
  static Scenario randomScenario(Random random, int parties, int issues, int values) {
    StringBuilder yaml = new StringBuilder("name: random\nparties:\n");
    for (int p = 0; p < parties; p++) {
      yaml.append("  - {id: p").append(p).append(", role: party}\n");
    }
    yaml.append("issues:\n");
    for (int i = 0; i < issues; i++) {
      yaml.append("  - id: i").append(i).append("\n    values: [");
      for (int v = 0; v < values; v++) {
        yaml.append(v == 0 ? "" : ", ").append("v").append(v);
      }
      yaml.append("]\n");
    }
    yaml.append("preferences:\n");
    for (int p = 0; p < parties; p++) {
      yaml.append("  p").append(p).append(":\n    weights: {");
      int[] raw = new int[issues];
      int sum = 0;
      for (int i = 0; i < issues; i++) {
        raw[i] = 1 + random.nextInt(9);
        sum += raw[i];
      }
      double left = 1.0;
      for (int i = 0; i < issues; i++) {
        double w = i == issues - 1 ? left : Math.round(1e6 * raw[i] / sum) / 1e6;
        left -= w;
        yaml.append(i == 0 ? "" : ", ")
            .append("i")
            .append(i)
            .append(": ")
            .append(String.format(Locale.ROOT, "%.6f", Math.max(0, w)));
      }
      yaml.append("}\n    values:\n");
      for (int i = 0; i < issues; i++) {
        yaml.append("      i").append(i).append(": {");
        for (int v = 0; v < values; v++) {
          yaml.append(v == 0 ? "" : ", ")
              .append("v")
              .append(v)
              .append(": ")
              .append(String.format(Locale.ROOT, "%.2f", random.nextDouble()));
        }
        yaml.append("}\n");
      }
      yaml.append(
          String.format(Locale.ROOT, "    reservation: %.2f%n", 0.3 + 0.5 * random.nextDouble()));
      if (issues >= 2 && random.nextInt(4) == 0) {
        yaml.append("    red_lines:\n      - forbid: {i0: [v0]}\n");
      }
    }
    return ScenarioReader.parse("random", yaml.toString(), false);
  }
}
