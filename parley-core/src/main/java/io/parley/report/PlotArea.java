package io.parley.report;

import static io.parley.report.FigureStyle.GRID;
import static io.parley.report.FigureStyle.INK;
import static io.parley.report.FigureStyle.RESERVATION;
import static io.parley.report.FigureStyle.SMALL;

import io.parley.report.Canvas.Anchor;
import io.parley.report.Canvas.Pen;
import java.util.Locale;

/**
 * A rectangle of a figure where data are plotted: utility in [0, 1] upwards, and across either
 * utility in [0, 1] or another quantity in [{@code xFrom}, {@code xTo}] (rounds, say). Values
 * outside the ranges are drawn at the edge.
 *
 * @param left the left edge in pixels
 * @param top the top edge in pixels
 * @param width the width in pixels, positive
 * @param height the height in pixels, positive
 * @param xFrom the value at the left edge
 * @param xTo the value at the right edge, greater than {@code xFrom}
 */
record PlotArea(double left, double top, double width, double height, double xFrom, double xTo) {

  PlotArea {
    if (!(width > 0 && height > 0 && xTo > xFrom)) {
      throw new IllegalArgumentException(
          "plot area " + width + "x" + height + " over [" + xFrom + ", " + xTo + "]");
    }
  }

  /** A square of side {@code side} with utility on both axes. */
  static PlotArea utilityPlane(double left, double top, double side) {
    return new PlotArea(left, top, side, side, 0, 1);
  }

  /** The horizontal pixel of {@code value}. */
  double px(double value) {
    return left + clamp((value - xFrom) / (xTo - xFrom)) * width;
  }

  /** The vertical pixel of utility {@code utility}. */
  double py(double utility) {
    return top + (1 - clamp(utility)) * height;
  }

  double right() {
    return left + width;
  }

  double bottom() {
    return top + height;
  }

  /** The area's outline. */
  void frame(Canvas canvas) {
    canvas.strokeRectangle(left, top, width, height, Pen.solid(INK, 1));
  }

  /** Grid lines, ticks and labels for utility on the vertical axis, every tenth. */
  void utilityAxis(Canvas canvas) {
    for (int tenth = 0; tenth <= 10; tenth++) {
      double y = py(tenth / 10.0);
      if (tenth % 2 == 0 && tenth > 0 && tenth < 10) {
        canvas.line(left, y, right(), y, Pen.solid(GRID, 1));
      }
      double tick = tenth % 2 == 0 ? 6 : 3;
      canvas.line(left - tick, y, left, y, Pen.solid(INK, 1));
      if (tenth % 2 == 0) {
        canvas.text(tenthLabel(tenth), left - 9, y + 4, Anchor.END, SMALL);
      }
    }
  }

  /** Grid lines, ticks and labels for utility on the horizontal axis, every tenth. */
  void utilityAcross(Canvas canvas) {
    for (int tenth = 0; tenth <= 10; tenth++) {
      double x = px(xFrom + (xTo - xFrom) * tenth / 10.0);
      if (tenth % 2 == 0 && tenth > 0 && tenth < 10) {
        canvas.line(x, top, x, bottom(), Pen.solid(GRID, 1));
      }
      double tick = tenth % 2 == 0 ? 6 : 3;
      canvas.line(x, bottom(), x, bottom() + tick, Pen.solid(INK, 1));
      if (tenth % 2 == 0) {
        canvas.text(tenthLabel(tenth), x, bottom() + 20, Anchor.MIDDLE, SMALL);
      }
    }
  }

  /**
   * Grid lines, ticks and whole-number labels across, at a step of 1, 2 or 5 times a power of ten
   * chosen to give at most about eight labels.
   */
  void countsAcross(Canvas canvas) {
    double step = niceStep((xTo - xFrom) / 8);
    for (double value = Math.ceil(xFrom / step) * step; value <= xTo + 1e-9; value += step) {
      double x = px(value);
      if (value > xFrom && value < xTo) {
        canvas.line(x, top, x, bottom(), Pen.solid(GRID, 1));
      }
      canvas.line(x, bottom(), x, bottom() + 6, Pen.solid(INK, 1));
      canvas.text(
          String.format(Locale.ROOT, "%.0f", value), x, bottom() + 20, Anchor.MIDDLE, SMALL);
    }
  }

  /**
   * A dashed line across at utility {@code utility}, labelled {@code reservation 0.25} at its left
   * end when {@code labelled}.
   */
  void reservationAcross(Canvas canvas, double utility, Pen pen, boolean labelled) {
    canvas.line(left, py(utility), right(), py(utility), pen);
    if (labelled) {
      canvas.text(
          "reservation " + FigureStyle.utility(utility),
          left + 4,
          py(utility) - 5,
          Anchor.START,
          SMALL);
    }
  }

  /**
   * A dashed line upwards at utility {@code utility} (areas with utility across), labelled at its
   * top when {@code labelled}.
   */
  void reservationUpwards(Canvas canvas, double utility, Pen pen, boolean labelled) {
    canvas.line(px(utility), top, px(utility), bottom(), pen);
    if (labelled) {
      canvas.text(
          "reservation " + FigureStyle.utility(utility),
          px(utility) + 4,
          top + 14,
          Anchor.START,
          SMALL);
    }
  }

  /** The dashed pen of reservation lines. */
  static Pen reservationPen() {
    return Pen.dashed(RESERVATION, 1.2);
  }

  /** The smallest of 1, 2 or 5 times a power of ten that is at least {@code rough}, at least 1. */
  static double niceStep(double rough) {
    double step = 1;
    while (step < rough) {
      if (step * 2 >= rough) {
        return step * 2;
      }
      if (step * 5 >= rough) {
        return step * 5;
      }
      step *= 10;
    }
    return step;
  }

  private static String tenthLabel(int tenth) {
    return tenth == 0 ? "0" : tenth == 10 ? "1" : "0." + tenth;
  }

  private static double clamp(double fraction) {
    return Math.max(0, Math.min(1, fraction));
  }
}
