package io.parley.analysis;

/**
 * A group of issues that red lines tie together, with the joint assignments that break none of
 * those red lines; an issue no red line names is a block of its own with all its values.
 *
 * <p>Blocks are independent: the feasible outcomes are exactly the combinations of one entry per
 * block, and a party's utility is the sum of its per-block contributions. Every analysis algorithm
 * works on blocks.
 */
final class Block {
  /** Issue positions, ascending. */
  final int[] positions;

  /** Number of values of each issue of {@link #positions}. */
  final int[] radices;

  /** The entries' local assignments as mixed-radix numbers over {@link #radices}. */
  final int[] assignments;

  /** {@code contributions[party][entry]}: the party's utility ticks from this block's issues. */
  final long[][] contributions;

  Block(int[] positions, int[] radices, int[] assignments, long[][] contributions) {
    this.positions = positions;
    this.radices = radices;
    this.assignments = assignments;
    this.contributions = contributions;
  }

  /** The number of entries (feasible joint assignments). */
  int size() {
    return assignments.length;
  }

  /** Writes the value indices of {@code entry} into {@code outcome} at this block's positions. */
  void writeAssignment(int entry, int[] outcome) {
    int code = assignments[entry];
    for (int k = positions.length - 1; k >= 0; k--) {
      outcome[positions[k]] = code % radices[k];
      code /= radices[k];
    }
  }

  /** The largest contribution of {@code party} over the entries (0 for an empty block). */
  long max(int party) {
    long best = Long.MIN_VALUE;
    for (long c : contributions[party]) {
      best = Math.max(best, c);
    }
    return assignments.length == 0 ? 0 : best;
  }

  /** The smallest contribution of {@code party} over the entries (0 for an empty block). */
  long min(int party) {
    long least = Long.MAX_VALUE;
    for (long c : contributions[party]) {
      least = Math.min(least, c);
    }
    return assignments.length == 0 ? 0 : least;
  }
}
