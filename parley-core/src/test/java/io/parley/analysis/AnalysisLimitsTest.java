package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every figure beyond Parley's stated limits is refused with a message naming the figure, its size
 * and the limit, and the analysis then leaves that figure out with the message as a note — it never
 * estimates. Each limit is reached here without doing the work it guards against: the checks come
 * before the enumeration or the allocation.
 */
class AnalysisLimitsTest {
  private static final ValueTable FIRST = new ValueTable(Map.of("x", 1.0, "y", 0.0));
  private static final ValueTable SECOND = new ValueTable(Map.of("x", 0.0, "y", 1.0));

  @Test
  void frontierMerge_beyondTheCandidateLimit_isRefused_andAtTheLimitIsComputed() {
    // Two issues of three values, opposed scores: each issue's frontier has three points, so the
    // one merge examines 3 · 3 = 9 candidates.
    ValueTable up = new ValueTable(Map.of("a", 0.0, "b", 0.5, "c", 1.0));
    ValueTable down = new ValueTable(Map.of("a", 1.0, "b", 0.5, "c", 0.0));
    OutcomeSpace space =
        OutcomeSpace.of(DiscreteIssue.of("p", "a", "b", "c"), DiscreteIssue.of("q", "a", "b", "c"));
    AgreementSpace agreement =
        new AgreementSpace(
            space,
            List.of("one", "two"),
            List.of(
                new LinearAdditiveUtility(space, List.of(0.5, 0.5), List.of(up, up)),
                new LinearAdditiveUtility(space, List.of(0.5, 0.5), List.of(down, down))),
            new double[] {0, 0},
            List.of());

    assertThat(ParetoFrontier.of(agreement, 9).size()).isEqualTo(5);
    assertThatThrownBy(() -> ParetoFrontier.of(agreement, 8))
        .isInstanceOf(AnalysisLimitException.class)
        .hasMessage(
            "the Pareto frontier is too large to compute exactly: merging partial frontiers of 3"
                + " and 3 points would examine 9 candidates (limit 8)");
  }

  @Test
  void zone_ofThreePartiesBeyondTheEnumerationLimit_isRefused() {
    // 2^29 = 536,870,912 feasible outcomes; some outcome reaches the reservations, not every one.
    AgreementSpace space = opposed(29, 3, 0.5);

    assertThat(space.feasibleCount())
        .isGreaterThan(BigInteger.valueOf(ZopaCounter.ENUMERATION_LIMIT));
    assertThatThrownBy(() -> ZopaCounter.count(space))
        .isInstanceOf(AnalysisLimitException.class)
        .hasMessage(
            "the zone of agreement of 3 parties over 536870912 feasible outcomes is not counted"
                + " exactly: exact counting is limited to 300000000 feasible outcomes for three or"
                + " more parties");
  }

  @Test
  void zone_ofTwoPartiesWhoseHalvesAreTooLarge_isRefused() {
    // 2^56 outcomes: each half of the meet in the middle would list 2^28 > 40,000,000 pairs.
    AgreementSpace space = opposed(56, 2, 0.5);

    assertThatThrownBy(() -> ZopaCounter.count(space))
        .isInstanceOf(AnalysisLimitException.class)
        .hasMessage(
            "the zone of agreement is not counted exactly: one half of the space has more than"
                + " 40000000 utility pairs");
  }

  @Test
  void zone_thatEveryOutcomeOrNoOutcomeReaches_isCountedWithoutEnumerating() {
    // Far beyond every counting limit, the shortcuts still give exact answers.
    assertThat(ZopaCounter.count(opposed(56, 3, 0.0))).isEqualTo(BigInteger.TWO.pow(56));
    assertThat(ZopaCounter.count(opposed(56, 3, 1.0))).isEqualTo(BigInteger.ZERO);
  }

  @Test
  void redLines_tyingIssuesBeyondTheBlockLimit_areRefused() {
    OutcomeSpace space =
        OutcomeSpace.of(
            IntegerIssue.of("wide", 0, 4_999),
            IntegerIssue.of("broad", 0, 4_999),
            DiscreteIssue.of("small", "x", "y"));
    ValueFunction rising = new LinearValueFunction(0, 1);
    var utility =
        new LinearAdditiveUtility(space, List.of(0.25, 0.25, 0.5), List.of(rising, rising, FIRST));
    RedLine tie =
        new RedLine.Linkage(
            Condition.of(Clause.of(0, 5_000, 0)), Condition.of(Clause.of(1, 5_000, 0)), "");

    assertThatThrownBy(
            () ->
                new AgreementSpace(
                    space, List.of("one"), List.of(utility), new double[] {0}, List.of(tie)))
        .isInstanceOf(AnalysisLimitException.class)
        .hasMessage(
            "red lines or a utility that is not linear additive tie together issues wide, broad"
                + " whose joint space exceeds 20000000 assignments");
  }

  @Test
  void aUtilityThatIsNotLinear_overMoreOutcomesThanOneBlockHolds_isRefused() {
    OutcomeSpace space = binarySpace(25);
    var capped =
        new CappedAdditiveUtility(
            space, Collections.nCopies(25, 0.1), Collections.nCopies(25, FIRST));

    assertThatThrownBy(
            () ->
                new AgreementSpace(
                    space, List.of("capped"), List.of(capped), new double[] {0}, List.of()))
        .isInstanceOf(AnalysisLimitException.class)
        .hasMessage(
            "the utility of 'capped' is not linear additive (CappedAdditiveUtility), so an exact"
                + " analysis must enumerate all 33554432 outcomes; Parley enumerates at most"
                + " 20000000 and does not estimate");
  }

  @Test
  void analysis_whoseZoneCannotBeCounted_leavesTheCountOutWithANote_andStillFindsTheSolutions() {
    Scenario scenario = scenario(opposed(29, 3, 0.4).space(), 3, new double[] {0.4, 0.4, 0.0});

    Analysis analysis = Analyzer.analyze(scenario);

    assertThat(analysis.zopa()).isEmpty();
    assertThat(analysis.notes())
        .containsExactly(
            "the zone of agreement of 3 parties over 536870912 feasible outcomes is not counted"
                + " exactly: exact counting is limited to 300000000 feasible outcomes for three or"
                + " more parties");
    assertThat(analysis.pareto()).isPresent();
    assertThat(analysis.solutions()).hasSize(4);
    assertThat(analysis.deadlock()).isEmpty();
    // Party0 needs 12 of the 29 issues at x, party1 12 at y: party0 gets at most 17/29 above 0.4.
    assertThat(analysis.reservationHeadroom().get("party0")).isCloseTo(17 / 29.0 - 0.4, within());
  }

  @Test
  void analysis_whoseEmptyZoneCannotBeCounted_isStillExplained_withRelaxationsOfUnknownSize() {
    Scenario scenario = scenario(binarySpace(29), 3, new double[] {0.6, 0.6, 0.0});

    Analysis analysis = Analyzer.analyze(scenario);

    assertThat(analysis.zopa()).isEmpty();
    assertThat(analysis.solutions()).isEmpty();
    assertThat(analysis.reservationHeadroom()).isEmpty();
    Deadlock deadlock = analysis.deadlock().orElseThrow();
    assertThat(deadlock.conflicts()).hasSize(1);
    assertThat(deadlock.relaxations()).hasSize(2);
    assertThat(deadlock.relaxations()).allSatisfy(r -> assertThat(r.zopa()).isEmpty());
    assertThat(deadlock.relaxations()).allSatisfy(r -> assertThat(r.packages()).hasSize(4));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  private static OutcomeSpace binarySpace(int issues) {
    List<Issue> list = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      list.add(DiscreteIssue.of("issue" + i, "x", "y"));
    }
    return new OutcomeSpace(list);
  }

  /**
   * {@code issues} binary issues; party 0 scores x, every other party y, all with equal weights and
   * the same reservation.
   */
  private static AgreementSpace opposed(int issues, int parties, double reservation) {
    double[] reservations = new double[parties];
    java.util.Arrays.fill(reservations, reservation);
    return AgreementSpace.of(scenario(binarySpace(issues), parties, reservations));
  }

  private static Scenario scenario(OutcomeSpace space, int count, double[] reservations) {
    int n = space.issueCount();
    List<Double> weights = Collections.nCopies(n, 1.0 / n);
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    List<Party> parties = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      var utility =
          new LinearAdditiveUtility(
              space, weights, Collections.nCopies(n, p == 0 ? FIRST : SECOND));
      parties.add(Party.of("party" + p));
      preferences.put("party" + p, Preferences.of(utility, reservations[p]));
    }
    return new Scenario("beyond the limits", "", parties, space, preferences);
  }
}
