package io.parley.interop;

import static io.parley.interop.Outcomes.utility;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.parley.analysis.Analysis;
import io.parley.analysis.Analyzer;
import io.parley.analysis.ParetoPoint;
import io.parley.analysis.Solution;
import io.parley.analysis.SolutionConcept;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.scenario.Scenario;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GeniusWeb domains of ../shared/domains in both dialects; for ANL 2022 domain00 the Pareto
 * frontier, Nash and Kalai points of its specials.json, reproduced exactly.
 */
class GeniusWebImportTest {
  private static final double REFERENCE_TOLERANCE = 1e-9;

  @Test
  void flightBooking_readsTheOldDialectAndTurnsTheReservationBidIntoTheReservation() {
    ImportedScenario imported = ScenarioSource.load(SharedDomains.dir("geniusweb_FlightBooking"));
    Scenario s = imported.scenario();
    assertThat(s.space().sizes()).containsExactly(4, 3, 3);
    assertThat(s.space().size()).isEqualTo(BigInteger.valueOf(36));
    assertThat(s.space().issues().stream().map(i -> i.id() + "=" + i.name()))
        .containsExactly(
            "price=price", "departure-airport=departure airport", "departure-date=departure date");
    ImportedProfile one = imported.profile("flightbooking1").orElseThrow();
    assertThat(one.kind()).isEqualTo(ProfileKind.GENIUSWEB_LINEAR_ADDITIVE);
    assertThat(one.name()).isEqualTo("flightbooking1");
    // reservationBid {200000yen, CentAir, 3 sept.}: 0.35·0.5 + 0.35·0.667 + 0.3·1.0 = 0.70845.
    assertThat(one.reservationBid())
        .contains(Outcomes.of(s.space(), "200000yen", "CentAir", "3 sept."));
    assertThat(one.preferences().reservation()).isEqualTo(0.70845);
    // flightbooking2's bid {250000yen, Kansai, 3 sept.}: 0.7·0.5 + 0.15·1.0 + 0.15·0.667.
    assertThat(imported.profile("flightbooking2").orElseThrow().preferences().reservation())
        .isEqualTo(0.60005);
    // {300000yen, Narita, 2 sept.} for flightbooking1: 0.35·1.0 + 0.35·1.0 + 0.3·0.333.
    assertThat(utility(s, "flightbooking1", "300000yen", "Narita", "2 sept."))
        .isCloseTo(0.7999, within(1e-15));
    assertThat(utility(s, "flightbooking1", "300000yen", "Narita", "2 sept."))
        .isEqualTo(0.35 * 1.0 + 0.35 * 1.0 + 0.3 * 0.333);
    Analysis analysis = Analyzer.analyze(s);
    assertThat(analysis.pareto().orElseThrow()).hasSize(7);
    // Zone: outcomes both value at least their reservation bid's utility.
    assertThat(analysis.zopa()).contains(BigInteger.valueOf(4));
  }

  @Test
  void anl2022Domain00_readsTheNewDialect() {
    Scenario s = ScenarioSource.load(SharedDomains.dir("geniusweb_ANL2022_domain00")).scenario();
    assertThat(s.space().sizes()).containsExactly(3, 8, 2, 9, 15);
    assertThat(s.space().size()).isEqualTo(BigInteger.valueOf(6480));
    assertThat(s.negotiatingParties()).containsExactly("profilea", "profileb");
    assertThat(s.preferences().values())
        .allSatisfy(p -> assertThat(p.utility()).isInstanceOf(LinearAdditiveUtility.class));
    // profileB at the reference Nash bid {B, B, A, H, B}:
    // 0.06209·0.54104 + 0.26999·1.0 + 0.10377·1.0 + 0.46332·0.09554 + 0.10083·0.75953.
    assertThat(utility(s, "profileb", "valueB", "valueB", "valueA", "valueH", "valueB"))
        .isCloseTo(0.5282021763, within(1e-15));
  }

  @Test
  void anl2022Domain00_reproducesTheReferenceFrontierNashAndKalai() throws IOException {
    Scenario s = ScenarioSource.load(SharedDomains.dir("geniusweb_ANL2022_domain00")).scenario();
    JsonNode specials =
        new ObjectMapper()
            .readTree(
                Files.readString(
                    SharedDomains.file("geniusweb_ANL2022_domain00", "specials.json")));
    assertThat(s.space().size()).isEqualTo(BigInteger.valueOf(specials.get("size").asLong()));
    Analysis analysis = Analyzer.analyze(s);
    List<ParetoPoint> frontier = analysis.pareto().orElseThrow();
    JsonNode reference = specials.get("pareto_front");
    assertThat(frontier).hasSize(reference.size()).hasSize(22);
    // Parley lists points by the first party's utility descending; the reference ascending.
    List<ParetoPoint> ascending = new ArrayList<>(frontier);
    java.util.Collections.reverse(ascending);
    for (int k = 0; k < reference.size(); k++) {
      JsonNode point = reference.get(k);
      ParetoPoint ours = ascending.get(k);
      assertThat(ours.outcome()).as("point %d", k).isEqualTo(bid(s.space(), point.get("bid")));
      assertUtilities(ours.utilities(), point.get("utility"));
    }
    assertSolution(s, analysis.solution(SolutionConcept.NASH).orElseThrow(), specials.get("nash"));
    assertSolution(
        s, analysis.solution(SolutionConcept.KALAI).orElseThrow(), specials.get("kalai"));
  }

  private static void assertSolution(Scenario s, Solution solution, JsonNode reference) {
    assertThat(solution.outcome()).isEqualTo(bid(s.space(), reference.get("bid")));
    assertUtilities(solution.utilities(), reference.get("utility"));
  }

  private static void assertUtilities(List<Double> ours, JsonNode reference) {
    assertThat(ours).hasSize(2);
    assertThat(ours.get(0)).isCloseTo(reference.get(0).asDouble(), within(REFERENCE_TOLERANCE));
    assertThat(ours.get(1)).isCloseTo(reference.get(1).asDouble(), within(REFERENCE_TOLERANCE));
  }

  /** A GeniusWeb bid {issue name: value} as an outcome. */
  private static Outcome bid(OutcomeSpace space, JsonNode bid) {
    int[] values = new int[space.issueCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = space.issue(i).indexOf(bid.get(space.issue(i).name()).asText());
    }
    return new Outcome(values);
  }
}
