package io.parley.spark;

import io.parley.tournament.Plan;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A contiguous range of plan indices, {@code [from, to)}: the unit of work of one Spark task. The
 * plan is distributed by index range rather than as a list of negotiations: each executor computes
 * the negotiations (with their keys and seeds) of its range from the plan, so the driver never
 * holds the plan's negotiations and a task carries a few bytes.
 *
 * @param from the first index, inclusive
 * @param to the last index, exclusive
 */
record PlanSlice(long from, long to) implements Serializable {
  private static final long serialVersionUID = 1L;

  PlanSlice {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("plan slice [" + from + ", " + to + ") is not a range");
    }
  }

  /**
   * {@code plan} cut into about {@code count} slices of equal length (at least 1 negotiation each),
   * in plan order.
   */
  static List<PlanSlice> of(Plan plan, int count) {
    long size = plan.size();
    int slices = (int) Math.max(1, Math.min(count, size));
    List<PlanSlice> result = new ArrayList<>(slices);
    for (int i = 0; i < slices; i++) {
      result.add(new PlanSlice(size * i / slices, size * (i + 1) / slices));
    }
    return result;
  }
}
