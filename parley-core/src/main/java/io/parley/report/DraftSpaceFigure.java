package io.parley.report;

import static io.parley.report.FigureStyle.FRONTIER;
import static io.parley.report.FigureStyle.INK;
import static io.parley.report.FigureStyle.LABEL;
import static io.parley.report.FigureStyle.LEGEND;
import static io.parley.report.FigureStyle.SMALL;

import io.parley.report.Canvas.Anchor;
import io.parley.report.Canvas.Pen;
import io.parley.report.Canvas.Shape;
import io.parley.report.DraftSpaceChart.FrontierPoint;
import io.parley.report.DraftSpaceChart.Kind;
import io.parley.report.DraftSpaceChart.Mark;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a {@link DraftSpaceChart} with the same canvas, plot area, colours and frontier marks as
 * every other Parley figure ({@code analyze --plot}): the one drawing of the live negotiation's
 * chart, which the web pages place as it is. Marker classes name what each mark is ({@code pareto},
 * {@code pareto in-zone}, {@code zone}, {@code draft}, {@code draft current}, {@code draft
 * crosses-red-line}, {@code package}), so that tests and style sheets can find them.
 */
public final class DraftSpaceFigure {
  /** The figure's width in pixels (it scales with the page). */
  public static final int WIDTH = 640;

  /** The figure's height in pixels. */
  public static final int HEIGHT = 440;

  private static final double LEFT = 56;
  private static final double TOP = 20;
  private static final double SIDE = 360;
  private static final double LEGEND_X = LEFT + SIDE + 24;
  private static final PlotArea AREA = PlotArea.utilityPlane(LEFT, TOP, SIDE);

  static final Color ZONE = new Color(0xd9, 0xf0, 0xdf);
  static final Color IN_ZONE = new Color(0x1b, 0x7a, 0x3a);
  static final Color DRAFT = new Color(0x00, 0x72, 0xb2);
  static final Color CROSSES = new Color(0xb0, 0x1c, 0x1c);
  static final Color PACKAGE = new Color(0x7b, 0x32, 0x94);

  private final DraftSpaceChart chart;

  private DraftSpaceFigure(DraftSpaceChart chart) {
    this.chart = chart;
  }

  /** The chart as an {@code <svg>} element to place inline in an HTML page. */
  public static String inlineSvg(DraftSpaceChart chart) {
    var canvas = new SvgCanvas(WIDTH, HEIGHT, false, chart.title());
    new DraftSpaceFigure(chart).draw(canvas);
    return canvas.finish();
  }

  private void draw(Canvas canvas) {
    canvas.fillRectangle(0, 0, WIDTH, HEIGHT, Color.WHITE);
    zone(canvas);
    AREA.utilityAcross(canvas);
    AREA.utilityAxis(canvas);
    canvas.text(
        "utility of " + chart.xName(), LEFT + SIDE / 2, TOP + SIDE + 40, Anchor.MIDDLE, LABEL);
    canvas.verticalText("utility of " + chart.yName(), LEFT - 40, TOP + SIDE / 2, LABEL);
    Pen dashed = PlotArea.reservationPen();
    chart.xReservation().ifPresent(r -> AREA.reservationUpwards(canvas, r, dashed, true));
    chart.yReservation().ifPresent(r -> AREA.reservationAcross(canvas, r, dashed, true));
    frontier(canvas);
    marks(canvas);
    AREA.frame(canvas);
    legend(canvas);
  }

  /**
   * The zone, shaded where both parties get at least the reservations the viewer may see (from 0
   * for a reservation it may not see), only when a zone exists.
   */
  private void zone(Canvas canvas) {
    if (chart.zone() != DraftSpaceChart.Zone.EXISTS) {
      return;
    }
    double x = AREA.px(chart.xReservation().orElse(0));
    double y = AREA.py(chart.yReservation().orElse(0));
    canvas.group("zone");
    canvas.fillRectangle(x, TOP, AREA.right() - x, y - TOP, ZONE);
    canvas.endGroup();
  }

  private void frontier(Canvas canvas) {
    List<FrontierPoint> points = chart.frontier();
    if (points.isEmpty()) {
      return;
    }
    FrontierPoint[] sorted = points.toArray(FrontierPoint[]::new);
    Arrays.sort(
        sorted, Comparator.comparingDouble(FrontierPoint::x).thenComparingDouble(p -> -p.y()));
    double[] xs = new double[sorted.length];
    double[] ys = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      xs[i] = AREA.px(sorted[i].x());
      ys[i] = AREA.py(sorted[i].y());
    }
    canvas.polyline(xs, ys, Pen.solid(FRONTIER, 1.5));
    for (FrontierPoint point : sorted) {
      canvas.marker(
          point.inZone() ? "pareto in-zone" : "pareto",
          Shape.CIRCLE,
          AREA.px(point.x()),
          AREA.py(point.y()),
          point.inZone() ? 3.5 : 2.5,
          point.inZone() ? IN_ZONE : FRONTIER,
          Pen.solid(INK, 0.5));
    }
  }

  private void marks(Canvas canvas) {
    List<double[]> labelled = new ArrayList<>();
    for (Mark mark : chart.marks()) {
      double x = AREA.px(mark.x());
      double y = AREA.py(mark.y());
      boolean crosses = mark.crossesRedLine().orElse(false);
      if (mark.kind() == Kind.PACKAGE) {
        canvas.marker("package", Shape.DIAMOND, x, y, 5, PACKAGE, Pen.solid(INK, 1));
      } else {
        String kind =
            "draft" + (mark.current() ? " current" : "") + (crosses ? " crosses-red-line" : "");
        canvas.marker(
            kind,
            crosses ? Shape.SQUARE : Shape.CIRCLE,
            x,
            y,
            mark.current() ? 6 : 4.5,
            crosses ? CROSSES : DRAFT,
            Pen.solid(INK, mark.current() ? 1.5 : 0.8));
      }
      int near = 0;
      for (double[] at : labelled) {
        if (Math.hypot(at[0] - x, at[1] - y) < 14) {
          near++;
        }
      }
      labelled.add(new double[] {x, y});
      boolean right = x > AREA.right() - 60;
      canvas.text(
          mark.label(),
          right ? x - 9 : x + 9,
          y - 7 + near * 13,
          right ? Anchor.END : Anchor.START,
          FigureStyle.SOLUTION);
    }
  }

  private void legend(Canvas canvas) {
    double y = TOP + 10;
    if (!chart.frontier().isEmpty()) {
      y = legendMarker(canvas, y, Shape.CIRCLE, FRONTIER, "Pareto frontier");
    }
    if (chart.zone() == DraftSpaceChart.Zone.EXISTS) {
      y = legendMarker(canvas, y, Shape.CIRCLE, IN_ZONE, "in the zone of agreement");
    }
    if (chart.xReservation().isPresent() || chart.yReservation().isPresent()) {
      canvas.line(LEGEND_X + 1, y - 4, LEGEND_X + 15, y - 4, PlotArea.reservationPen());
      canvas.text("reservation", LEGEND_X + 22, y, Anchor.START, LEGEND);
      y += 20;
    }
    boolean drafts = chart.marks().stream().anyMatch(m -> m.kind() == Kind.DRAFT);
    if (drafts) {
      y = legendMarker(canvas, y, Shape.CIRCLE, DRAFT, "draft (vN)");
    }
    if (chart.marks().stream().anyMatch(m -> m.crossesRedLine().orElse(false))) {
      y = legendMarker(canvas, y, Shape.SQUARE, CROSSES, "draft crossing a red line");
    }
    if (chart.marks().stream().anyMatch(m -> m.kind() == Kind.PACKAGE)) {
      y = legendMarker(canvas, y, Shape.DIAMOND, PACKAGE, "suggested package");
    }
    y += 6;
    for (String line : wrap(chart.zoneSummary(), 28)) {
      canvas.text(line, LEGEND_X, y, Anchor.START, SMALL);
      y += 15;
    }
  }

  private static double legendMarker(
      Canvas canvas, double y, Shape shape, Color fill, String text) {
    canvas.marker("legend", shape, LEGEND_X + 8, y - 4, 4.5, fill, Pen.solid(INK, 0.5));
    canvas.text(text, LEGEND_X + 22, y, Anchor.START, LEGEND);
    return y + 20;
  }

  /** {@code text} in lines of at most about {@code width} characters, broken at spaces. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
