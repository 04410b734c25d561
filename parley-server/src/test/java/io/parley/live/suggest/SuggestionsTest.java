package io.parley.live.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.AgreementSpace;
import io.parley.analysis.Analysis;
import io.parley.analysis.Analyzer;
import io.parley.analysis.ParetoFrontier;
import io.parley.analysis.Solution;
import io.parley.live.TestScenarios;
import io.parley.live.consent.Consent;
import io.parley.live.events.LiveEvent.SuggestionMade;
import io.parley.live.log.TypedSession;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Command;
import io.parley.live.rules.Move;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The suggested packages: the analysis's Nash, Kalai–Smorodinsky and egalitarian solutions of what
 * the parties confided (never of the scenario where a party confided), each on the frontier of the
 * confided preferences, ties going to the first frontier point as {@code parley analyze} documents;
 * and every consent level lets the packages through, computed from what was confided.
 */
class SuggestionsTest {
  private static final String CAIRO_TEXT = TestScenarios.example("cairo-2024-phased.yaml");
  private static final Scenario CAIRO = ScenarioReader.parse("cairo", CAIRO_TEXT, false);

  @Test
  void theBasis_isWhatWasConfided_whereConfided_andTheScenariosElsewhere_inScenarioOrder() {
    Preferences confided = CAIRO.preferences().get("israel");
    Map<String, Preferences> basis = Suggestions.basis(CAIRO, Map.of("hamas", confided));
    assertThat(basis.get("hamas")).isSameAs(confided);
    assertThat(basis.get("israel")).isSameAs(CAIRO.preferences().get("israel"));
    assertThat(List.copyOf(basis.keySet())).isEqualTo(List.copyOf(CAIRO.preferences().keySet()));
    assertThat(Suggestions.basis(CAIRO, Map.of())).isEqualTo(CAIRO.preferences());
  }

  @Test
  void thePackages_areTheAnalysisOfTheConfidedPreferences_andOnTheirFrontier_byBruteForce() {
    Random random = new Random(20261205L);
    int differFromTheScenario = 0;
    int withPackages = 0;
    int withoutZone = 0;
    for (int run = 0; run < 150; run++) {
      int parties = 2 + random.nextInt(2);
      int issues = 2 + random.nextInt(3);
      Scenario scenario = TestScenarios.random(random, parties, issues, 4);
      Scenario other = TestScenarios.random(random, parties, issues, 4);
      String party = "p" + random.nextInt(parties);
      Preferences confided = other.preferences().get(party);
      Scenario basis = scenario.withPreferences(party, confided);

      SuggestionMade made = Suggestions.compute(scenario, Map.of(party, confided));

      Analysis analysis = Analyzer.analyze(basis);
      assertThat(names(made)).isEqualTo(Suggestions.ORDER);
      for (String name : Suggestions.ORDER) {
        Optional<Outcome> outcome = made.outcome(name);
        assertThat(outcome)
            .as("run %d, %s", run, name)
            .isEqualTo(analysis.solution(Suggestions.PACKAGES.get(name)).map(Solution::outcome));
        if (outcome.isPresent()) {
          assertOnTheFrontierInTheZone(basis, outcome.get(), "run " + run + ", " + name);
        }
      }
      List<SuggestionMade.Basis> expected = new ArrayList<>();
      for (String p : scenario.negotiatingParties()) {
        expected.add(new SuggestionMade.Basis(p, p.equals(party) ? "confided" : "scenario"));
      }
      assertThat(made.basis()).isEqualTo(expected);
      boolean zone = zoneByEnumeration(basis);
      assertThat(made.outcome("nash").isPresent()).as("run %d", run).isEqualTo(zone);
      assertThat(made.note())
          .isEqualTo(
              zone
                  ? "packages in the zone of possible agreement"
                  : "no package respects every party's red lines and reservation: the zone of"
                      + " possible agreement is empty");
      if (!Suggestions.compute(scenario, Map.of()).packages().equals(made.packages())) {
        differFromTheScenario++;
      }
      if (zone) {
        withPackages++;
      } else {
        withoutZone++;
      }
    }
    assertThat(differFromTheScenario)
        .as("runs where confiding changed the packages")
        .isGreaterThanOrEqualTo(30);
    assertThat(withPackages).isGreaterThanOrEqualTo(30);
    assertThat(withoutZone).isGreaterThanOrEqualTo(20);
  }

  @Test
  void aTie_goesToTheFirstPointOfTheConfidedFrontier_inEitherOrientation() {
    // One issue x of three values. Party a scores them 1, 0, 0. b's scenario scores 0, 0, 1 but b
    // confides 0, 1, 0: on the confided frontier v0 = (1, 0) and v1 = (0, 1) tie in every concept
    // (reservations 0), and v2 is dominated. Swapping who is a turns the frontier's order round.
    for (boolean swapped : new boolean[] {false, true}) {
      Scenario scenario = oneIssue(new double[] {1, 0, 0}, new double[] {0, 0, 1}, swapped);
      Preferences confided =
          oneIssue(new double[] {1, 0, 0}, new double[] {0, 1, 0}, swapped).preferences().get("b");
      Scenario basis = scenario.withPreferences("b", confided);
      ParetoFrontier frontier = ParetoFrontier.of(AgreementSpace.of(basis));
      assertThat(frontier.size()).isEqualTo(2);

      SuggestionMade made = Suggestions.compute(scenario, Map.of("b", confided));

      for (String name : Suggestions.ORDER) {
        assertThat(made.outcome(name))
            .as("%s, swapped %s", name, swapped)
            .contains(frontier.outcome(0))
            .isNotEqualTo(Optional.of(frontier.outcome(1)));
      }
      assertThat(made.outcome("nash").orElseThrow().valueIndices()[0])
          .as("the confided frontier (v0 or v1), not the scenario's (v0 or v2)")
          .isNotEqualTo(2);
    }
  }

  @Test
  void preferencesBeyondTheAnalysisLimits_getNoPackages_andTheNoteSaysWhy() {
    // A utility that is not linear additive over 50^40 outcomes: no exact analysis enumerates it.
    Scenario big = TestScenarios.random(new Random(40), 2, 40, 50);
    LinearAdditiveUtility additive = (LinearAdditiveUtility) big.preferences().get("p1").utility();
    Preferences capped =
        Preferences.of(
            new CappedAdditiveUtility(big.space(), additive.weights(), additive.valueFunctions()),
            0.5);

    SuggestionMade made = Suggestions.compute(big, Map.of("p1", capped));

    assertThat(names(made)).isEqualTo(Suggestions.ORDER);
    assertThat(made.packages()).allSatisfy(p -> assertThat(p.outcome()).isEmpty());
    assertThat(made.note())
        .startsWith("no packages: the utility of 'p1' is not linear additive")
        .contains("CappedAdditiveUtility");
    assertThat(made.basis())
        .containsExactly(
            new SuggestionMade.Basis("p0", "scenario"), new SuggestionMade.Basis("p1", "confided"));
    assertThat(Suggestions.compute(big, Map.of()).outcome("nash"))
        .as("the scenario's own linear preferences are analysed exactly")
        .isPresent();
  }

  /**
   * Under every consent level the mediators' suggestion is the one computed from what Hamas
   * confided (here Israel's utility, so the packages move far from the scenario's), it names
   * Hamas's basis as confided, and no party sees it being made.
   */
  @ParameterizedTest
  @EnumSource(Consent.class)
  void everyConsentLevel_letsThePackagesOfTheConfidedPreferencesThrough(Consent consent) {
    LinearAdditiveUtility utility =
        (LinearAdditiveUtility) CAIRO.preferences().get("israel").utility();
    try (TypedSession session = new TypedSession(CAIRO_TEXT, 11)) {
      Viewer hamas = session.invite("hamas");
      Viewer israel = session.invite("israel");
      SuggestionMade before = suggest(session);
      assertThat(before).isEqualTo(Suggestions.compute(CAIRO, Map.of()));

      session.confide(hamas, utility, 0.5, consent, consent == Consent.FULL);
      SuggestionMade after = suggest(session);

      Preferences confided = TypedSession.preferences(utility, 0.5);
      assertThat(after).isEqualTo(Suggestions.compute(CAIRO, Map.of("hamas", confided)));
      assertThat(after.packages()).isNotEqualTo(before.packages());
      assertThat(after.basis())
          .containsExactly(
              new SuggestionMade.Basis("israel", "scenario"),
              new SuggestionMade.Basis("hamas", "confided"));
      for (Viewer party : List.of(hamas, israel)) {
        assertThat(session.live().events(party, 0))
            .as("what %s sees", party.participant())
            .noneMatch(seen -> seen.event() instanceof SuggestionMade);
      }
    }
  }

  private static SuggestionMade suggest(TypedSession session) {
    return (SuggestionMade)
        session.act(session.lead(), Move.SUGGEST, new Command.Suggest()).event();
  }

  private static List<String> names(SuggestionMade made) {
    return made.packages().stream().map(SuggestionMade.Package::name).toList();
  }

  /**
   * Brute force: {@code outcome} is feasible, gives every party at least its reservation, and no
   * feasible outcome gives every party at least as much and one party more (in utility ticks).
   */
  private static void assertOnTheFrontierInTheZone(Scenario basis, Outcome outcome, String as) {
    AgreementSpace space = AgreementSpace.of(basis);
    int parties = space.partyCount();
    assertThat(space.isFeasible(outcome)).as(as).isTrue();
    long[] u = new long[parties];
    for (int p = 0; p < parties; p++) {
      u[p] = space.utilityTicks(p, outcome);
      assertThat(u[p]).as(as).isGreaterThanOrEqualTo(space.reservationTicks(p));
    }
    BigInteger size = basis.space().size();
    for (long i = 0; i < size.longValueExact(); i++) {
      Outcome other = basis.space().outcomeAt(i);
      if (!space.isFeasible(other)) {
        continue;
      }
      boolean atLeast = true;
      boolean more = false;
      for (int p = 0; p < parties; p++) {
        long v = space.utilityTicks(p, other);
        atLeast &= v >= u[p];
        more |= v > u[p];
      }
      assertThat(atLeast && more).as("%s: %s dominates it", as, other).isFalse();
    }
  }

  private static boolean zoneByEnumeration(Scenario scenario) {
    AgreementSpace space = AgreementSpace.of(scenario);
    for (long i = 0; i < scenario.space().size().longValueExact(); i++) {
      Outcome outcome = scenario.space().outcomeAt(i);
      boolean all = space.isFeasible(outcome);
      for (int p = 0; p < space.partyCount() && all; p++) {
        all = space.utilityTicks(p, outcome) >= space.reservationTicks(p);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Parties a and b (b first when swapped) over one issue x, each value scored as given. */
  private static Scenario oneIssue(double[] a, double[] b, boolean swapped) {
    OutcomeSpace space = OutcomeSpace.of(DiscreteIssue.of("x", "v0", "v1", "v2"));
    Map<String, Preferences> preferences = new LinkedHashMap<>();
    preferences.put("a", Preferences.of(utility(space, a), 0));
    preferences.put("b", Preferences.of(utility(space, b), 0));
    List<Party> parties =
        swapped ? List.of(Party.of("b"), Party.of("a")) : List.of(Party.of("a"), Party.of("b"));
    return new Scenario("ties", "", parties, space, preferences);
  }

  private static LinearAdditiveUtility utility(OutcomeSpace space, double[] scores) {
    Map<String, Double> table = new LinkedHashMap<>();
    for (int v = 0; v < scores.length; v++) {
      table.put("v" + v, scores[v]);
    }
    return new LinearAdditiveUtility(
        space, List.of(1.0), List.<ValueFunction>of(new ValueTable(table)));
  }
}
