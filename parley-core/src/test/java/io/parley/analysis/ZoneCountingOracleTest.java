package io.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The zone is counted as its definition says — the combinations of one entry per block whose summed
 * contributions reach every reservation, a sum exactly at the reservation included — by each of
 * {@link ZopaCounter}'s counting paths: enumeration (two parties and more, the inner loop's two
 * forms), meeting in the middle, and the sorted sweep with a Fenwick tree behind it. Each is
 * compared with a nested loop over every combination on small random blocks whose contributions are
 * drawn from a few values, so that sums equal to a reservation, equal utilities in the sweep and
 * repeated values in the Fenwick tree are common.
 */
class ZoneCountingOracleTest {
  private static final long SEED = 0x20AA_C0DEL;

  @Test
  void countPairs_agreesWithTheDoubleLoop_atEveryThreshold() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int round = 0; round < 400; round++) {
      long seed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      int range = 1 + random.nextInt(5);
      long[] x0 = values(random, random.nextInt(12), range);
      long[] x1 = values(random, x0.length, range);
      long[] y0 = values(random, random.nextInt(12), range);
      long[] y1 = values(random, y0.length, range);
      long r0 = random.nextInt(2 * range + 2) - 1;
      long r1 = random.nextInt(2 * range + 2) - 1;
      long expected = 0;
      for (int i = 0; i < x0.length; i++) {
        for (int j = 0; j < y0.length; j++) {
          expected += x0[i] + y0[j] >= r0 && x1[i] + y1[j] >= r1 ? 1 : 0;
        }
      }
      assertThat(ZopaCounter.countPairs(x0, x1, y0, y1, r0, r1))
          .as(
              "seed %d: x %s %s, y %s %s, r %d %d",
              seed,
              Arrays.toString(x0),
              Arrays.toString(x1),
              Arrays.toString(y0),
              Arrays.toString(y1),
              r0,
              r1)
          .isEqualTo(expected);
    }
  }

  @Test
  void enumerationAndMeetingInTheMiddle_agreeWithEveryCombination() {
    SplittableRandom seeds = new SplittableRandom(SEED + 1);
    for (int round = 0; round < 300; round++) {
      long seed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      int parties = 2 + random.nextInt(3);
      int range = 1 + random.nextInt(4);
      List<Block> blocks = new ArrayList<>();
      int count = 1 + random.nextInt(4);
      for (int b = 0; b < count; b++) {
        blocks.add(block(random, parties, 1 + random.nextInt(5), range));
      }
      long[] r = new long[parties];
      for (int p = 0; p < parties; p++) {
        r[p] = random.nextInt(count * range + 2) - 1;
      }
      long[] before = r.clone();
      long expected = combinations(blocks, 0, new long[parties], r);
      String at = "seed " + seed + ", " + parties + " parties";
      assertThat(ZopaCounter.enumerate(blocks, r)).as(at).isEqualTo(expected);
      assertThat(r).as("%s: the reservations are left as they were", at).containsExactly(before);
      if (parties == 2) {
        assertThat(ZopaCounter.meetInTheMiddle(blocks, r)).as(at).isEqualTo(expected);
      }
    }
  }

  private static long[] values(SplittableRandom random, int n, int range) {
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextInt(range);
    }
    return v;
  }

  /** A block of one issue with {@code size} entries and random contributions. */
  private static Block block(SplittableRandom random, int parties, int size, int range) {
    int[] assignments = new int[size];
    long[][] contributions = new long[parties][];
    for (int e = 0; e < size; e++) {
      assignments[e] = e;
    }
    for (int p = 0; p < parties; p++) {
      contributions[p] = values(random, size, range);
    }
    return new Block(new int[] {0}, new int[] {size}, assignments, contributions);
  }

  private static long combinations(List<Block> blocks, int depth, long[] sum, long[] r) {
    if (depth == blocks.size()) {
      for (int p = 0; p < r.length; p++) {
        if (sum[p] < r[p]) {
          return 0;
        }
      }
      return 1;
    }
    Block block = blocks.get(depth);
    long total = 0;
    for (int e = 0; e < block.size(); e++) {
      long[] next = sum.clone();
      for (int p = 0; p < r.length; p++) {
        next[p] += block.contributions[p][e];
      }
      total += combinations(blocks, depth + 1, next, r);
    }
    return total;
  }
}
