package io.parley.analysis;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Counts the zone of possible agreement exactly: the feasible outcomes every party values at least
 * at its reservation.
 *
 * <p>Shortcuts first (a party that cannot reach its reservation: 0; every feasible outcome good
 * enough for all: the feasible count). Then small spaces are enumerated block by block, the
 * innermost block in a tight loop over precomputed contributions. Large two-party spaces are
 * counted by meeting in the middle: the blocks are split into two halves, each half's utility pairs
 * are listed, and the pairs {@code (x, y)} with {@code x0 + y0 >= r0} and {@code x1 + y1 >= r1} are
 * counted with a sorted sweep over the first utility and a Fenwick tree over the second — {@code
 * O(√N log N)} for {@code N} feasible outcomes.
 */
public final class ZopaCounter {
  /** Spaces up to this many feasible outcomes are enumerated. */
  public static final long ENUMERATION_LIMIT = 300_000_000L;

  /** Two-party spaces up to this size are enumerated even though meeting in the middle applies. */
  static final long TWO_PARTY_ENUMERATION_LIMIT = 1L << 22;

  /** The most utility pairs one half may list when meeting in the middle. */
  public static final long HALF_LIMIT = 40_000_000L;

  private ZopaCounter() {}

  /**
   * The exact size of the zone of possible agreement.
   *
   * @throws AnalysisLimitException if the space is too large to count exactly (three or more
   *     parties beyond {@link #ENUMERATION_LIMIT} feasible outcomes, or two parties whose halves
   *     exceed {@link #HALF_LIMIT})
   */
  public static BigInteger count(AgreementSpace space) {
    if (!space.hasFeasibleOutcome()) {
      return BigInteger.ZERO;
    }
    List<Block> blocks = space.blocks();
    int parties = space.partyCount();
    long[] r = space.reservationTicks();
    boolean allReachAlways = true;
    for (int p = 0; p < parties; p++) {
      long max = 0;
      long min = 0;
      for (Block block : blocks) {
        max += block.max(p);
        min += block.min(p);
      }
      if (max < r[p]) {
        return BigInteger.ZERO;
      }
      allReachAlways &= min >= r[p];
    }
    BigInteger feasible = space.feasibleCount();
    if (allReachAlways) {
      return feasible;
    }
    boolean small = feasible.compareTo(BigInteger.valueOf(ENUMERATION_LIMIT)) <= 0;
    if (parties == 2 && feasible.compareTo(BigInteger.valueOf(TWO_PARTY_ENUMERATION_LIMIT)) > 0) {
      return BigInteger.valueOf(meetInTheMiddle(blocks, r));
    }
    if (small) {
      return BigInteger.valueOf(enumerate(blocks, r));
    }
    throw new AnalysisLimitException(
        "the zone of agreement of "
            + parties
            + " parties over "
            + feasible
            + " feasible outcomes is not counted exactly: exact counting is limited to "
            + ENUMERATION_LIMIT
            + " feasible outcomes for three or more parties");
  }

  /** Counts by enumerating every feasible outcome, the largest block innermost. */
  static long enumerate(List<Block> blocks, long[] reservations) {
    List<Block> ordered = new ArrayList<>(blocks);
    ordered.sort(Comparator.comparingInt(Block::size));
    long[] need = reservations.clone();
    return enumerate(ordered, 0, need);
  }

  private static long enumerate(List<Block> blocks, int depth, long[] need) {
    Block block = blocks.get(depth);
    long[][] c = block.contributions;
    int n = block.size();
    if (depth == blocks.size() - 1) {
      return countInner(c, n, need);
    }
    long total = 0;
    int parties = need.length;
    long[] next = new long[parties];
    for (int e = 0; e < n; e++) {
      for (int p = 0; p < parties; p++) {
        next[p] = need[p] - c[p][e];
      }
      total += enumerate(blocks, depth + 1, next);
    }
    return total;
  }

  private static long countInner(long[][] c, int n, long[] need) {
    long count = 0;
    if (need.length == 2) {
      long[] c0 = c[0];
      long[] c1 = c[1];
      long n0 = need[0];
      long n1 = need[1];
      for (int e = 0; e < n; e++) {
        if (c0[e] >= n0 & c1[e] >= n1) {
          count++;
        }
      }
      return count;
    }
    outer:
    for (int e = 0; e < n; e++) {
      for (int p = 0; p < need.length; p++) {
        if (c[p][e] < need[p]) {
          continue outer;
        }
      }
      count++;
    }
    return count;
  }

  /**
   * Counts two-party zone outcomes by meeting in the middle, each half within {@link #HALF_LIMIT}.
   */
  static long meetInTheMiddle(List<Block> blocks, long[] r) {
    return meetInTheMiddle(blocks, r, HALF_LIMIT);
  }

  /**
   * Counts two-party zone outcomes by meeting in the middle; a half may list up to and including
   * {@code halfLimit} utility pairs (a parameter so that tests can reach the limit's edge).
   *
   * @throws AnalysisLimitException if a half has more than {@code halfLimit} pairs
   */
  static long meetInTheMiddle(List<Block> blocks, long[] r, long halfLimit) {
    List<Block> ordered = new ArrayList<>(blocks);
    ordered.sort(Comparator.comparingInt(Block::size).reversed());
    List<Block> first = new ArrayList<>();
    List<Block> second = new ArrayList<>();
    double logFirst = 0;
    double logSecond = 0;
    for (Block block : ordered) {
      if (logFirst <= logSecond) {
        first.add(block);
        logFirst += Math.log(block.size());
      } else {
        second.add(block);
        logSecond += Math.log(block.size());
      }
    }
    long[][] x = sums(first, halfLimit);
    long[][] y = sums(second, halfLimit);
    return countPairs(x[0], x[1], y[0], y[1], r[0], r[1]);
  }

  /** Every utility pair of a group of blocks: {@code [party][combination]}. */
  private static long[][] sums(List<Block> group, long halfLimit) {
    long size = 1;
    for (Block block : group) {
      size *= block.size();
      if (size > halfLimit) {
        throw new AnalysisLimitException(
            "the zone of agreement is not counted exactly: one half of the space has more than "
                + halfLimit
                + " utility pairs");
      }
    }
    long[] u0 = {0};
    long[] u1 = {0};
    for (Block block : group) {
      int n = block.size();
      long[] next0 = new long[u0.length * n];
      long[] next1 = new long[u0.length * n];
      int k = 0;
      for (int i = 0; i < u0.length; i++) {
        for (int e = 0; e < n; e++) {
          next0[k] = u0[i] + block.contributions[0][e];
          next1[k++] = u1[i] + block.contributions[1][e];
        }
      }
      u0 = next0;
      u1 = next1;
    }
    return new long[][] {u0, u1};
  }

  /**
   * The number of pairs {@code (i, j)} with {@code x0[i]+y0[j] >= r0} and {@code x1[i]+y1[j] >=
   * r1}.
   */
  static long countPairs(long[] x0, long[] x1, long[] y0, long[] y1, long r0, long r1) {
    int[] xs = IndexSort.sorted(x0.length, (a, b) -> Long.compare(x0[a], x0[b]));
    int[] ys = IndexSort.sorted(y0.length, (a, b) -> Long.compare(y0[b], y0[a]));
    long[] distinct = y1.clone();
    Arrays.sort(distinct);
    int m = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (m == 0 || distinct[m - 1] != distinct[i]) {
        distinct[m++] = distinct[i];
      }
    }
    long[] fenwick = new long[m + 1];
    long added = 0;
    long total = 0;
    int next = 0;
    for (int xi : xs) {
      long threshold0 = r0 - x0[xi];
      while (next < ys.length && y0[ys[next]] >= threshold0) {
        int rank = Arrays.binarySearch(distinct, 0, m, y1[ys[next]]) + 1;
        for (int k = rank; k <= m; k += k & -k) {
          fenwick[k]++;
        }
        added++;
        next++;
      }
      int below = lowerBound(distinct, m, r1 - x1[xi]);
      long smaller = 0;
      for (int k = below; k > 0; k -= k & -k) {
        smaller += fenwick[k];
      }
      total += added - smaller;
    }
    return total;
  }

  private static int lowerBound(long[] sorted, int length, long key) {
    int lo = 0;
    int hi = length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
