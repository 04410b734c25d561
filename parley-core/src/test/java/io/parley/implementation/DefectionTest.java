package io.parley.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefectionTest {
  private static final long T = 1_000_000_000_000L / 100; // 0.01 in ticks

  // Two parties; step 0 by party 0 gives 10 to party 1; step 1 by party 1 gives 30 to party 0 at
  // a cost of 16 to itself.
  private static final long[][] VALUES = {{-10 * T, 10 * T}, {30 * T, -16 * T}};
  private static final int[] PERFORMERS = {0, 1};

  @Test
  void gains_withoutPenalties_lastStepDefectionPaysItsCost() {
    long[] gains = Defection.gains(VALUES, PERFORMERS, new long[] {0, 0}, List.of(0, 1));

    // Party 0 at step 0 forgoes 30 and avoids 10: -20. Party 1 at step 1 avoids 16: +16.
    assertThat(gains).containsExactly(-20 * T, 16 * T);
    assertThat(Defection.selfEnforcing(gains)).isFalse();
  }

  @Test
  void gains_penaltyAtLeastTheCost_makesThePlanSelfEnforcing() {
    long[] exact = Defection.gains(VALUES, PERFORMERS, new long[] {0, 16 * T}, List.of(0, 1));
    long[] short1 = Defection.gains(VALUES, PERFORMERS, new long[] {0, 15 * T}, List.of(0, 1));

    assertThat(exact[1]).isZero();
    assertThat(Defection.selfEnforcing(exact)).as("indifference is not a gain").isTrue();
    assertThat(Defection.selfEnforcing(short1)).isFalse();
  }

  @Test
  void gains_performerWithoutUtility_neverDefects() {
    long[] gains = Defection.gains(VALUES, new int[] {-1, -1}, new long[] {0, 0}, List.of(0, 1));

    assertThat(gains).containsExactly(Long.MIN_VALUE, Long.MIN_VALUE);
    assertThat(Defection.selfEnforcing(gains)).isTrue();
  }

  @Test
  void exposures_areGivenMinusReceivedAfterEachStep() {
    long[][] exposures = Sequencing.exposures(VALUES, List.of(0, 1));

    assertThat(exposures[0]).containsExactly(10 * T, -10 * T);
    assertThat(exposures[1]).containsExactly(-20 * T, 6 * T);
    assertThat(Sequencing.largestExposure(VALUES, List.of(0, 1))).isEqualTo(10 * T);
    // Step 1 first leaves party 1 exposed by 16 (and it respects no dependency here).
    assertThat(Sequencing.largestExposure(VALUES, List.of(1, 0))).isEqualTo(16 * T);
    assertThat(Sequencing.bestOrder(VALUES, new int[] {0, 0})).containsExactly(0, 1);
    assertThat(Sequencing.bestOrder(VALUES, new int[] {0b10, 0})).containsExactly(1, 0);
  }
}
