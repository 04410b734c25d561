package io.parley.live.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsentTest {
  @Test
  void absent_isSuggestionsOnly_unlessTheReservationIsShared() {
    assertThat(Consent.stated(Optional.empty(), false, false)).isEqualTo(Consent.SUGGESTIONS);
    assertThat(Consent.stated(Optional.empty(), false, true)).isEqualTo(Consent.SUGGESTIONS);
    assertThat(Consent.stated(Optional.empty(), true, true))
        .as("sharing the reservation line needs the utilities beside it")
        .isEqualTo(Consent.UTILITIES);
  }

  @Test
  void everyLevel_isReadByItsWireName() {
    for (Consent level : Consent.values()) {
      assertThat(Consent.fromWire(level.wire())).contains(level);
      assertThat(Consent.stated(Optional.of(level), level == Consent.FULL, false)).isEqualTo(level);
    }
    assertThat(Consent.SUGGESTIONS.allowsUtilities()).isFalse();
    assertThat(Consent.UTILITIES.allowsUtilities()).isTrue();
    assertThat(Consent.FULL.allowsUtilities()).isTrue();
  }

  @Test
  void anythingElse_namesNoLevel_andItsRefusalNamesTheField() {
    for (String bad : new String[] {"Full", "", "everything", "1", "true", "null"}) {
      assertThat(Consent.fromWire(bad)).as(bad).isEmpty();
    }
    assertThat(Consent.notALevel())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'consent'")
        .hasMessageContaining("\"suggestions\", \"utilities\" or \"full\"");
  }

  @Test
  void contradictions_areRefused() {
    assertThatThrownBy(() -> Consent.stated(Optional.of(Consent.SUGGESTIONS), true, true))
        .hasMessageContaining("'shareReservation' is true but consent \"suggestions\"");
    assertThatThrownBy(() -> Consent.stated(Optional.of(Consent.FULL), false, true))
        .hasMessageContaining("'shareReservation' is false but consent \"full\"");
    assertThat(Consent.stated(Optional.of(Consent.FULL), false, false)).isEqualTo(Consent.FULL);
    assertThat(Consent.stated(Optional.of(Consent.UTILITIES), false, true))
        .isEqualTo(Consent.UTILITIES);
  }
}
