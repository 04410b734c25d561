package io.parley.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The layout of one utility-plane panel per pair of parties, shared by the run figure ({@link
 * RunFigure}) and the many-party utility plot ({@link PairwiseUtilityFigure}): pairs {@code (i,
 * j)}, {@code i < j}, in order, up to {@value #COLUMNS} to a row; one large panel when there is one
 * pair.
 */
final class PairPanels {
  static final double SMALL_SIDE = 230;
  static final double LARGE_SIDE = 360;
  static final double GAP = 70;
  static final int COLUMNS = 3;

  private final List<int[]> pairs = new ArrayList<>();
  private final double left;
  private final double top;
  private final double side;
  private final int columns;
  private final int rows;

  /** The panels of {@code parties} parties, the first panel's top left corner at (left, top). */
  PairPanels(int parties, double left, double top) {
    for (int i = 0; i < parties; i++) {
      for (int j = i + 1; j < parties; j++) {
        pairs.add(new int[] {i, j});
      }
    }
    this.left = left;
    this.top = top;
    side = pairs.size() <= 1 ? LARGE_SIDE : SMALL_SIDE;
    columns = Math.max(1, Math.min(COLUMNS, pairs.size()));
    rows = (pairs.size() + columns - 1) / columns;
  }

  /** The number of panels. */
  int size() {
    return pairs.size();
  }

  /** The party indices (x, y) of panel {@code p}. */
  int[] pair(int p) {
    return pairs.get(p).clone();
  }

  /** The side of each (square) panel in pixels. */
  double side() {
    return side;
  }

  /** Whether panels are large enough for labels on the reservation lines. */
  boolean large() {
    return side >= LARGE_SIDE;
  }

  /** The plotting area of panel {@code p}. */
  PlotArea area(int p) {
    return PlotArea.utilityPlane(
        left + (p % columns) * (side + GAP), top + (p / columns) * (side + GAP), side);
  }

  /** The right edge of the rightmost panel. */
  double right() {
    return left + columns * (side + GAP) - GAP;
  }

  /** The bottom of the panels, with room for the axis labels below the last row. */
  double bottom() {
    return top + rows * (side + GAP);
  }
}
