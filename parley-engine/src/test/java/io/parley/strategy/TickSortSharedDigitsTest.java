package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link AcceptableOutcomes#sortByTicks} skips a radix pass whose digit every entry shares (moving
 * nothing, so the next pass must read the arrays it left): still a stable sort by ticks when the
 * shared digit is the lowest, a middle one, or every digit but one.
 */
class TickSortSharedDigitsTest {
  private record Entry(long ticks, long code) {}

  private static void checkSortsStably(String what, LongSupplier ticksOf) {
    int n = 500;
    long[] ticks = new long[n];
    long[] codes = new long[n];
    List<Entry> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ticks[i] = ticksOf.getAsLong();
      codes[i] = i;
      expected.add(new Entry(ticks[i], i));
    }
    expected.sort(Comparator.comparingLong(Entry::ticks));

    AcceptableOutcomes.sortByTicks(ticks, codes);

    List<Entry> sorted = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sorted.add(new Entry(ticks[i], codes[i]));
    }
    assertThat(sorted).as(what).isEqualTo(expected);
  }

  @Test
  void sharedLowestDigit() {
    var random = new SplittableRandom(1);
    checkSortsStably("multiples of 2^11 above 77", () -> 77 + (random.nextLong(1 << 20) << 11));
  }

  @Test
  void sharedMiddleDigit() {
    var random = new SplittableRandom(2);
    checkSortsStably(
        "digit at bit 11 always 5",
        () -> 1000 + random.nextLong(1 << 11) + (5L << 11) + (random.nextLong(50) << 22));
  }

  @Test
  void onlyTheTopDigitDiffers() {
    var random = new SplittableRandom(3);
    checkSortsStably("multiples of 2^33", () -> random.nextLong(30) << 33);
  }
}
