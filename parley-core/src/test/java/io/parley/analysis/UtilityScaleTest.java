package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one floating-point policy: utilities are exact sums of weighted scores in ticks. */
class UtilityScaleTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(DiscreteIssue.of("a", "x", "y"), DiscreteIssue.of("b", "x", "y"));

  @Test
  void toTicks_tenthAndTwoTenths_sumToThreeTenths() {
    assertThat(0.1 + 0.2).isNotEqualTo(0.3);
    assertThat(UtilityScale.toTicks(0.1) + UtilityScale.toTicks(0.2))
        .isEqualTo(UtilityScale.toTicks(0.3))
        .isEqualTo(300_000_000_000L);
  }

  @Test
  void analyze_contributionsOfTenthAndTwoTenths_reachAReservationOfThreeTenths() {
    // Buyer: 0.5 * 0.2 + 0.5 * 0.4 at (x, x), which is 0.30000000000000004 in doubles.
    var buyer = utility(0.5, table(0.2, 0.0), 0.5, table(0.4, 0.0));
    var seller = utility(0.5, table(1.0, 1.0), 0.5, table(1.0, 1.0));

    Analysis analysis = Analyzer.analyze(scenario(List.of(buyer, seller), 0.3));

    assertThat(analysis.zopa()).contains(BigInteger.ONE);
    assertThat(analysis.solution(SolutionConcept.NASH).orElseThrow().outcome())
        .isEqualTo(Outcome.of(0, 0));
    assertThat(analysis.reservationHeadroom()).containsEntry("party0", 0.0);
  }

  @Test
  void analyze_contributionsWhoseDoubleSumFallsShort_stillReachTheReservation() {
    // 0.7 * 1 + 0.3 * (1/3) is 0.7999999999999999 in doubles; in ticks it is exactly 0.8.
    var buyer = utility(0.7, table(1.0, 0.0), 0.3, table(1 / 3.0, 0.0));
    var seller = utility(0.5, table(1.0, 1.0), 0.5, table(1.0, 1.0));
    assertThat(buyer.utility(Outcome.of(0, 0))).isLessThan(0.8);

    Analysis analysis = Analyzer.analyze(scenario(List.of(buyer, seller), 0.8));

    assertThat(analysis.zopa()).contains(BigInteger.ONE);
    assertThat(analysis.deadlock()).isEmpty();
  }

  @Test
  void toTicks_notANumber_isRejected() {
    assertThatThrownBy(() -> UtilityScale.toTicks(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }

  @Test
  void toTicks_positiveInfinity_isRejected() {
    assertThatThrownBy(() -> UtilityScale.toTicks(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Infinity");
  }

  @Test
  void toTicks_negativeInfinity_isRejected() {
    assertThatThrownBy(() -> UtilityScale.toTicks(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-Infinity");
  }

  @Test
  void toUtility_ofToTicks_roundTripsEveryTickCount() {
    for (long ticks = 0; ticks <= UtilityScale.UNITS_PER_UTILITY; ticks += 999_999_937L) {
      assertThat(UtilityScale.toTicks(UtilityScale.toUtility(ticks))).isEqualTo(ticks);
    }
    assertThat(UtilityScale.toTicks(UtilityScale.toUtility(1))).isEqualTo(1);
  }

  /**
   * Outcomes (x, x) and (y, y) tie for every party in ticks, though their double sums differ in the
   * last bit in opposite directions for the two kinds of party (0.1 + 0.2 against 0.3): the
   * frontier holds the tied vector once. Two, three and four parties take the three pruning paths.
   */
  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void paretoFrontier_outcomesTiedInTicks_giveOnePoint(int parties) {
    var sumFirst = utility(0.5, table(0.2, 0.6), 0.5, table(0.4, 0.0));
    var sumLast = utility(0.5, table(0.6, 0.2), 0.5, table(0.0, 0.4));
    List<LinearAdditiveUtility> utilities = new ArrayList<>();
    for (int p = 0; p < parties; p++) {
      utilities.add(p % 2 == 0 ? sumFirst : sumLast);
    }
    AgreementSpace space = AgreementSpace.of(scenario(utilities, 0.0));
    assertThat(space.utilityTicks(0, Outcome.of(0, 0)))
        .isEqualTo(space.utilityTicks(0, Outcome.of(1, 1)));

    ParetoFrontier frontier = ParetoFrontier.of(space);

    Set<List<Long>> vectors = new HashSet<>();
    for (int k = 0; k < frontier.size(); k++) {
      List<Long> vector = new ArrayList<>();
      for (long t : frontier.utilityTicks(k)) {
        vector.add(t);
      }
      vectors.add(vector);
    }
    assertThat(frontier.size()).isEqualTo(3).isEqualTo(vectors.size());
    List<Long> tie = new ArrayList<>();
    for (int p = 0; p < parties; p++) {
      tie.add(300_000_000_000L);
    }
    assertThat(vectors).contains(tie);
  }

  private static ValueTable table(double x, double y) {
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("x", x);
    scores.put("y", y);
    return new ValueTable(scores);
  }

  private static LinearAdditiveUtility utility(double wa, ValueTable a, double wb, ValueTable b) {
    return new LinearAdditiveUtility(SPACE, List.of(wa, wb), List.of(a, b));
  }

  /** Parties {@code party0, party1, ...}; the first has {@code reservation}, the rest 0. */
  private static Scenario scenario(List<LinearAdditiveUtility> utilities, double reservation) {
    List<Party> parties = new ArrayList<>();
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    for (int p = 0; p < utilities.size(); p++) {
      parties.add(Party.of("party" + p));
      preferences.put("party" + p, Preferences.of(utilities.get(p), p == 0 ? reservation : 0.0));
    }
    return new Scenario("floating point", "", parties, SPACE, preferences);
  }
}
