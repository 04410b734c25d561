package io.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The simulated clock: every reading advances it by its step, in UTC. */
class SimulatedClockTest {
  @Test
  void everyReadingAdvancesByTheStep() {
    var clock = new SimulatedClock(1_000, 250);
    assertThat(clock.millis()).isEqualTo(1_000);
    assertThat(clock.millis()).isEqualTo(1_250);
    assertThat(clock.instant()).isEqualTo(Instant.ofEpochMilli(1_500));
    assertThat(clock.millis()).isEqualTo(1_750);
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThatThrownBy(() -> clock.withZone(ZoneId.of("Europe/Paris")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("a simulated clock has no zones");
  }
}
