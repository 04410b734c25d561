package io.parley.live.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.live.Table;
import io.parley.live.TestScenarios;
import io.parley.live.rules.Command;
import io.parley.live.state.Negotiation;
import io.parley.live.views.PreferencesPreviewView;
import io.parley.live.views.PreferencesPreviewView.TextPreview;
import io.parley.outcome.Outcome;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The room's preview of preferences a party is editing: one entry per text released to it (and none
 * for a text it was not shown), each with the engine's utility, the weight × score of every issue
 * adding up to it, the red lines the text crosses (by label, or in words without one), and whether
 * it is acceptable — keeping every red line and reaching the reservation.
 */
class PreferencesPreviewTest {
  private static final Scenario CAIRO =
      ScenarioReader.parse("cairo", TestScenarios.example("cairo-2024-phased.yaml"), false);

  /** Crosses Hamas's first red line (a release with only a temporary pause). */
  private static final Outcome RELEASE_WITH_A_PAUSE = Outcome.of(2, 1, 1, 0, 1);

  /** Crosses Israel's red line against an immediate permanent end. */
  private static final Outcome PERMANENT_END = Outcome.of(0, 4, 1, 0, 0);

  /** Crosses no red line of either party. */
  private static final Outcome PHASED_DEAL = Outcome.of(2, 3, 1, 2, 1);

  private final Table table = Table.cairo();

  /**
   * Four texts: the first two released to Hamas alone, the third to nobody, the fourth to both
   * parties; the state {@code party} knows.
   */
  private Negotiation seenBy(String party) {
    for (Outcome outcome : List.of(RELEASE_WITH_A_PAUSE, PERMANENT_END, PHASED_DEAL, PHASED_DEAL)) {
      table.play("egypt", new Command.DraftText(outcome, ""));
    }
    table.play("egypt", new Command.ReleaseText(1, List.of("hamas")));
    table.play("egypt", new Command.ReleaseText(2, List.of("hamas")));
    table.play("egypt", new Command.ReleaseText(4, List.of("israel", "hamas")));
    return table.seenBy(table.viewer(party));
  }

  /**
   * Hamas's scenario preferences with one more red line and no label on it: Israel's against an
   * immediate permanent end.
   */
  private static Preferences edited() {
    Preferences hamas = CAIRO.preferences().get("hamas");
    List<RedLine> lines = new ArrayList<>(hamas.redLines());
    lines.add(CAIRO.preferences().get("israel").redLines().get(0).withLabel(""));
    return hamas.withRedLines(lines);
  }

  @Test
  void eachTextReleasedToTheParty_isPreviewed_inOrder_andNoOther() {
    PreferencesPreviewView hamas = PreferencesPreview.of(seenBy("hamas"), edited());
    assertThat(hamas.texts()).extracting(TextPreview::version).containsExactly(1, 2, 4);
    PreferencesPreviewView israel =
        PreferencesPreview.of(table.seenBy(table.viewer("israel")), edited());
    assertThat(israel.texts()).extracting(TextPreview::version).containsExactly(4);
  }

  @Test
  void theUtility_isTheEnginesOwn_andTheSumOfEachIssuesWeightTimesScore() {
    Preferences preferences = edited();
    PreferencesPreviewView preview = PreferencesPreview.of(seenBy("hamas"), preferences);
    LinearAdditiveUtility additive = (LinearAdditiveUtility) preferences.utility();
    List<Outcome> outcomes = List.of(RELEASE_WITH_A_PAUSE, PERMANENT_END, PHASED_DEAL);
    for (int t = 0; t < outcomes.size(); t++) {
      TextPreview text = preview.texts().get(t);
      Outcome outcome = outcomes.get(t);
      assertThat(text.utility()).isEqualTo(preferences.utility().utility(outcome));
      assertThat(text.reservation()).isEqualTo(0.45);
      assertThat(text.contributions())
          .extracting(PreferencesPreviewView.Contribution::issue)
          .containsExactly(
              "hostage-release",
              "ceasefire",
              "rafah-operation",
              "leader-guarantees",
              "doha-office");
      double sum = 0;
      for (int i = 0; i < text.contributions().size(); i++) {
        PreferencesPreviewView.Contribution contribution = text.contributions().get(i);
        assertThat(contribution.weight()).isEqualTo(additive.weight(i));
        assertThat(contribution.score()).isEqualTo(additive.score(i, outcome.valueIndices()[i]));
        sum += contribution.weight() * contribution.score();
      }
      assertThat(sum).isCloseTo(text.utility(), within(1e-12));
    }
  }

  @Test
  void theRedLinesATextCrosses_areNamedByLabel_orInWordsWithoutOne() {
    PreferencesPreviewView preview = PreferencesPreview.of(seenBy("hamas"), edited());
    TextPreview crossing = preview.texts().get(0);
    assertThat(crossing.keepsRedLines()).isFalse();
    assertThat(crossing.acceptable()).isFalse();
    assertThat(crossing.brokenRedLines())
        .containsExactly(
            "Hamas will release hostages only with a permanent end of the war, now or in a later"
                + " phase");
    TextPreview unlabelled = preview.texts().get(1);
    assertThat(unlabelled.keepsRedLines()).isFalse();
    assertThat(unlabelled.brokenRedLines())
        .containsExactly(
            CAIRO.preferences().get("israel").redLines().get(0).describe(CAIRO.space()));
    TextPreview keeping = preview.texts().get(2);
    assertThat(keeping.keepsRedLines()).isTrue();
    assertThat(keeping.brokenRedLines()).isEmpty();
  }

  @Test
  void aTextIsAcceptable_fromExactlyItsUtility_andNotOneStepAbove() {
    Negotiation hamas = seenBy("hamas");
    double utility = edited().utility().utility(PHASED_DEAL);
    TextPreview atReservation =
        PreferencesPreview.of(hamas, edited().withReservation(utility)).texts().get(2);
    assertThat(atReservation.keepsRedLines()).isTrue();
    assertThat(atReservation.acceptable()).isTrue();
    TextPreview justShort =
        PreferencesPreview.of(hamas, edited().withReservation(Math.nextUp(utility))).texts().get(2);
    assertThat(justShort.keepsRedLines()).isTrue();
    assertThat(justShort.acceptable()).isFalse();
    assertThat(justShort.reservation()).isEqualTo(Math.nextUp(utility));
  }

  @Test
  void aUtilityThatIsNotLinearAdditive_isPreviewedWithoutContributions() {
    LinearAdditiveUtility additive =
        (LinearAdditiveUtility) CAIRO.preferences().get("hamas").utility();
    // Twice Hamas's weights, capped at 1: the phased deal (0.605 for Hamas) is worth 1.
    List<Double> doubled = additive.weights().stream().map(w -> 2 * w).toList();
    Preferences capped =
        Preferences.of(
            new CappedAdditiveUtility(CAIRO.space(), doubled, additive.valueFunctions()), 0.3);
    TextPreview text = PreferencesPreview.of(seenBy("hamas"), capped).texts().get(2);
    assertThat(text.contributions()).isEmpty();
    assertThat(text.utility()).isEqualTo(capped.utility().utility(PHASED_DEAL)).isEqualTo(1.0);
    assertThat(text.acceptable()).isTrue();
  }
}
