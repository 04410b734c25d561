package io.parley.live.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.AgreementSpace;
import io.parley.analysis.Analysis;
import io.parley.analysis.Analyzer;
import io.parley.live.TestScenarios;
import io.parley.outcome.Outcome;
import io.parley.scenario.Scenario;
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
      Scenario scenario =
          TestScenarios.random(random, 2 + random.nextInt(2), 2 + random.nextInt(3), 4);
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
    Scenario scenario = TestScenarios.random(new Random(7), 2, 12, 6);
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
    Scenario scenario = TestScenarios.random(new Random(40), 2, 40, 50);
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
}
