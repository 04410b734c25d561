package io.parley.analysis;

/**
 * The non-dominated utility vectors of a group of consecutive blocks, with how to rebuild an
 * outcome for each: either entries of one block (a leaf) or one point from each of two partial
 * frontiers (a merge).
 */
final class PartialFrontier {
  /** {@code utilities[party][point]} in ticks; points sorted by utilities descending. */
  final long[][] utilities;

  private final Block block;
  private final int[] entries;
  private final PartialFrontier left;
  private final PartialFrontier right;
  private final int[] leftIndex;
  private final int[] rightIndex;

  private PartialFrontier(
      long[][] utilities,
      Block block,
      int[] entries,
      PartialFrontier left,
      PartialFrontier right,
      int[] leftIndex,
      int[] rightIndex) {
    this.utilities = utilities;
    this.block = block;
    this.entries = entries;
    this.left = left;
    this.right = right;
    this.leftIndex = leftIndex;
    this.rightIndex = rightIndex;
  }

  static PartialFrontier leaf(long[][] utilities, Block block, int[] entries) {
    return new PartialFrontier(utilities, block, entries, null, null, null, null);
  }

  static PartialFrontier merged(
      long[][] utilities,
      PartialFrontier left,
      PartialFrontier right,
      int[] leftIndex,
      int[] rightIndex) {
    return new PartialFrontier(utilities, null, null, left, right, leftIndex, rightIndex);
  }

  int size() {
    return utilities[0].length;
  }

  /** Writes the value indices of the outcome behind {@code point} into {@code outcome}. */
  void writeOutcome(int point, int[] outcome) {
    if (block != null) {
      block.writeAssignment(entries[point], outcome);
    } else {
      left.writeOutcome(leftIndex[point], outcome);
      right.writeOutcome(rightIndex[point], outcome);
    }
  }
}
