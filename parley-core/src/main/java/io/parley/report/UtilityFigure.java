package io.parley.report;

import io.parley.analysis.Analysis;
import io.parley.analysis.ParetoPoint;
import io.parley.analysis.Solution;
import io.parley.analysis.SolutionConcept;
import io.parley.report.Canvas.Anchor;
import io.parley.report.Canvas.Font;
import io.parley.report.Canvas.Pen;
import io.parley.report.Canvas.Shape;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Describes the figure of a {@link UtilityPlot} once, for any {@link Canvas}. */
final class UtilityFigure {
  static final int WIDTH = 800;
  static final int HEIGHT = 600;

  private static final double LEFT = 80;
  private static final double TOP = 64;
  private static final double SIDE = 470;
  private static final double LEGEND_X = LEFT + SIDE + 28;
  private static final double LABEL_DISTANCE = 16;

  private static final Color FEASIBLE = new Color(0x4c, 0x72, 0xb0, 150);
  private static final Color INFEASIBLE = new Color(0xb4, 0xb4, 0xb4, 110);
  private static final Color FRONTIER = new Color(0xdd, 0x84, 0x52);
  private static final Color RESERVATION = new Color(0x55, 0x55, 0x55);
  private static final Color GRID = new Color(0xea, 0xea, 0xea);
  private static final Color INK = new Color(0x22, 0x22, 0x22);
  private static final Color MUTED = new Color(0x66, 0x66, 0x66);

  private static final Font TITLE = new Font(16, true, INK);
  private static final Font LABEL = new Font(13, false, INK);
  private static final Font SMALL = new Font(11, false, MUTED);
  private static final Font LEGEND = new Font(12, false, INK);
  private static final Font SOLUTION = new Font(11, true, INK);

  private final UtilityPlot plot;
  private final Analysis analysis;

  UtilityFigure(UtilityPlot plot) {
    this.plot = plot;
    this.analysis = plot.analysis();
  }

  void draw(Canvas canvas) {
    canvas.fillRectangle(0, 0, WIDTH, HEIGHT, Color.WHITE);
    titles(canvas);
    grid(canvas);
    outcomes(canvas);
    reservations(canvas);
    frontier(canvas);
    solutions(canvas);
    canvas.strokeRectangle(LEFT, TOP, SIDE, SIDE, Pen.solid(INK, 1));
    legend(canvas);
  }

  private void titles(Canvas canvas) {
    canvas.text(plot.scenario().name(), LEFT, 26, Anchor.START, TITLE);
    String shown =
        plot.sampled()
            ? "a uniform random sample of " + plot.markerCount() + " of " + plot.outcomeCount()
            : "all " + plot.outcomeCount();
    canvas.text(shown + " outcomes", LEFT, 46, Anchor.START, SMALL);
    canvas.text(
        "utility of " + plot.displayName(plot.xParty()),
        LEFT + SIDE / 2,
        TOP + SIDE + 44,
        Anchor.MIDDLE,
        LABEL);
    canvas.verticalText(
        "utility of " + plot.displayName(plot.yParty()), LEFT - 48, TOP + SIDE / 2, LABEL);
  }

  private void grid(Canvas canvas) {
    for (int tenth = 0; tenth <= 10; tenth++) {
      double u = tenth / 10.0;
      double x = px(u);
      double y = py(u);
      if (tenth % 2 == 0 && tenth > 0 && tenth < 10) {
        canvas.line(x, TOP, x, TOP + SIDE, Pen.solid(GRID, 1));
        canvas.line(LEFT, y, LEFT + SIDE, y, Pen.solid(GRID, 1));
      }
      double tick = tenth % 2 == 0 ? 6 : 3;
      canvas.line(x, TOP + SIDE, x, TOP + SIDE + tick, Pen.solid(INK, 1));
      canvas.line(LEFT - tick, y, LEFT, y, Pen.solid(INK, 1));
      if (tenth % 2 == 0) {
        String label = tenth == 0 ? "0" : tenth == 10 ? "1" : "0." + tenth;
        canvas.text(label, x, TOP + SIDE + 20, Anchor.MIDDLE, SMALL);
        canvas.text(label, LEFT - 9, y + 4, Anchor.END, SMALL);
      }
    }
  }

  private void outcomes(Canvas canvas) {
    for (boolean feasible : new boolean[] {false, true}) {
      for (int i = 0; i < plot.markerCount(); i++) {
        if (plot.feasible(i) == feasible) {
          canvas.marker(
              feasible ? "outcome feasible" : "outcome infeasible",
              Shape.CIRCLE,
              px(plot.x(i)),
              py(plot.y(i)),
              2.5,
              feasible ? FEASIBLE : INFEASIBLE,
              Pen.NONE);
        }
      }
    }
  }

  private void reservations(Canvas canvas) {
    double rx = analysis.reservations().get(plot.xIndex());
    double ry = analysis.reservations().get(plot.yIndex());
    Pen dashed = Pen.dashed(RESERVATION, 1.2);
    canvas.line(px(rx), TOP, px(rx), TOP + SIDE, dashed);
    canvas.line(LEFT, py(ry), LEFT + SIDE, py(ry), dashed);
    canvas.text("reservation " + utility(rx), px(rx) + 4, TOP + 14, Anchor.START, SMALL);
    canvas.text("reservation " + utility(ry), LEFT + 4, py(ry) - 5, Anchor.START, SMALL);
  }

  private void frontier(Canvas canvas) {
    List<ParetoPoint> points = analysis.pareto().orElse(List.of());
    if (points.isEmpty()) {
      return;
    }
    double[][] projected = new double[points.size()][];
    for (int i = 0; i < projected.length; i++) {
      List<Double> utilities = points.get(i).utilities();
      projected[i] = new double[] {utilities.get(plot.xIndex()), utilities.get(plot.yIndex())};
    }
    if (analysis.parties().size() == 2) {
      var sorted = projected.clone();
      Arrays.sort(
          sorted, Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> -p[1]));
      double[] xs = new double[sorted.length];
      double[] ys = new double[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        xs[i] = px(sorted[i][0]);
        ys[i] = py(sorted[i][1]);
      }
      canvas.polyline(xs, ys, Pen.solid(FRONTIER, 1.5));
    }
    for (double[] point : projected) {
      canvas.marker(
          "pareto", Shape.CIRCLE, px(point[0]), py(point[1]), 3.5, FRONTIER, Pen.solid(INK, 0.5));
    }
  }

  /**
   * One marker per solution; solutions whose markers lie closer than {@link #LABEL_DISTANCE} pixels
   * share one label, so that labels do not overlap.
   */
  private void solutions(Canvas canvas) {
    List<double[]> anchors = new ArrayList<>();
    List<List<String>> labels = new ArrayList<>();
    for (SolutionConcept concept : SolutionConcept.values()) {
      Optional<Solution> solution = analysis.solution(concept);
      if (solution.isEmpty()) {
        continue;
      }
      List<Double> utilities = solution.get().utilities();
      double x = px(utilities.get(plot.xIndex()));
      double y = py(utilities.get(plot.yIndex()));
      canvas.marker(
          "solution " + concept.key(), shape(concept), x, y, 6, colour(concept), Pen.solid(INK, 1));
      int cluster = 0;
      while (cluster < anchors.size()
          && Math.hypot(anchors.get(cluster)[0] - x, anchors.get(cluster)[1] - y)
              >= LABEL_DISTANCE) {
        cluster++;
      }
      if (cluster == anchors.size()) {
        anchors.add(new double[] {x, y});
        labels.add(new ArrayList<>());
      }
      labels.get(cluster).add(Markup.title(concept));
    }
    for (int i = 0; i < anchors.size(); i++) {
      double[] at = anchors.get(i);
      boolean nearRight = at[0] > LEFT + SIDE - 150;
      boolean nearTop = at[1] < TOP + 24;
      canvas.text(
          String.join(", ", labels.get(i)),
          nearRight ? at[0] - 10 : at[0] + 10,
          nearTop ? at[1] + 20 : at[1] - 9,
          nearRight ? Anchor.END : Anchor.START,
          SOLUTION);
    }
  }

  private void legend(Canvas canvas) {
    double y = TOP + 10;
    y = legendMarker(canvas, y, Shape.CIRCLE, FEASIBLE, Pen.NONE, "outcome");
    y = legendMarker(canvas, y, Shape.CIRCLE, INFEASIBLE, Pen.NONE, "outcome breaking a red line");
    if (analysis.pareto().isPresent()) {
      y = legendMarker(canvas, y, Shape.CIRCLE, FRONTIER, Pen.solid(INK, 0.5), "Pareto frontier");
    }
    canvas.line(LEGEND_X + 1, y - 4, LEGEND_X + 15, y - 4, Pen.dashed(RESERVATION, 1.2));
    canvas.text("reservation value", LEGEND_X + 22, y, Anchor.START, LEGEND);
    y += 20;
    boolean anySolution = false;
    for (SolutionConcept concept : SolutionConcept.values()) {
      if (analysis.solution(concept).isPresent()) {
        anySolution = true;
        y =
            legendMarker(
                canvas,
                y,
                shape(concept),
                colour(concept),
                Pen.solid(INK, 1),
                Markup.title(concept));
      }
    }
    y += 8;
    List<String> notes = new ArrayList<>();
    if (!anySolution) {
      notes.add("No zone of agreement:");
      notes.add("no package to suggest.");
    }
    if (analysis.pareto().isEmpty()) {
      notes.add("Pareto frontier not computed.");
    } else if (analysis.parties().size() > 2) {
      notes.add("Frontier of " + analysis.parties().size() + " parties,");
      notes.add("projected onto these two.");
    }
    for (String note : notes) {
      canvas.text(note, LEGEND_X, y, Anchor.START, SMALL);
      y += 16;
    }
  }

  private static double legendMarker(
      Canvas canvas, double y, Shape shape, Color fill, Pen outline, String text) {
    double radius = shape == Shape.CIRCLE && outline.width() == 0 ? 3.5 : 5;
    canvas.marker("legend", shape, LEGEND_X + 8, y - 4, radius, fill, outline);
    canvas.text(text, LEGEND_X + 22, y, Anchor.START, LEGEND);
    return y + 20;
  }

  private static Shape shape(SolutionConcept concept) {
    return switch (concept) {
      case NASH -> Shape.DIAMOND;
      case KALAI -> Shape.SQUARE;
      case UTILITARIAN -> Shape.TRIANGLE;
      case EGALITARIAN -> Shape.CIRCLE;
    };
  }

  private static Color colour(SolutionConcept concept) {
    return switch (concept) {
      case NASH -> new Color(0xc4, 0x4e, 0x52);
      case KALAI -> new Color(0x81, 0x72, 0xb3);
      case UTILITARIAN -> new Color(0x55, 0xa8, 0x68);
      case EGALITARIAN -> new Color(0xe6, 0xc2, 0x29);
    };
  }

  private static String utility(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static double px(double utility) {
    return LEFT + clamp(utility) * SIDE;
  }

  private static double py(double utility) {
    return TOP + (1 - clamp(utility)) * SIDE;
  }

  private static double clamp(double utility) {
    return Math.max(0, Math.min(1, utility));
  }
}
