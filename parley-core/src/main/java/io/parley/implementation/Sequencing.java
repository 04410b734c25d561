package io.parley.implementation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exposure of an order of steps, and the order that keeps the largest exposure smallest.
 *
 * <p>A party's <b>exposure</b> after some steps is what it has given minus what it has received, in
 * its own utility: {@code E_p(S) = −Σ_{s∈S} v_p(s)} for the set {@code S} of steps done (see {@link
 * StepValues}). The <b>largest exposure</b> of an order is {@code max_p max_k E_p(first k steps)}
 * over {@code k ≥ 1}. Since {@code E_p} depends only on the set of steps done, not their order, the
 * best order is found exactly by dynamic programming over the sets that can be done first (the
 * down-closed sets of the dependency order): {@code g(S) = max(E(S), min_{j} g(S∪{j}))} over steps
 * {@code j ∉ S} whose dependencies lie in {@code S}, with {@code E(∅)} not counted and {@code
 * g(all) = E(all)}. Time {@code O(2^n · n · parties)}, memory {@code O(2^n)}: plans have at most
 * {@link ImplementationPlan#MAX_STEPS} steps. This is the bottleneck form of sequencing with
 * precedence constraints; ties go to the order that takes the lowest-numbered step first.
 */
public final class Sequencing {
  private Sequencing() {}

  /**
   * The largest exposure of any party over the prefixes of {@code order}, in ticks.
   *
   * @param values {@code values[step][party]}, in ticks
   * @param order a permutation of the steps
   */
  public static long largestExposure(long[][] values, List<Integer> order) {
    int parties = values.length == 0 ? 0 : values[0].length;
    long[] given = new long[parties];
    long worst = Long.MIN_VALUE;
    for (int step : order) {
      for (int p = 0; p < parties; p++) {
        given[p] -= values[step][p];
        worst = Math.max(worst, given[p]);
      }
    }
    return worst;
  }

  /**
   * Each party's exposure after each step of {@code order}: {@code [k][party]} after the first
   * {@code k + 1} steps, in ticks.
   */
  public static long[][] exposures(long[][] values, List<Integer> order) {
    int parties = values.length == 0 ? 0 : values[0].length;
    long[][] result = new long[order.size()][parties];
    long[] given = new long[parties];
    for (int k = 0; k < order.size(); k++) {
      for (int p = 0; p < parties; p++) {
        given[p] -= values[order.get(k)][p];
      }
      result[k] = given.clone();
    }
    return result;
  }

  /** Whether {@code order} takes every step after the steps it depends on. */
  public static boolean respects(int[] dependencies, List<Integer> order) {
    int done = 0;
    for (int step : order) {
      if ((dependencies[step] & ~done) != 0) {
        return false;
      }
      done |= 1 << step;
    }
    return true;
  }

  /**
   * An order of the steps that respects {@code dependencies} and minimises the largest exposure of
   * any party.
   *
   * @param values {@code values[step][party]}, in ticks
   * @param dependencies per step, the bit mask of the steps it depends on (acyclic)
   * @throws IllegalArgumentException on more than {@link ImplementationPlan#MAX_STEPS} steps, or
   *     when no order respects the dependencies
   */
  public static List<Integer> bestOrder(long[][] values, int[] dependencies) {
    int n = values.length;
    if (n > ImplementationPlan.MAX_STEPS || dependencies.length != n) {
      throw new IllegalArgumentException(
          n + " steps with " + dependencies.length + " dependency masks; at most 20 steps");
    }
    int parties = n == 0 ? 0 : values[0].length;
    int full = (1 << n) - 1;
    long[] best = new long[1 << n];
    long[] given = new long[parties];
    final long unreachable = Long.MAX_VALUE;
    for (int set = full; set >= 0; set--) {
      long own = Long.MIN_VALUE;
      if (set != 0) {
        Arrays.fill(given, 0);
        for (int s = set; s != 0; s &= s - 1) {
          int step = Integer.numberOfTrailingZeros(s);
          for (int p = 0; p < parties; p++) {
            given[p] -= values[step][p];
          }
        }
        for (int p = 0; p < parties; p++) {
          own = Math.max(own, given[p]);
        }
      }
      if (set == full) {
        best[set] = own;
        continue;
      }
      long next = unreachable;
      for (int step = 0; step < n; step++) {
        if ((set & (1 << step)) == 0 && (dependencies[step] & ~set) == 0) {
          next = Math.min(next, best[set | (1 << step)]);
        }
      }
      best[set] = next == unreachable ? unreachable : Math.max(own, next);
    }
    if (best[0] == unreachable) {
      throw new IllegalArgumentException("no order of the steps respects their dependencies");
    }
    List<Integer> order = new ArrayList<>();
    int set = 0;
    while (set != full) {
      for (int step = 0; step < n; step++) {
        if ((set & (1 << step)) == 0
            && (dependencies[step] & ~set) == 0
            && best[set | (1 << step)] <= best[0]) {
          order.add(step);
          set |= 1 << step;
          break;
        }
      }
    }
    return List.copyOf(order);
  }
}
