package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.ValueFunction;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The analysis notes each figure it leaves out, and only those: when the frontier is beyond its
 * limit but the zone is counted, the one note is the frontier's, the zone's size is reported and
 * decides that there is no deadlock, and nothing depending on the frontier (solutions, headroom) is
 * made up.
 */
class AnalysisNotesTest {
  @Test
  void frontierBeyondItsLimit_zoneCounted_oneNoteForTheFrontierAlone() {
    // Two opposed issues of 6,000 values: each is a frontier of 6,000 points, and their merge
    // would examine 36,000,000 candidates. The zone (counted by meeting in the middle): x + y
    // at least 3,599.4 for a and at most 8,398.6 for b.
    ValueFunction rising = new LinearValueFunction(0, 1);
    ValueFunction falling = new LinearValueFunction(1, 0);
    OutcomeSpace space =
        OutcomeSpace.of(IntegerIssue.of("x", 0, 5_999), IntegerIssue.of("y", 0, 5_999));
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    preferences.put(
        "a",
        Preferences.of(
            new LinearAdditiveUtility(space, List.of(0.5, 0.5), List.of(rising, rising)), 0.3));
    preferences.put(
        "b",
        Preferences.of(
            new LinearAdditiveUtility(space, List.of(0.5, 0.5), List.of(falling, falling)), 0.3));
    Scenario scenario =
        new Scenario("wide", "", List.of(Party.of("a"), Party.of("b")), space, preferences);

    Analysis analysis = Analyzer.analyze(scenario);

    long zone = 0;
    for (int x = 0; x < 6_000; x++) {
      zone += Math.min(5_999, 8_398 - x) - Math.max(0, 3_600 - x) + 1;
    }
    assertThat(analysis.zopa()).contains(BigInteger.valueOf(zone));
    assertThat(analysis.notes())
        .containsExactly(
            "the Pareto frontier is too large to compute exactly: merging partial frontiers of"
                + " 6000 and 6000 points would examine 36000000 candidates (limit 30000000)");
    assertThat(analysis.pareto()).isEmpty();
    assertThat(analysis.solutions()).isEmpty();
    assertThat(analysis.reservationHeadroom()).isEmpty();
    assertThat(analysis.deadlock()).isEmpty();
  }
}
