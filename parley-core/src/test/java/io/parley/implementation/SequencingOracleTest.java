package io.parley.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The exact best order against brute force over every order of random small plans: the largest
 * exposure it reaches is the smallest any order respecting the dependencies reaches, and among
 * those orders it is the first in lexicographic order of step indices.
 */
class SequencingOracleTest {

  /** A random plan: values in ticks, dependency masks on a random acyclic order. */
  record Plan(long[][] values, int[] dependencies) {
    @Override
    public String toString() {
      return "values=" + Arrays.deepToString(values) + " deps=" + Arrays.toString(dependencies);
    }
  }

  static Plan randomPlan(long seed, int steps, int parties) {
    SplittableRandom random = new SplittableRandom(seed);
    long[][] values = new long[steps][parties];
    for (long[] row : values) {
      for (int p = 0; p < parties; p++) {
        // A small grid makes ties common, so the tie-break is exercised too.
        row[p] = random.nextInt(-4, 5) * 250_000_000_000L;
      }
    }
    // Dependencies go from later to earlier positions of a random topological order.
    int[] topo = new int[steps];
    for (int k = 0; k < steps; k++) {
      topo[k] = k;
    }
    for (int k = steps - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int t = topo[k];
      topo[k] = topo[j];
      topo[j] = t;
    }
    int[] deps = new int[steps];
    for (int a = 0; a < steps; a++) {
      for (int b = 0; b < a; b++) {
        if (random.nextDouble() < 0.3) {
          deps[topo[a]] |= 1 << topo[b];
        }
      }
    }
    return new Plan(values, deps);
  }

  @Property(tries = 300)
  void bestOrder_matchesBruteForceOverAllOrders(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed,
      @ForAll @IntRange(min = 1, max = 7) int steps,
      @ForAll @IntRange(min = 1, max = 3) int parties) {
    Plan plan = randomPlan(seed, steps, parties);

    List<Integer> best = Sequencing.bestOrder(plan.values(), plan.dependencies());

    Optional<List<Integer>> oracle = bruteForce(plan);
    assertThat(oracle).as("some order respects an acyclic plan").isPresent();
    assertThat(best).as(plan.toString()).containsExactlyInAnyOrderElementsOf(range(steps));
    assertThat(Sequencing.respects(plan.dependencies(), best)).isTrue();
    assertThat(Sequencing.largestExposure(plan.values(), best))
        .as(plan.toString())
        .isEqualTo(Sequencing.largestExposure(plan.values(), oracle.get()));
    assertThat(best).as("first optimal order in lexicographic order").isEqualTo(oracle.get());
  }

  /** The first order (lexicographically) that respects the dependencies and minimises. */
  private static Optional<List<Integer>> bruteForce(Plan plan) {
    List<List<Integer>> orders = new ArrayList<>();
    permutations(new ArrayList<>(), plan.values().length, orders);
    Optional<List<Integer>> best = Optional.empty();
    long bestValue = Long.MAX_VALUE;
    for (List<Integer> order : orders) {
      if (!respects(plan.dependencies(), order)) {
        continue;
      }
      long value = largestExposure(plan.values(), order);
      if (value < bestValue) {
        bestValue = value;
        best = Optional.of(order);
      }
    }
    return best;
  }

  /** All permutations of 0..n-1, in lexicographic order. */
  private static void permutations(List<Integer> prefix, int n, List<List<Integer>> out) {
    if (prefix.size() == n) {
      out.add(List.copyOf(prefix));
      return;
    }
    for (int k = 0; k < n; k++) {
      if (!prefix.contains(k)) {
        prefix.add(k);
        permutations(prefix, n, out);
        prefix.remove(prefix.size() - 1);
      }
    }
  }

  // Independent re-statements of the definitions, so the oracle shares no code with the search.
  private static boolean respects(int[] deps, List<Integer> order) {
    for (int k = 0; k < order.size(); k++) {
      for (int d = 0; d < deps.length; d++) {
        if ((deps[order.get(k)] & (1 << d)) != 0 && !order.subList(0, k).contains(d)) {
          return false;
        }
      }
    }
    return true;
  }

  private static long largestExposure(long[][] values, List<Integer> order) {
    long worst = Long.MIN_VALUE;
    for (int k = 1; k <= order.size(); k++) {
      for (int p = 0; p < values[0].length; p++) {
        long given = 0;
        for (int j = 0; j < k; j++) {
          given -= values[order.get(j)][p];
        }
        worst = Math.max(worst, given);
      }
    }
    return worst;
  }

  private static List<Integer> range(int n) {
    List<Integer> r = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      r.add(k);
    }
    return r;
  }
}
