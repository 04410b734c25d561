package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The index's sort against a library stable sort. */
class AcceptableOutcomesTest {
  private record Entry(long ticks, long code) {}

  @Test
  void sortByTicks_matchesAStableSortByTicks() {
    var random = new SplittableRandom(42);
    int[] lengths = {0, 1, 2, 31, 63, 64, 65, 100, 1000, 2049, 4097, 20_000};
    for (int length : lengths) {
      for (long distinct : new long[] {1, 3, 50, 5000, 1L << 40, Long.MAX_VALUE}) {
        long[] ticks = new long[length];
        long[] codes = new long[length];
        List<Entry> expected = new ArrayList<>();
        for (int i = 0; i < length; i++) {
          ticks[i] = distinct == Long.MAX_VALUE ? random.nextLong() : random.nextLong(distinct);
          codes[i] = i;
          expected.add(new Entry(ticks[i], codes[i]));
        }
        expected.sort(Comparator.comparingLong(Entry::ticks));

        AcceptableOutcomes.sortByTicks(ticks, codes);

        for (int i = 0; i < length; i++) {
          assertThat(new Entry(ticks[i], codes[i]))
              .as("length %d, %d distinct, position %d", length, distinct, i)
              .isEqualTo(expected.get(i));
        }
      }
    }
  }

  @Test
  void sortByTicks_extremeValues_spanningEveryBit() {
    long[] ticks = new long[100];
    long[] codes = new long[100];
    long[] values = {Long.MAX_VALUE, 0, Long.MIN_VALUE, -1, 1, Long.MIN_VALUE + 1};
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = values[i % values.length];
      codes[i] = i;
    }

    AcceptableOutcomes.sortByTicks(ticks, codes);

    for (int i = 1; i < ticks.length; i++) {
      assertThat(ticks[i - 1]).isLessThanOrEqualTo(ticks[i]);
      if (ticks[i - 1] == ticks[i]) {
        assertThat(codes[i - 1]).isLessThan(codes[i]);
      }
    }
    assertThat(ticks[0]).isEqualTo(Long.MIN_VALUE);
    assertThat(ticks[99]).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void sortByTicks_sortedAndReversedInputs() {
    for (int length : new int[] {5, 64, 1000}) {
      long[] ascending = new long[length];
      long[] descending = new long[length];
      long[] codes = new long[length];
      long[] otherCodes = new long[length];
      for (int i = 0; i < length; i++) {
        ascending[i] = i;
        descending[i] = length - i;
        codes[i] = i;
        otherCodes[i] = i;
      }

      AcceptableOutcomes.sortByTicks(ascending, codes);
      AcceptableOutcomes.sortByTicks(descending, otherCodes);

      for (int i = 0; i < length; i++) {
        assertThat(ascending[i]).isEqualTo(i);
        assertThat(codes[i]).isEqualTo(i);
        assertThat(descending[i]).isEqualTo(i + 1);
        assertThat(otherCodes[i]).isEqualTo(length - 1 - i);
      }
    }
  }
}
