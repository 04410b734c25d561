package io.parley.interop;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.UtilityFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Test oracle: the Pareto frontier by brute force over every outcome, with the utilities each
 * platform would compute ({@link UtilityFunction#utility} in doubles): the number of distinct
 * non-dominated utility vectors.
 */
final class FrontierOracle {
  private FrontierOracle() {}

  /** The distinct non-dominated vectors over every outcome of {@code space}. */
  static List<double[]> frontier(OutcomeSpace space, List<UtilityFunction> utilities) {
    long size = space.size().longValueExact();
    int parties = utilities.size();
    double[][] points = new double[(int) size][parties];
    for (int k = 0; k < size; k++) {
      Outcome outcome = space.outcomeAt(k);
      for (int p = 0; p < parties; p++) {
        points[k][p] = utilities.get(p).utility(outcome);
      }
    }
    Comparator<double[]> descending =
        (a, b) -> {
          for (int p = 0; p < parties; p++) {
            int c = Double.compare(b[p], a[p]);
            if (c != 0) {
              return c;
            }
          }
          return 0;
        };
    Arrays.sort(points, descending);
    List<double[]> kept = new ArrayList<>();
    Set<List<Double>> seen = new HashSet<>();
    for (double[] point : points) {
      boolean dominatedOrEqual = false;
      for (double[] q : kept) {
        boolean atLeast = true;
        for (int p = 0; p < parties && atLeast; p++) {
          atLeast = q[p] >= point[p];
        }
        if (atLeast) {
          dominatedOrEqual = true;
          break;
        }
      }
      List<Double> key = Arrays.stream(point).boxed().toList();
      if (!dominatedOrEqual && seen.add(key)) {
        kept.add(point);
      }
    }
    return kept;
  }
}
