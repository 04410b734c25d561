package io.parley.report;

import io.parley.report.Canvas.Anchor;
import io.parley.report.Canvas.Font;
import io.parley.report.Canvas.Pen;
import io.parley.report.Canvas.Shape;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal box plots, one per labelled group of values (Tukey's: the box spans the quartiles, a
 * line marks the median, whiskers reach the furthest values within 1.5 interquartile ranges of the
 * box, values beyond are drawn as points). Quartiles are interpolated linearly between order
 * statistics (type 7 of Hyndman and Fan 1996). Drawn as SVG on Parley's {@link Canvas}.
 */
public final class BoxPlot {
  private static final double LEFT = 180;
  private static final double RIGHT = 40;
  private static final double TOP = 56;
  private static final double ROW = 30;
  private static final double WIDTH = 800;
  private static final Color BOX = new Color(0x4c, 0x72, 0xb0, 90);
  private static final Color INK = new Color(0x22, 0x22, 0x22);
  private static final Color GRID = new Color(0xea, 0xea, 0xea);
  private static final Color MUTED = new Color(0x66, 0x66, 0x66);

  /** A labelled group of values; NaN values are dropped. */
  public record Group(String label, double[] values) {
    public Group {
      values = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }
  }

  private final String title;
  private final String axis;
  private final List<Group> groups;

  /**
   * @param title the figure's title
   * @param axis the value axis's label
   * @param groups the groups, drawn top to bottom
   */
  public BoxPlot(String title, String axis, List<Group> groups) {
    this.title = title;
    this.axis = axis;
    this.groups = List.copyOf(groups);
  }

  /** The {@code p}-quantile (0 ≤ p ≤ 1) of sorted {@code values}, type 7; NaN when empty. */
  public static double quantile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** The figure as inline SVG (for an HTML page). */
  public String toSvg() {
    double height = TOP + ROW * Math.max(1, groups.size()) + 56;
    SvgCanvas canvas = new SvgCanvas((int) WIDTH, (int) height, false, title);
    draw(canvas, height);
    return canvas.finish();
  }

  private void draw(Canvas canvas, double height) {
    canvas.fillRectangle(0, 0, WIDTH, height, Color.WHITE);
    canvas.text(title, 16, 26, Anchor.START, new Font(16, true, INK));
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Group g : groups) {
      if (g.values().length > 0) {
        min = Math.min(min, g.values()[0]);
        max = Math.max(max, g.values()[g.values().length - 1]);
      }
    }
    if (min > max) {
      min = 0;
      max = 1;
    }
    if (max - min < 1e-9) {
      min -= 0.5;
      max += 0.5;
    }
    double plotWidth = WIDTH - LEFT - RIGHT;
    double lo = min;
    double span = max - min;
    double bottom = TOP + ROW * Math.max(1, groups.size());
    Font small = new Font(11, false, MUTED);
    for (double tick : ticks(min, max)) {
      double x = LEFT + (tick - lo) / span * plotWidth;
      canvas.line(x, TOP - 6, x, bottom, Pen.solid(GRID, 1));
      canvas.text(format(tick), x, bottom + 16, Anchor.MIDDLE, small);
    }
    canvas.text(axis, LEFT + plotWidth / 2, bottom + 40, Anchor.MIDDLE, new Font(13, false, INK));
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      double y = TOP + ROW * i + ROW / 2;
      canvas.text(g.label(), LEFT - 10, y + 4, Anchor.END, new Font(12, false, INK));
      double[] v = g.values();
      if (v.length == 0) {
        continue;
      }
      double q1 = quantile(v, 0.25);
      double median = quantile(v, 0.5);
      double q3 = quantile(v, 0.75);
      double reach = 1.5 * (q3 - q1);
      double whiskerLow = q1;
      double whiskerHigh = q3;
      List<Double> outliers = new ArrayList<>();
      for (double value : v) {
        if (value < q1 - reach || value > q3 + reach) {
          outliers.add(value);
        } else {
          whiskerLow = Math.min(whiskerLow, value);
          whiskerHigh = Math.max(whiskerHigh, value);
        }
      }
      double x1 = LEFT + (q1 - lo) / span * plotWidth;
      double x3 = LEFT + (q3 - lo) / span * plotWidth;
      double xm = LEFT + (median - lo) / span * plotWidth;
      double xl = LEFT + (whiskerLow - lo) / span * plotWidth;
      double xh = LEFT + (whiskerHigh - lo) / span * plotWidth;
      Pen ink = Pen.solid(INK, 1);
      canvas.line(xl, y, x1, y, ink);
      canvas.line(x3, y, xh, y, ink);
      canvas.line(xl, y - 6, xl, y + 6, ink);
      canvas.line(xh, y - 6, xh, y + 6, ink);
      canvas.fillRectangle(x1, y - 10, Math.max(1, x3 - x1), 20, BOX);
      canvas.strokeRectangle(x1, y - 10, Math.max(1, x3 - x1), 20, ink);
      canvas.line(xm, y - 10, xm, y + 10, Pen.solid(INK, 2));
      for (double o : outliers) {
        double x = LEFT + (o - lo) / span * plotWidth;
        canvas.marker("outlier", Shape.CIRCLE, x, y, 2.5, MUTED, Pen.NONE);
      }
    }
  }

  private static List<Double> ticks(double min, double max) {
    double raw = (max - min) / 6;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = magnitude;
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * magnitude >= raw) {
        step = m * magnitude;
        break;
      }
    }
    List<Double> ticks = new ArrayList<>();
    for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
      ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
    }
    return ticks;
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
