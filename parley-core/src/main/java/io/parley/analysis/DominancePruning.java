package io.parley.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps the non-dominated points of a candidate set, one per distinct utility vector.
 *
 * <p>Candidates are sorted by utilities descending (first party first), so any point that dominates
 * another comes before it; a candidate is kept if no kept point dominates or equals it. Two parties
 * need one sweep; three use a staircase of the last two utilities (O(n log n)); more compare with
 * every kept point.
 */
final class DominancePruning {
  private DominancePruning() {}

  /**
   * The indices of the non-dominated candidates, in descending order of utilities; among equal
   * vectors the first in {@code order} is kept.
   *
   * @param utilities {@code [party][candidate]} in ticks
   */
  static int[] prune(long[][] utilities) {
    int n = utilities[0].length;
    int[] order = IndexSort.sorted(n, IndexSort.descending(utilities));
    return switch (utilities.length) {
      case 1 -> n == 0 ? new int[0] : new int[] {order[0]};
      case 2 -> sweep(utilities, order);
      case 3 -> staircase(utilities, order);
      default -> pairwise(utilities, order);
    };
  }

  private static int[] sweep(long[][] u, int[] order) {
    int[] kept = new int[order.length];
    int count = 0;
    long best = Long.MIN_VALUE;
    for (int c : order) {
      if (u[1][c] > best) {
        kept[count++] = c;
        best = u[1][c];
      }
    }
    return java.util.Arrays.copyOf(kept, count);
  }

  private static int[] staircase(long[][] u, int[] order) {
    // Kept points projected on (u1, u2): keys u1 ascending with u2 strictly descending.
    TreeMap<Long, Long> stairs = new TreeMap<>();
    List<Integer> kept = new ArrayList<>();
    for (int c : order) {
      long y = u[1][c];
      long z = u[2][c];
      Map.Entry<Long, Long> ceiling = stairs.ceilingEntry(y);
      if (ceiling != null && ceiling.getValue() >= z) {
        continue;
      }
      kept.add(c);
      // Remove stairs the new point covers: u1 <= y and u2 <= z.
      Map.Entry<Long, Long> floor = stairs.floorEntry(y);
      while (floor != null && floor.getValue() <= z) {
        stairs.remove(floor.getKey());
        floor = stairs.lowerEntry(floor.getKey());
      }
      stairs.put(y, z);
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] pairwise(long[][] u, int[] order) {
    int parties = u.length;
    int[] kept = new int[order.length];
    int count = 0;
    for (int c : order) {
      boolean covered = false;
      for (int k = 0; k < count && !covered; k++) {
        int d = kept[k];
        boolean atLeast = true;
        for (int p = 0; p < parties && atLeast; p++) {
          atLeast = u[p][d] >= u[p][c];
        }
        covered = atLeast;
      }
      if (!covered) {
        kept[count++] = c;
      }
    }
    return java.util.Arrays.copyOf(kept, count);
  }
}
