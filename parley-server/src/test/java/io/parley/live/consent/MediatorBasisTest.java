package io.parley.live.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MediatorBasisTest {
  private static final Scenario CAIRO = cairo();

  /** Hamas "confides" Israel's scenario preferences: distinct from its own, and valid. */
  private static final Preferences CONFIDED = CAIRO.preferences().get("israel");

  private static Scenario cairo() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    return ScenarioReader.read(dir.resolve("examples/cairo-2024-phased.yaml"));
  }

  private static Confiding confiding(Consent consent, boolean share) {
    return new Confiding(CONFIDED, consent, share, "{\"reservation\":0.4137}");
  }

  @Test
  void withoutConfidings_everythingIsTheScenarios() {
    MediatorBasis basis = MediatorBasis.of(CAIRO, Map.of());
    assertThat(basis.preferences()).isEqualTo(CAIRO.preferences());
    assertThat(basis.usableConfided()).isEmpty();
    assertThat(basis.source("hamas")).isEqualTo(MediatorBasis.Source.SCENARIO);
    assertThat(basis.showsReservation("hamas")).isTrue();
    assertThat(basis.consents()).isEmpty();
    assertThat(basis.fullPreferences()).isEmpty();
  }

  @Test
  void suggestionsOnly_withholdsEverything_butTheConsentItself() {
    for (boolean share : new boolean[] {false, true}) {
      MediatorBasis basis =
          MediatorBasis.of(CAIRO, Map.of("hamas", confiding(Consent.SUGGESTIONS, share)));
      assertThat(basis.preferences().get("hamas"))
          .as("the chart draws Hamas as if it had not confided")
          .isEqualTo(CAIRO.preferences().get("hamas"));
      assertThat(basis.usableConfided()).isEmpty();
      assertThat(basis.source("hamas")).isEqualTo(MediatorBasis.Source.WITHHELD);
      assertThat(basis.showsReservation("hamas")).isFalse();
      assertThat(basis.consents()).containsExactly(Map.entry("hamas", "suggestions"));
      assertThat(basis.fullPreferences()).isEmpty();
    }
  }

  @Test
  void utilities_useTheConfidedPreferences_andTheReservationOnlyWhenShared() {
    MediatorBasis kept =
        MediatorBasis.of(CAIRO, Map.of("hamas", confiding(Consent.UTILITIES, false)));
    assertThat(kept.preferences().get("hamas")).isSameAs(CONFIDED);
    assertThat(kept.preferences().get("israel")).isEqualTo(CAIRO.preferences().get("israel"));
    assertThat(kept.usableConfided()).containsOnlyKeys("hamas");
    assertThat(kept.source("hamas")).isEqualTo(MediatorBasis.Source.CONFIDED);
    assertThat(kept.showsReservation("hamas")).isFalse();
    assertThat(kept.fullPreferences()).isEmpty();
    MediatorBasis shared =
        MediatorBasis.of(CAIRO, Map.of("hamas", confiding(Consent.UTILITIES, true)));
    assertThat(shared.showsReservation("hamas")).isTrue();
  }

  @Test
  void full_showsTheBodyAsConfided() {
    MediatorBasis basis = MediatorBasis.of(CAIRO, Map.of("hamas", confiding(Consent.FULL, false)));
    assertThat(basis.showsReservation("hamas")).isTrue();
    assertThat(basis.fullPreferences())
        .containsExactly(Map.entry("hamas", "{\"reservation\":0.4137}"));
    assertThat(basis.consents()).containsExactly(Map.entry("hamas", "full"));
  }

  @Test
  void aConfidingOfANonParty_isRefused() {
    assertThatThrownBy(
            () -> MediatorBasis.of(CAIRO, Map.of("egypt", confiding(Consent.FULL, false))))
        .hasMessageContaining("'egypt' is not a party");
  }
}
