package io.parley.analysis;

import io.parley.outcome.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact Pareto frontier of the feasible outcomes of an {@link AgreementSpace}: the distinct
 * non-dominated utility vectors, each with one outcome that reaches it.
 *
 * <p>Computed without enumerating the space: each {@link Block} is reduced to its own frontier,
 * then neighbouring partial frontiers are merged pairwise in a balanced tree — every sum of one
 * point from each side is a candidate, and {@link DominancePruning} keeps the non-dominated ones.
 * This is exact because a point of the whole frontier is a sum of points of the parts' frontiers
 * (the divide-and-conquer of GeniusWeb's linear-additive Pareto computation, extended to red lines
 * through blocks).
 */
public final class ParetoFrontier {
  /** The most candidate points one merge may examine. */
  public static final long MAX_CANDIDATES = 30_000_000L;

  private final AgreementSpace space;
  private final PartialFrontier root;

  private ParetoFrontier(AgreementSpace space, PartialFrontier root) {
    this.space = space;
    this.root = root;
  }

  /**
   * Computes the frontier.
   *
   * @throws AnalysisLimitException if a merge would examine more than {@link #MAX_CANDIDATES}
   *     candidates
   */
  public static ParetoFrontier of(AgreementSpace space) {
    return of(space, MAX_CANDIDATES);
  }

  /**
   * Computes the frontier, examining at most {@code maxCandidates} candidates in any one merge, so
   * that a caller answering online can bound its time and memory (about 8 bytes per party per
   * candidate).
   *
   * @throws AnalysisLimitException if a merge would examine more than {@code maxCandidates}
   */
  public static ParetoFrontier of(AgreementSpace space, long maxCandidates) {
    List<Block> blocks = space.blocks();
    int parties = space.partyCount();
    if (!space.hasFeasibleOutcome()) {
      return new ParetoFrontier(
          space, PartialFrontier.leaf(new long[parties][0], null, new int[0]));
    }
    return new ParetoFrontier(space, build(blocks, 0, blocks.size(), parties, maxCandidates));
  }

  private static PartialFrontier build(
      List<Block> blocks, int lo, int hi, int parties, long maxCandidates) {
    if (hi - lo == 1) {
      Block block = blocks.get(lo);
      int[] kept = DominancePruning.prune(block.contributions);
      long[][] utilities = new long[parties][kept.length];
      for (int p = 0; p < parties; p++) {
        for (int k = 0; k < kept.length; k++) {
          utilities[p][k] = block.contributions[p][kept[k]];
        }
      }
      return PartialFrontier.leaf(utilities, block, kept);
    }
    int mid = (lo + hi) >>> 1;
    return merge(
        build(blocks, lo, mid, parties, maxCandidates),
        build(blocks, mid, hi, parties, maxCandidates),
        maxCandidates);
  }

  private static PartialFrontier merge(
      PartialFrontier left, PartialFrontier right, long maxCandidates) {
    int a = left.size();
    int b = right.size();
    long count = (long) a * b;
    if (count > maxCandidates) {
      throw new AnalysisLimitException(
          "the Pareto frontier is too large to compute exactly: merging partial frontiers of "
              + a
              + " and "
              + b
              + " points would examine "
              + count
              + " candidates (limit "
              + maxCandidates
              + ")");
    }
    int parties = left.utilities.length;
    long[][] candidates = new long[parties][(int) count];
    for (int p = 0; p < parties; p++) {
      long[] l = left.utilities[p];
      long[] r = right.utilities[p];
      long[] c = candidates[p];
      int k = 0;
      for (int i = 0; i < a; i++) {
        long li = l[i];
        for (int j = 0; j < b; j++) {
          c[k++] = li + r[j];
        }
      }
    }
    int[] kept = DominancePruning.prune(candidates);
    long[][] utilities = new long[parties][kept.length];
    int[] leftIndex = new int[kept.length];
    int[] rightIndex = new int[kept.length];
    for (int k = 0; k < kept.length; k++) {
      leftIndex[k] = kept[k] / b;
      rightIndex[k] = kept[k] % b;
      for (int p = 0; p < parties; p++) {
        utilities[p][k] = candidates[p][kept[k]];
      }
    }
    return PartialFrontier.merged(utilities, left, right, leftIndex, rightIndex);
  }

  /** The agreement space this frontier belongs to. */
  public AgreementSpace space() {
    return space;
  }

  /** The number of distinct non-dominated utility vectors (0 when no outcome is feasible). */
  public int size() {
    return root.size();
  }

  /** The utility of {@code party} at {@code point}, in ticks. */
  public long utilityTicks(int party, int point) {
    return root.utilities[party][point];
  }

  /** The utility vector at {@code point}, in ticks. */
  public long[] utilityTicks(int point) {
    long[] u = new long[root.utilities.length];
    for (int p = 0; p < u.length; p++) {
      u[p] = root.utilities[p][point];
    }
    return u;
  }

  /** An outcome reaching the vector at {@code point}. */
  public Outcome outcome(int point) {
    int[] values = new int[space.space().issueCount()];
    root.writeOutcome(point, values);
    return new Outcome(values);
  }

  /** Whether every party values {@code point} at least at its reservation. */
  public boolean inZopa(int point) {
    for (int p = 0; p < root.utilities.length; p++) {
      if (root.utilities[p][point] < space.reservationTicks(p)) {
        return false;
      }
    }
    return true;
  }

  /** Every point, sorted by utilities descending (first party first). */
  public List<ParetoPoint> points() {
    List<ParetoPoint> points = new ArrayList<>(size());
    for (int k = 0; k < size(); k++) {
      List<Double> utilities = new ArrayList<>();
      for (long[] u : root.utilities) {
        utilities.add(UtilityScale.toUtility(u[k]));
      }
      points.add(new ParetoPoint(outcome(k), utilities));
    }
    return points;
  }
}
