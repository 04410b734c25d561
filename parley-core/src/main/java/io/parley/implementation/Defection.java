package io.parley.implementation;

import java.util.List;

/**
 * Whether defecting pays, step by step.
 *
 * <p>The performer of a step <b>defects</b> at it by not carrying it out; the implementation then
 * stops (no later step is carried out by anyone), and the step's guarantors impose their penalties
 * on the defector. For party {@code p} performing the {@code k}-th step of an order, the gain from
 * defecting there is what it avoids giving minus what it forgoes receiving, minus the penalties:
 *
 * <pre>  D_p(k) = −Σ_{j ≥ k} v_p(order_j) − penalty(order_k)</pre>
 *
 * <p>An order is <b>self-enforcing</b> when {@code D_p(k) ≤ 0} for the performer of every step that
 * is a negotiating party (mediators and guarantors have no utility, so nothing to gain). This is
 * the one-shot, grim-trigger reading of compliance: a defector keeps what it has received, and the
 * others stop at once.
 */
public final class Defection {
  private Defection() {}

  /**
   * The defection gain at each position of {@code order}, in ticks; {@code Long.MIN_VALUE} where
   * the performer is not a negotiating party.
   *
   * @param values {@code values[step][party]}, in ticks
   * @param performers per step, the index of its performer among the parties, or -1
   * @param penalties per step, the sum of its guarantees' penalties, in ticks
   */
  public static long[] gains(
      long[][] values, int[] performers, long[] penalties, List<Integer> order) {
    long[] gains = new long[order.size()];
    for (int k = 0; k < order.size(); k++) {
      int step = order.get(k);
      int party = performers[step];
      if (party < 0) {
        gains[k] = Long.MIN_VALUE;
        continue;
      }
      long remaining = 0;
      for (int j = k; j < order.size(); j++) {
        remaining += values[order.get(j)][party];
      }
      gains[k] = -remaining - penalties[step];
    }
    return gains;
  }

  /** Whether no gain in {@code gains} is positive. */
  public static boolean selfEnforcing(long[] gains) {
    for (long gain : gains) {
      if (gain > 0) {
        return false;
      }
    }
    return true;
  }
}
