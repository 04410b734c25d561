package io.parley.tournament;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways to seat {@code n} competitors in {@code k} roles, each an array of competitor indices in
 * role order, in lexicographic order.
 *
 * <ul>
 *   <li>rotating roles, with self-play: every ordered tuple with repeats, {@code n^k};
 *   <li>rotating roles, without self-play: every ordered tuple without repeats, {@code n!/(n−k)!};
 *   <li>fixed roles, with self-play: every multiset in competitor order, {@code C(n+k−1, k)};
 *   <li>fixed roles, without self-play: every set in competitor order, {@code C(n, k)}.
 * </ul>
 *
 * Rotating roles thus plays every competitor tuple (a multiset) in each of its distinct role
 * assignments; fixed roles plays it once.
 */
final class Seatings {
  /** The most seatings of one scenario a plan holds. */
  static final int MAX = 5_000_000;

  private Seatings() {}

  static int[][] of(int n, int k, boolean rotate, boolean selfPlay) {
    List<int[]> out = new ArrayList<>();
    fill(out, new int[k], 0, n, rotate, selfPlay);
    return out.toArray(new int[0][]);
  }

  private static void fill(
      List<int[]> out, int[] tuple, int position, int n, boolean rotate, boolean selfPlay) {
    if (position == tuple.length) {
      if (out.size() >= MAX) {
        throw new IllegalArgumentException(
            "more than "
                + MAX
                + " seatings of "
                + n
                + " competitors in "
                + tuple.length
                + " roles");
      }
      out.add(tuple.clone());
      return;
    }
    int from = rotate || position == 0 ? 0 : tuple[position - 1] + (selfPlay ? 0 : 1);
    for (int c = from; c < n; c++) {
      if (!selfPlay && rotate && used(tuple, position, c)) {
        continue;
      }
      tuple[position] = c;
      fill(out, tuple, position + 1, n, rotate, selfPlay);
    }
  }

  private static boolean used(int[] tuple, int position, int c) {
    for (int i = 0; i < position; i++) {
      if (tuple[i] == c) {
        return true;
      }
    }
    return false;
  }
}
