package io.parley.interop;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.HyperRectangleUtility;
import io.parley.preference.HyperRectangleUtility.Aggregation;
import io.parley.preference.HyperRectangleUtility.Bound;
import io.parley.preference.HyperRectangleUtility.Match;
import io.parley.preference.HyperRectangleUtility.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test oracle: the exact two-party Pareto frontier of two flat-sum {@link HyperRectangleUtility}s
 * by branch and bound, without enumerating the space.
 *
 * <p>Issues are assigned one by one, values that no bound of either party tells apart are tried
 * once, and a partial assignment is dropped when even its optimistic utilities (every rectangle
 * that can still count, counted) are weakly dominated by a frontier point already found — no
 * completion could then add a new distinct vector.
 */
final class RectangleFrontierOracle {
  private final OutcomeSpace space;
  private final Party[] parties;
  private final int[] order;
  private final int[][][] classes;
  private final List<double[]> frontier = new ArrayList<>();
  private final List<Outcome> outcomes = new ArrayList<>();
  private long leaves;

  private record Party(double max, Rect[] rects) {}

  /** A rectangle compiled to per-issue membership: {@code inside[issue]} null when unbounded. */
  private record Rect(Match match, double value, boolean[][] inside, int boundCount) {}

  RectangleFrontierOracle(HyperRectangleUtility a, HyperRectangleUtility b) {
    this.space = a.space();
    this.parties = new Party[] {compile(a), compile(b)};
    int n = space.issueCount();
    int[] boundsPerIssue = new int[n];
    for (Party party : parties) {
      for (Rect rect : party.rects()) {
        for (int i = 0; i < n; i++) {
          if (rect.inside()[i] != null) {
            boundsPerIssue[i]++;
          }
        }
      }
    }
    this.order =
        java.util.stream.IntStream.range(0, n)
            .boxed()
            .sorted((x, y) -> Integer.compare(boundsPerIssue[y], boundsPerIssue[x]))
            .mapToInt(Integer::intValue)
            .toArray();
    this.classes = new int[n][][];
    for (int i = 0; i < n; i++) {
      classes[i] = valueClasses(i);
    }
  }

  private Party compile(HyperRectangleUtility utility) {
    if (utility.root().aggregation() != Aggregation.SUM || !utility.root().children().isEmpty()) {
      throw new IllegalArgumentException("the oracle handles flat sums of rectangles only");
    }
    List<Rect> rects = new ArrayList<>();
    for (Rectangle rectangle : utility.root().rectangles()) {
      boolean[][] inside = new boolean[space.issueCount()][];
      for (Bound bound : rectangle.bounds()) {
        var issue = (io.parley.outcome.IntegerIssue) space.issue(bound.position());
        boolean[] in = new boolean[issue.size()];
        for (int v = 0; v < in.length; v++) {
          long x = issue.valueOf(v);
          in[v] = x >= bound.min() && x <= bound.max();
        }
        if (inside[bound.position()] != null) {
          throw new IllegalArgumentException("two bounds on one issue");
        }
        inside[bound.position()] = in;
      }
      rects.add(
          new Rect(
              rectangle.match(),
              rectangle.utility() * rectangle.weight(),
              inside,
              rectangle.bounds().size()));
    }
    return new Party(utility.maxUtility(), rects.toArray(new Rect[0]));
  }

  /** Groups the values of issue {@code i} that every bound treats alike. */
  private int[][] valueClasses(int i) {
    int size = space.issue(i).size();
    List<int[]> groups = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int v = 0; v < size; v++) {
      StringBuilder key = new StringBuilder();
      for (Party party : parties) {
        for (Rect rect : party.rects()) {
          if (rect.inside()[i] != null) {
            key.append(rect.inside()[i][v] ? '1' : '0');
          }
        }
      }
      int k = keys.indexOf(key.toString());
      if (k < 0) {
        keys.add(key.toString());
        groups.add(new int[] {v});
      } else {
        int[] g = groups.get(k);
        int[] grown = Arrays.copyOf(g, g.length + 1);
        grown[g.length] = v;
        groups.set(k, grown);
      }
    }
    return groups.toArray(new int[0][]);
  }

  /** Computes the frontier; returns this. */
  RectangleFrontierOracle run() {
    int[] values = new int[space.issueCount()];
    Arrays.fill(values, -1);
    search(0, values);
    return this;
  }

  /** The frontier's utility vectors, sorted by the first utility descending. */
  List<double[]> frontier() {
    List<double[]> sorted = new ArrayList<>(frontier);
    sorted.sort((x, y) -> Double.compare(y[0], x[0]));
    return sorted;
  }

  /** One outcome per frontier point, in {@link #frontier()} order. */
  List<Outcome> outcomes() {
    List<Integer> idx = new ArrayList<>();
    for (int k = 0; k < frontier.size(); k++) {
      idx.add(k);
    }
    idx.sort((x, y) -> Double.compare(frontier.get(y)[0], frontier.get(x)[0]));
    return idx.stream().map(outcomes::get).toList();
  }

  long leaves() {
    return leaves;
  }

  private void search(int depth, int[] values) {
    double[] optimistic = {bound(0, values), bound(1, values)};
    for (double[] point : frontier) {
      if (point[0] >= optimistic[0] && point[1] >= optimistic[1]) {
        return;
      }
    }
    if (depth == order.length) {
      leaves++;
      add(optimistic, new Outcome(values));
      return;
    }
    int issue = order[depth];
    for (int[] group : classes[issue]) {
      values[issue] = group[0];
      search(depth + 1, values);
    }
    values[issue] = -1;
  }

  /** The best utility party {@code p} can still reach: min(1, Σ live rectangles / max). */
  private double bound(int p, int[] values) {
    double sum = 0;
    for (Rect rect : parties[p].rects()) {
      if (canCount(rect, values)) {
        sum += rect.value();
      }
    }
    double u = sum / parties[p].max();
    return u > 1 ? 1 : u;
  }

  private static boolean canCount(Rect rect, int[] values) {
    switch (rect.match()) {
      case ALWAYS:
        return true;
      case INSIDE:
        for (int i = 0; i < values.length; i++) {
          if (rect.inside()[i] != null && values[i] >= 0 && !rect.inside()[i][values[i]]) {
            return false;
          }
        }
        return true;
      default:
        for (int i = 0; i < values.length; i++) {
          if (rect.inside()[i] != null && (values[i] < 0 || !rect.inside()[i][values[i]])) {
            return true;
          }
        }
        return false;
    }
  }

  private void add(double[] point, Outcome outcome) {
    for (int k = frontier.size() - 1; k >= 0; k--) {
      double[] q = frontier.get(k);
      if (point[0] >= q[0] && point[1] >= q[1]) {
        frontier.remove(k);
        outcomes.remove(k);
      }
    }
    frontier.add(point);
    outcomes.add(outcome);
  }
}
