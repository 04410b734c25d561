package io.parley.live.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.analysis.Analyzer;
import io.parley.analysis.UtilityScale;
import io.parley.generation.GenerationSpec;
import io.parley.generation.ScenarioGenerator;
import io.parley.live.TestScenarios;
import io.parley.live.consent.Confiding;
import io.parley.live.consent.Consent;
import io.parley.live.consent.MediatorBasis;
import io.parley.live.events.LiveEvent.SuggestionMade;
import io.parley.live.log.TypedSession;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Command;
import io.parley.live.rules.Move;
import io.parley.live.state.Negotiation;
import io.parley.live.views.UtilitySpaceView;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mediators' utility space: on a 40-issue × 50-value scenario every number is what a
 * brute-force computation gives (the texts' and packages' utilities summed issue by issue, the
 * frontier's supporting lines found issue by issue, the zone marks from the reservations); its "no
 * zone of agreement" agrees with the analysis on random small scenarios, whatever the parties
 * confided; and a confiding party is drawn as its consent allows.
 */
class UtilitySpaceTest {
  private static final String CAIRO_TEXT = TestScenarios.example("cairo-2024-phased.yaml");
  private static final Scenario CAIRO = ScenarioReader.parse("cairo", CAIRO_TEXT, false);

  @Test
  void aFortyByFiftyScenario_isAnsweredAsBruteForceComputesIt() {
    Scenario scenario = fortyByFifty();
    OutcomeSpace space = scenario.space();
    Random random = new Random(4050);
    List<Outcome> texts = List.of(randomOutcome(space, random), randomOutcome(space, random));
    Outcome nash = randomOutcome(space, random);
    Outcome egalitarian = randomOutcome(space, random);
    SuggestionMade suggestion =
        new SuggestionMade(
            List.of(
                new SuggestionMade.Package("nash", Optional.of(nash)),
                new SuggestionMade.Package("kalai-smorodinsky", Optional.empty()),
                new SuggestionMade.Package("egalitarian", Optional.of(egalitarian))),
            List.of(
                new SuggestionMade.Basis("p0", "scenario"),
                new SuggestionMade.Basis("p1", "scenario")),
            "test packages");
    Negotiation state = ChartStates.of(scenario, texts, Optional.of(suggestion));

    UtilitySpaceView view = UtilitySpace.compute(MediatorBasis.of(scenario, Map.of()), state);

    assertThat(view.parties()).containsExactly("p0", "p1");
    assertThat(view.basis()).containsExactly("scenario", "scenario");
    double[] reservations = new double[2];
    for (int p = 0; p < 2; p++) {
      reservations[p] = scenario.preferences().get("p" + p).reservation();
    }
    assertThat(view.reservations())
        .containsExactly(
            new UtilitySpaceView.Reservation("p0", reservations[0]),
            new UtilitySpaceView.Reservation("p1", reservations[1]));
    for (int t = 0; t < texts.size(); t++) {
      assertThat(view.texts().get(t).version()).isEqualTo(t + 1);
      assertUtilities(view.texts().get(t).utilities(), scenario, texts.get(t));
    }
    assertThat(view.suggestions())
        .extracting(UtilitySpaceView.PackageUtilities::name)
        .containsExactly("nash", "egalitarian");
    assertUtilities(view.suggestions().get(0).utilities(), scenario, nash);
    assertUtilities(view.suggestions().get(1).utilities(), scenario, egalitarian);

    assertThat(view.zone()).as("answered exactly").isNotEqualTo(ChartFrontier.Zone.UNKNOWN);
    List<double[]> full = ChartFrontier.compute(scenario, ChartFrontier.MAX_CANDIDATES).points();
    int step = Math.max(1, (full.size() + UtilitySpace.MAX_POINTS - 1) / UtilitySpace.MAX_POINTS);
    assertThat(view.frontier()).hasSize((full.size() + step - 1) / step);
    assertThat(view.frontier()).hasSizeLessThanOrEqualTo(UtilitySpace.MAX_POINTS);
    for (int k = 0; k < view.frontier().size(); k++) {
      double[] point = full.get(k * step);
      assertThat(view.frontier().get(k)).containsExactly(point[0], point[1]);
      boolean inZone =
          UtilityScale.toTicks(point[0]) >= UtilityScale.toTicks(reservations[0])
              && UtilityScale.toTicks(point[1]) >= UtilityScale.toTicks(reservations[1]);
      assertThat(view.frontierInZone().get(k)).as("point %d", k).isEqualTo(inZone);
    }
    assertNonDominated(full);
    assertSupportsEveryDirection(full, scenario);
    boolean anyInZone =
        full.stream()
            .anyMatch(
                u ->
                    UtilityScale.toTicks(u[0]) >= UtilityScale.toTicks(reservations[0])
                        && UtilityScale.toTicks(u[1]) >= UtilityScale.toTicks(reservations[1]));
    assertThat(view.zone())
        .isEqualTo(anyInZone ? ChartFrontier.Zone.EXISTS : ChartFrontier.Zone.EMPTY);
    assertThat(view.chart().orElseThrow().x()).isEqualTo("p0");
    assertThat(view.chart().orElseThrow().y()).isEqualTo("p1");
  }

  @Test
  void theNoZoneClaim_agreesWithTheAnalysis_onRandomSmallScenarios_whateverWasConfided() {
    Random random = new Random(20261205L);
    ScenarioGenerator generator =
        new ScenarioGenerator(GenerationSpec.defaults().withMaxOutcomes(500));
    int exists = 0;
    int empty = 0;
    for (int run = 0; run < 160; run++) {
      Scenario scenario =
          run % 2 == 0
              ? TestScenarios.random(random, 2 + random.nextInt(2), 2 + random.nextInt(3), 4)
              : raisedReservations(generator.generate(run), random);
      List<String> parties = scenario.negotiatingParties();
      Map<String, Confiding> confidings = new HashMap<>();
      String party = parties.get(random.nextInt(parties.size()));
      Preferences confided =
          scenario
              .preferences()
              .get(parties.get(random.nextInt(parties.size())))
              .withReservation(0.2 + 0.7 * random.nextDouble());
      switch (random.nextInt(4)) {
        case 0 -> {} // nobody confided
        case 1 -> confidings.put(party, new Confiding(confided, Consent.SUGGESTIONS, false, "{}"));
        case 2 -> confidings.put(party, new Confiding(confided, Consent.UTILITIES, true, "{}"));
        default -> confidings.put(party, new Confiding(confided, Consent.FULL, true, "{}"));
      }
      MediatorBasis basis = MediatorBasis.of(scenario, confidings);

      UtilitySpaceView view = UtilitySpace.compute(basis, ChartStates.of(scenario));

      Scenario drawn = scenario;
      for (var entry : basis.preferences().entrySet()) {
        Preferences preferences = entry.getValue();
        Confiding confiding = confidings.get(entry.getKey());
        if (confiding != null && confiding.consent() == Consent.UTILITIES) {
          // per-outcome utilities only: red lines are not the mediators' to know
          preferences = preferences.withRedLines(List.of());
        }
        drawn = drawn.withPreferences(entry.getKey(), preferences);
      }
      boolean zone = Analyzer.analyze(drawn).zopa().orElseThrow().signum() > 0;
      assertThat(view.zone())
          .as("run %d", run)
          .isEqualTo(zone ? ChartFrontier.Zone.EXISTS : ChartFrontier.Zone.EMPTY);
      assertThat(view.frontierInZone().contains(true)).as("run %d", run).isEqualTo(zone);
      assertThat(view.chart().orElseThrow().zoneSummary())
          .as("run %d", run)
          .startsWith(zone ? "A zone of agreement exists" : "There is no zone of agreement");
      if (zone) {
        exists++;
      } else {
        empty++;
      }
    }
    assertThat(exists).as("scenarios with a zone").isGreaterThan(30);
    assertThat(empty).as("scenarios without one").isGreaterThan(30);
  }

  /**
   * Through the server: Hamas confides Israel's utility with reservation 0.5. Under {@code
   * suggestions} the chart is exactly the one of a Hamas that never confided, but for the word
   * {@code withheld} and Hamas's reservation, which is not shown; under {@code utilities} it draws
   * the confided utilities, and the reservation only when shared; under {@code full} it draws both.
   */
  @ParameterizedTest
  @CsvSource({"SUGGESTIONS,false", "UTILITIES,false", "UTILITIES,true", "FULL,true"})
  void aConfidingParty_isDrawnAsItsConsentAllows(Consent consent, boolean share) {
    LinearAdditiveUtility utility =
        (LinearAdditiveUtility) CAIRO.preferences().get("israel").utility();
    Outcome text = Outcome.of(2, 3, 1, 2, 1);
    UtilitySpaceView before;
    UtilitySpaceView after;
    try (TypedSession session = new TypedSession(CAIRO_TEXT, 3)) {
      Viewer hamas = session.invite("hamas");
      session.act(session.lead(), Move.DRAFT_TEXT, new Command.DraftText(text, ""));
      before = session.live().utilitySpace(session.lead());
      session.confide(hamas, utility, 0.5, consent, share);
      after = session.live().utilitySpace(session.lead());
    }
    Preferences drawn =
        consent == Consent.SUGGESTIONS
            ? CAIRO.preferences().get("hamas")
            : TypedSession.preferences(utility, 0.5);
    assertThat(after.basis())
        .containsExactly("scenario", consent == Consent.SUGGESTIONS ? "withheld" : "confided");
    assertThat(after.texts().get(0).utilities().get(1))
        .isCloseTo(drawn.utility().utility(text), within(1e-12));
    assertThat(after.reservations())
        .extracting(UtilitySpaceView.Reservation::party)
        .isEqualTo(share ? List.of("israel", "hamas") : List.of("israel"));
    if (share) {
      assertThat(after.reservations().get(1).value()).isEqualTo(0.5);
    }
    if (consent == Consent.SUGGESTIONS) {
      // Everything as if Hamas had not confided, but the basis's word and Hamas's reservation,
      // which a party that confided for suggestions only shows no one.
      assertThat(after)
          .usingRecursiveComparison()
          .ignoringFields("basis", "reservations", "chart")
          .isEqualTo(before);
      assertThat(after.reservations()).isEqualTo(before.reservations().subList(0, 1));
      assertThat(after.chart().orElseThrow().zoneSummary())
          .isEqualTo(before.chart().orElseThrow().zoneSummary());
    } else {
      assertThat(after.frontier()).isNotEqualTo(before.frontier());
    }
  }

  /**
   * A reservation confided under {@code utilities} without sharing it is neither shown nor used:
   * two confidings that differ only in it give the mediators the same chart, its zone and its
   * sentence included.
   */
  @Test
  void anUnsharedReservation_changesNothingTheMediatorsSee() {
    // Hamas confides its scenario utility: with 0.95 no outcome Israel accepts would reach it.
    Preferences hamas = CAIRO.preferences().get("hamas");
    Negotiation state = ChartStates.of(CAIRO, List.of(Outcome.of(2, 3, 1, 2, 1)), Optional.empty());
    List<UtilitySpaceView> views = new ArrayList<>();
    for (double hidden : new double[] {0.0, 0.95}) {
      Confiding confiding =
          new Confiding(hamas.withReservation(hidden), Consent.UTILITIES, false, "{}");
      views.add(UtilitySpace.compute(MediatorBasis.of(CAIRO, Map.of("hamas", confiding)), state));
    }
    assertThat(views.get(1)).isEqualTo(views.get(0));
  }

  @Test
  void redLinesTheMediatorsMayNotKnow_shapeNothingTheySee() {
    // Hamas's red lines (a release only with an end of the war; a phased end only with the
    // mediators' guarantee) exclude outcomes; a frontier drawn without them would show where.
    Preferences hamas = CAIRO.preferences().get("hamas");
    assertThat(hamas.redLines()).isNotEmpty();
    Negotiation state = ChartStates.of(CAIRO, List.of(Outcome.of(2, 3, 1, 2, 1)), Optional.empty());
    for (Consent consent : new Consent[] {Consent.UTILITIES, Consent.FULL}) {
      List<UtilitySpaceView> views = new ArrayList<>();
      for (Preferences confided : List.of(hamas, hamas.withRedLines(List.of()))) {
        Confiding confiding = new Confiding(confided, consent, false, "{}");
        views.add(UtilitySpace.compute(MediatorBasis.of(CAIRO, Map.of("hamas", confiding)), state));
      }
      if (consent == Consent.UTILITIES) {
        assertThat(views.get(1)).as("under %s", consent).isEqualTo(views.get(0));
      } else {
        // full preferences: the red lines are the mediators' to use, and here they matter
        assertThat(views.get(1)).as("under %s", consent).isNotEqualTo(views.get(0));
      }
    }
  }

  /** The utilities of {@code outcome}, party by party, as the sum of weight × score per issue. */
  private static void assertUtilities(List<Double> utilities, Scenario scenario, Outcome outcome) {
    List<String> parties = scenario.negotiatingParties();
    assertThat(utilities).hasSize(parties.size());
    for (int p = 0; p < parties.size(); p++) {
      LinearAdditiveUtility utility =
          (LinearAdditiveUtility) scenario.preferences().get(parties.get(p)).utility();
      int[] values = outcome.valueIndices();
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        sum += utility.weight(i) * utility.score(i, values[i]);
      }
      assertThat(utilities.get(p)).as("party %s", parties.get(p)).isCloseTo(sum, within(1e-9));
    }
  }

  /** No point of {@code points} gives both parties at least as much as another and one more. */
  private static void assertNonDominated(List<double[]> points) {
    List<double[]> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.<double[]>comparingDouble(u -> -u[0]).thenComparingDouble(u -> -u[1]));
    for (int k = 1; k < sorted.size(); k++) {
      assertThat(sorted.get(k)[0]).isLessThan(sorted.get(k - 1)[0]);
      assertThat(sorted.get(k)[1])
          .as("a point with less for the first party must give the second more")
          .isGreaterThan(sorted.get(k - 1)[1]);
    }
  }

  /**
   * For 201 directions λ, the best λ·u0 + (1 − λ)·u1 over the frontier equals the best over every
   * outcome, which, for additive utilities without red lines, is the sum over issues of the best
   * value of each issue alone: so the frontier holds every supported point and nothing beyond.
   */
  private static void assertSupportsEveryDirection(List<double[]> frontier, Scenario scenario) {
    LinearAdditiveUtility u0 = (LinearAdditiveUtility) scenario.preferences().get("p0").utility();
    LinearAdditiveUtility u1 = (LinearAdditiveUtility) scenario.preferences().get("p1").utility();
    OutcomeSpace space = scenario.space();
    for (int d = 0; d <= 200; d++) {
      double lambda = d / 200.0;
      double best = 0;
      for (int i = 0; i < space.issueCount(); i++) {
        double issueBest = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < space.issue(i).size(); v++) {
          issueBest =
              Math.max(
                  issueBest,
                  lambda * u0.weight(i) * u0.score(i, v)
                      + (1 - lambda) * u1.weight(i) * u1.score(i, v));
        }
        best += issueBest;
      }
      double onFrontier = Double.NEGATIVE_INFINITY;
      for (double[] point : frontier) {
        onFrontier = Math.max(onFrontier, lambda * point[0] + (1 - lambda) * point[1]);
      }
      assertThat(onFrontier).as("direction λ = %s", lambda).isCloseTo(best, within(1e-9));
    }
  }

  /** The 40-issue × 50-value scenario of the first seed from 40 whose parties have no red lines. */
  private static Scenario fortyByFifty() {
    for (long seed = 40; ; seed++) {
      Scenario scenario = TestScenarios.random(new Random(seed), 2, 40, 50);
      if (scenario.preferences().values().stream().allMatch(p -> p.redLines().isEmpty())) {
        return scenario;
      }
    }
  }

  private static Outcome randomOutcome(OutcomeSpace space, Random random) {
    int[] values = new int[space.issueCount()];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(space.issue(i).size());
    }
    return Outcome.of(values);
  }

  /** {@code scenario} with each party's reservation raised at random, often past any zone. */
  private static Scenario raisedReservations(Scenario scenario, Random random) {
    Scenario raised = scenario;
    for (String party : scenario.negotiatingParties()) {
      Preferences preferences = scenario.preferences().get(party);
      double reservation =
          Math.min(
              1.0, preferences.reservation() + 0.4 * random.nextDouble() * random.nextDouble());
      raised = raised.withPreferences(party, preferences.withReservation(reservation));
    }
    return raised;
  }
}
