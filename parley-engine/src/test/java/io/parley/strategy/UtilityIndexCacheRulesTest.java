package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link UtilityIndexCache}: an index is reused for the same preferences instance
 * (never for equal preferences of another instance), only indexes of at most {@link
 * UtilityIndexCache#MAX_OUTCOMES} outcomes are kept, and at most {@link UtilityIndexCache#CAPACITY}
 * of them, the least recently used leaving first. The cache is shared by the whole JVM, so every
 * test uses preferences instances of its own.
 */
class UtilityIndexCacheRulesTest {
  private static final UtilityIndex SMALL = UtilityIndex.of(preferences(3), Integer.MAX_VALUE);

  /** A fresh preferences instance on one integer issue of {@code values} values. */
  private static Preferences preferences(int values) {
    var space = new OutcomeSpace(List.of(IntegerIssue.of("amount", 0, values - 1)));
    return Preferences.of(
        new LinearAdditiveUtility(space, List.of(1.0), List.of(new LinearValueFunction(0, 1))), 0);
  }

  /** Builds {@code index}, counting the builds. */
  private static Supplier<UtilityIndex> counting(AtomicInteger builds, UtilityIndex index) {
    return () -> {
      builds.incrementAndGet();
      return index;
    };
  }

  @Test
  void samePreferencesInstance_getsTheIndexBuiltFirst_equalOnesBuildTheirOwn() {
    Preferences preferences = preferences(3);
    Preferences equal = preferences.withReservation(preferences.reservation());
    var builds = new AtomicInteger();

    UtilityIndex first = UtilityIndexCache.get(preferences, counting(builds, SMALL));
    UtilityIndex again =
        UtilityIndexCache.get(preferences, counting(builds, UtilityIndex.of(equal, 10)));

    assertThat(equal).isEqualTo(preferences);
    assertThat(first).isSameAs(SMALL);
    assertThat(again).isSameAs(SMALL);
    assertThat(builds).hasValue(1);
    assertThat(UtilityIndexCache.get(equal, counting(builds, SMALL))).isSameAs(SMALL);
    assertThat(builds).as("equal preferences of another instance").hasValue(2);
  }

  @Test
  void preferencesWithTheSameIdentityHash_doNotShareAnIndex() {
    // Identity hash codes have about 31 bits: among some 10^5 live instances two collide (the
    // birthday bound). The cache must still tell them apart.
    Preferences base = preferences(3);
    Map<Integer, Preferences> byHash = new HashMap<>();
    Preferences first = null;
    Preferences second = null;
    for (int k = 0; k < 5_000_000 && second == null; k++) {
      Preferences candidate = base.withReservation(0);
      Preferences earlier = byHash.putIfAbsent(System.identityHashCode(candidate), candidate);
      if (earlier != null) {
        first = earlier;
        second = candidate;
      }
    }
    assertThat(second).as("two live instances with one identity hash").isNotNull();
    var builds = new AtomicInteger();

    UtilityIndexCache.get(first, counting(builds, SMALL));
    UtilityIndex other = UtilityIndex.of(preferences(3), 10);

    assertThat(UtilityIndexCache.get(second, counting(builds, other))).isSameAs(other);
    assertThat(builds).hasValue(2);
    assertThat(UtilityIndexCache.get(first, counting(builds, other))).isSameAs(SMALL);
  }

  @Test
  void utilityIndexOf_reusesTheIndexOfTheSamePreferences() {
    Preferences preferences = preferences(5);

    assertThat(UtilityIndex.of(preferences)).isSameAs(UtilityIndex.of(preferences));
    assertThat(UtilityIndex.of(preferences(5))).isNotSameAs(UtilityIndex.of(preferences));
  }

  @Test
  void indexesUpToMaxOutcomes_areKept_largerOnesAreNot() {
    UtilityIndex atLimit =
        UtilityIndex.of(preferences(UtilityIndexCache.MAX_OUTCOMES), Integer.MAX_VALUE);
    UtilityIndex aboveLimit =
        UtilityIndex.of(preferences(UtilityIndexCache.MAX_OUTCOMES + 1), Integer.MAX_VALUE);
    assertThat(atLimit.size()).isEqualTo(UtilityIndexCache.MAX_OUTCOMES);
    assertThat(aboveLimit.size()).isEqualTo(UtilityIndexCache.MAX_OUTCOMES + 1);
    Preferences kept = preferences(2);
    Preferences notKept = preferences(2);
    var builds = new AtomicInteger();

    UtilityIndexCache.get(kept, counting(builds, atLimit));
    assertThat(UtilityIndexCache.get(kept, counting(builds, SMALL))).isSameAs(atLimit);
    assertThat(builds).hasValue(1);

    UtilityIndexCache.get(notKept, counting(builds, aboveLimit));
    assertThat(UtilityIndexCache.get(notKept, counting(builds, SMALL))).isSameAs(SMALL);
    assertThat(builds).hasValue(3);
  }

  @Test
  void atMostCapacityIndexesAreKept_theLeastRecentlyUsedLeavesFirst() {
    List<Preferences> filled = new ArrayList<>();
    var builds = new AtomicInteger();
    for (int k = 0; k < UtilityIndexCache.CAPACITY; k++) {
      Preferences preferences = preferences(2);
      filled.add(preferences);
      UtilityIndexCache.get(preferences, counting(builds, SMALL));
    }
    assertThat(builds).hasValue(UtilityIndexCache.CAPACITY);

    // Full with exactly these: each is still there. Reading the first makes the second the eldest.
    assertThat(UtilityIndexCache.get(filled.get(0), counting(builds, SMALL))).isSameAs(SMALL);
    assertThat(builds).as("the cache holds CAPACITY indexes").hasValue(UtilityIndexCache.CAPACITY);

    UtilityIndexCache.get(preferences(2), counting(builds, SMALL));
    int before = builds.get();
    UtilityIndexCache.get(filled.get(0), counting(builds, SMALL));
    assertThat(builds).as("recently used, still kept").hasValue(before);
    UtilityIndexCache.get(filled.get(1), counting(builds, SMALL));
    assertThat(builds).as("least recently used, evicted").hasValue(before + 1);
  }
}
