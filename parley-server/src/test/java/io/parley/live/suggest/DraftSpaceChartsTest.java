package io.parley.live.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.analysis.UtilityScale;
import io.parley.live.LiveException;
import io.parley.live.TestScenarios;
import io.parley.live.consent.Confiding;
import io.parley.live.consent.Consent;
import io.parley.live.consent.MediatorBasis;
import io.parley.live.events.LiveEvent.SuggestionMade;
import io.parley.live.state.Negotiation;
import io.parley.live.views.UtilitySpaceView;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The mediators' draft-space chart: zone marks compared in utility ticks against only the
 * reservations consent lets the mediators use, red lines checked only where the mediators may know
 * them, the axes chosen and checked, and the SVG drawing what the model says (reservation lines
 * only when shown, a mark per text and package, at most {@link DraftSpaceCharts#MAX_DRAWN} frontier
 * points).
 */
class DraftSpaceChartsTest {
  private static final Scenario CAIRO =
      ScenarioReader.parse("cairo", TestScenarios.example("cairo-2024-phased.yaml"), false);

  /**
   * What Hamas confides in these tests: Israel's preferences (red lines included), reservation 0.9.
   */
  private static final Preferences CONFIDED =
      CAIRO.preferences().get("israel").withReservation(0.9);

  /** Crosses Israel's red line (an immediate permanent end); keeps Hamas's. */
  private static final Outcome PERMANENT_END = Outcome.of(0, 4, 1, 0, 0);

  /** Crosses Hamas's red line (a release with only a temporary pause); keeps Israel's. */
  private static final Outcome RELEASE_WITH_A_PAUSE = Outcome.of(2, 1, 1, 0, 1);

  /** Crosses no red line of either scenario party, nor Israel's when Hamas confides them. */
  private static final Outcome PHASED_DEAL = Outcome.of(2, 3, 1, 2, 1);

  private static MediatorBasis hamasConfides(Consent consent, boolean share) {
    return MediatorBasis.of(
        CAIRO, Map.of("hamas", new Confiding(CONFIDED, consent, share, "{\"as\":\"sent\"}")));
  }

  private static boolean inZone(MediatorBasis basis, double israel, double hamas) {
    return DraftSpaceCharts.inZone(basis, basis.preferences(), new double[] {israel, hamas});
  }

  private static double tickBelow(double utility) {
    return UtilityScale.toUtility(UtilityScale.toTicks(utility) - 1);
  }

  @Test
  void inZone_comparesTicks_reachingTheReservationIsEnough_oneTickBelowIsNot() {
    MediatorBasis basis = MediatorBasis.of(CAIRO, Map.of());
    assertThat(inZone(basis, 0.6, 0.45)).isTrue();
    assertThat(inZone(basis, 0.6 + 1e-14, 0.45 - 1e-14)).as("within half a tick").isTrue();
    assertThat(inZone(basis, tickBelow(0.6), 0.45)).isFalse();
    assertThat(inZone(basis, 0.6, tickBelow(0.45))).isFalse();
    assertThat(inZone(basis, 1, 1)).isTrue();
  }

  @Test
  void inZone_usesAConfidedReservation_onlyWhenTheMediatorsMaySeeIt() {
    // Suggestions only: the scenario's 0.45 for Hamas, never the confided 0.9.
    MediatorBasis withheld = hamasConfides(Consent.SUGGESTIONS, false);
    assertThat(inZone(withheld, 0.6, 0.45)).isTrue();
    assertThat(inZone(withheld, 0.6, tickBelow(0.45))).isFalse();
    // Utilities without sharing: no reservation for Hamas at all.
    MediatorBasis unshared = hamasConfides(Consent.UTILITIES, false);
    assertThat(inZone(unshared, 0.6, 0.0)).isTrue();
    assertThat(inZone(unshared, tickBelow(0.6), 1.0)).as("Israel's still counts").isFalse();
    // Shared, or full: the confided 0.9.
    for (MediatorBasis shown :
        List.of(hamasConfides(Consent.UTILITIES, true), hamasConfides(Consent.FULL, true))) {
      assertThat(inZone(shown, 0.6, 0.9)).isTrue();
      assertThat(inZone(shown, 0.6, tickBelow(0.9))).isFalse();
    }
  }

  @Test
  void usesReservation_andKnowsRedLines_followTheSourceAndConsent() {
    assertThat(DraftSpaceCharts.usesReservation(MediatorBasis.of(CAIRO, Map.of()), "hamas"))
        .isTrue();
    assertThat(DraftSpaceCharts.knowsRedLines(MediatorBasis.of(CAIRO, Map.of()), "hamas")).isTrue();
    assertThat(DraftSpaceCharts.usesReservation(hamasConfides(Consent.SUGGESTIONS, false), "hamas"))
        .isTrue();
    assertThat(DraftSpaceCharts.knowsRedLines(hamasConfides(Consent.SUGGESTIONS, false), "hamas"))
        .isTrue();
    assertThat(DraftSpaceCharts.usesReservation(hamasConfides(Consent.UTILITIES, false), "hamas"))
        .isFalse();
    assertThat(DraftSpaceCharts.usesReservation(hamasConfides(Consent.UTILITIES, true), "hamas"))
        .isTrue();
    assertThat(DraftSpaceCharts.knowsRedLines(hamasConfides(Consent.UTILITIES, true), "hamas"))
        .isFalse();
    assertThat(DraftSpaceCharts.knowsRedLines(hamasConfides(Consent.FULL, true), "hamas")).isTrue();
    assertThat(DraftSpaceCharts.knowsRedLines(hamasConfides(Consent.FULL, true), "israel"))
        .isTrue();
  }

  @Test
  void check_withoutConfidings_namesTheScenarioPartiesWhoseRedLinesADraftCrosses() {
    MediatorBasis basis = MediatorBasis.of(CAIRO, Map.of());
    assertThat(check(basis, PERMANENT_END))
        .isEqualTo(new UtilitySpaceView.RedLines(List.of("israel"), List.of()));
    assertThat(check(basis, RELEASE_WITH_A_PAUSE))
        .isEqualTo(new UtilitySpaceView.RedLines(List.of("hamas"), List.of()));
    assertThat(check(basis, PHASED_DEAL))
        .isEqualTo(new UtilitySpaceView.RedLines(List.of(), List.of()));
    assertThat(check(basis, PERMANENT_END).crosses()).contains(true);
    assertThat(check(basis, PHASED_DEAL).crosses()).contains(false);
  }

  @Test
  void check_underSuggestionsOnly_usesTheScenariosRedLines_neverTheConfidedOnes() {
    MediatorBasis basis = hamasConfides(Consent.SUGGESTIONS, false);
    assertThat(check(basis, PERMANENT_END).crossedBy()).containsExactly("israel");
    assertThat(check(basis, RELEASE_WITH_A_PAUSE).crossedBy()).containsExactly("hamas");
    assertThat(check(basis, PHASED_DEAL).crosses()).contains(false);
  }

  @Test
  void check_underUtilities_saysHamassRedLinesAreNotKnown() {
    MediatorBasis basis = hamasConfides(Consent.UTILITIES, true);
    assertThat(check(basis, PERMANENT_END))
        .isEqualTo(new UtilitySpaceView.RedLines(List.of("israel"), List.of("hamas")));
    assertThat(check(basis, PERMANENT_END).crosses()).as("a known crossing").contains(true);
    assertThat(check(basis, RELEASE_WITH_A_PAUSE))
        .isEqualTo(new UtilitySpaceView.RedLines(List.of(), List.of("hamas")));
    assertThat(check(basis, RELEASE_WITH_A_PAUSE).crosses()).as("not known").isEmpty();
  }

  @Test
  void check_underFull_usesTheConfidedRedLines() {
    MediatorBasis basis = hamasConfides(Consent.FULL, true);
    assertThat(check(basis, PERMANENT_END).crossedBy()).containsExactly("israel", "hamas");
    assertThat(check(basis, RELEASE_WITH_A_PAUSE).crosses())
        .as("Hamas confided Israel's red lines, which allow this")
        .contains(false);
  }

  private static UtilitySpaceView.RedLines check(MediatorBasis basis, Outcome outcome) {
    return DraftSpaceCharts.check(basis, basis.preferences(), outcome);
  }

  @Test
  void draw_takesTheFirstTwoPartiesByDefault_andRefusesAnAxisThatIsNoPartyOrTwiceTheSame() {
    MediatorBasis basis = MediatorBasis.of(CAIRO, Map.of());
    ChartFrontier frontier = ChartFrontier.compute(CAIRO, ChartFrontier.MAX_CANDIDATES);
    Negotiation state = ChartStates.of(CAIRO);
    UtilitySpaceView.Chart byDefault =
        draw(basis, frontier, state, Optional.empty(), Optional.empty());
    assertThat(List.of(byDefault.x(), byDefault.y())).containsExactly("israel", "hamas");
    UtilitySpaceView.Chart turned =
        draw(basis, frontier, state, Optional.of("hamas"), Optional.empty());
    assertThat(List.of(turned.x(), turned.y())).containsExactly("hamas", "israel");
    assertThat(turned.svg()).contains("utility of Hamas");
    assertThatThrownBy(() -> draw(basis, frontier, state, Optional.of("egypt"), Optional.empty()))
        .isInstanceOfSatisfying(
            LiveException.class, e -> assertThat(e.kind()).isEqualTo(LiveException.Kind.BAD_INPUT))
        .hasMessageContaining("'egypt' is not a negotiating party");
    assertThatThrownBy(
            () -> draw(basis, frontier, state, Optional.of("hamas"), Optional.of("hamas")))
        .isInstanceOf(LiveException.class)
        .hasMessageContaining("two different parties across and up, got 'hamas' twice");
  }

  @Test
  void draw_marksEveryTextAndPackage_theLatestTextAsCurrent_andACrossingAsSuch() {
    MediatorBasis basis = MediatorBasis.of(CAIRO, Map.of());
    ChartFrontier frontier = ChartFrontier.compute(CAIRO, ChartFrontier.MAX_CANDIDATES);
    SuggestionMade suggestion =
        new SuggestionMade(
            List.of(
                new SuggestionMade.Package("nash", Optional.of(PHASED_DEAL)),
                new SuggestionMade.Package("kalai-smorodinsky", Optional.empty()),
                new SuggestionMade.Package("egalitarian", Optional.of(PHASED_DEAL))),
            List.of(),
            "");
    Negotiation state =
        ChartStates.of(
            CAIRO, List.of(PERMANENT_END, PHASED_DEAL, PHASED_DEAL), Optional.of(suggestion));
    String svg = draw(basis, frontier, state, Optional.empty(), Optional.empty()).svg();
    assertThat(classes(svg, "draft"))
        .containsExactly("draft crosses-red-line", "draft", "draft current");
    assertThat(classes(svg, "package")).hasSize(2);
    assertThat(svg).contains(">v1<", ">v2<", ">v3<", ">Nash<", ">egalitarian<");
    assertThat(svg).doesNotContain(">K–S<");
  }

  @Test
  void draw_drawsAReservationLine_onlyForAReservationTheMediatorsMaySee() {
    ChartFrontier frontier = ChartFrontier.compute(CAIRO, ChartFrontier.MAX_CANDIDATES);
    Negotiation state = ChartStates.of(CAIRO);
    Confiding unshared = new Confiding(CONFIDED, Consent.UTILITIES, false, "{}");
    MediatorBasis neither = MediatorBasis.of(CAIRO, Map.of("hamas", unshared, "israel", unshared));
    assertThat(draw(neither, frontier, state, Optional.empty(), Optional.empty()).svg())
        .doesNotContain(">reservation<");
    MediatorBasis israelOnly = MediatorBasis.of(CAIRO, Map.of("hamas", unshared));
    assertThat(draw(israelOnly, frontier, state, Optional.empty(), Optional.empty()).svg())
        .contains(">reservation<");
  }

  @Test
  void draw_thinsALargeFrontier_toAtMostMaxDrawnPoints() {
    MediatorBasis basis = MediatorBasis.of(CAIRO, Map.of());
    List<double[]> many = new ArrayList<>();
    for (int k = 0; k < 1000; k++) { // a quarter circle: (0.7, 0.71) is in Cairo's zone
      double x = k / 999.0;
      many.add(new double[] {x, Math.sqrt(1 - x * x)});
    }
    ChartFrontier frontier = new ChartFrontier(many, ChartFrontier.Zone.EXISTS, Optional.empty());
    String svg =
        DraftSpaceCharts.draw(
                basis, frontier, many, ChartStates.of(CAIRO), Optional.empty(), Optional.empty())
            .orElseThrow()
            .svg();
    int drawn = classes(svg, "pareto").size();
    assertThat(drawn).isLessThanOrEqualTo(DraftSpaceCharts.MAX_DRAWN);
    assertThat(drawn).as("evenly thinned, not cut").isGreaterThan(DraftSpaceCharts.MAX_DRAWN / 2);
    assertThat(classes(svg, "pareto")).contains("pareto in-zone", "pareto");
  }

  @Test
  void summary_saysWhetherAZoneExists_withTheFrontiersNote() {
    assertThat(
            DraftSpaceCharts.summary(
                new ChartFrontier(List.of(), ChartFrontier.Zone.EXISTS, Optional.empty())))
        .isEqualTo(
            "A zone of agreement exists: the green frontier points give every party at least its"
                + " reservation.");
    assertThat(
            DraftSpaceCharts.summary(
                new ChartFrontier(
                    List.of(), ChartFrontier.Zone.EMPTY, Optional.of("no outcome fits"))))
        .isEqualTo("There is no zone of agreement: no outcome fits.");
    assertThat(
            DraftSpaceCharts.summary(
                new ChartFrontier(List.of(), ChartFrontier.Zone.UNKNOWN, Optional.empty())))
        .isEqualTo(
            "Whether a zone of agreement exists is not known: the frontier is too large to"
                + " compute.");
  }

  private static UtilitySpaceView.Chart draw(
      MediatorBasis basis,
      ChartFrontier frontier,
      Negotiation state,
      Optional<String> across,
      Optional<String> up) {
    return DraftSpaceCharts.draw(basis, frontier, frontier.points(), state, across, up)
        .orElseThrow();
  }

  /** The class attributes in {@code svg} that start with {@code prefix}, in document order. */
  private static List<String> classes(String svg, String prefix) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile("class=\"(" + prefix + "[a-z -]*)\"").matcher(svg);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
