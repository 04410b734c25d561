package io.parley.report;

import static io.parley.report.FigureStyle.FEASIBLE;
import static io.parley.report.FigureStyle.FRONTIER;
import static io.parley.report.FigureStyle.INFEASIBLE;
import static io.parley.report.FigureStyle.INK;
import static io.parley.report.FigureStyle.LABEL;
import static io.parley.report.FigureStyle.LEGEND;
import static io.parley.report.FigureStyle.RESERVATION;
import static io.parley.report.FigureStyle.SMALL;
import static io.parley.report.FigureStyle.SOLUTION;
import static io.parley.report.FigureStyle.TITLE;

import io.parley.analysis.Analysis;
import io.parley.analysis.Solution;
import io.parley.analysis.SolutionConcept;
import io.parley.report.Canvas.Anchor;
import io.parley.report.Canvas.Pen;
import io.parley.report.Canvas.Shape;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
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

  private static final PlotArea AREA = PlotArea.utilityPlane(LEFT, TOP, SIDE);

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
    AREA.frame(canvas);
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
    AREA.utilityAcross(canvas);
    AREA.utilityAxis(canvas);
  }

  private void outcomes(Canvas canvas) {
    for (boolean feasible : new boolean[] {false, true}) {
      for (int i = 0; i < plot.markerCount(); i++) {
        if (plot.feasible(i) == feasible) {
          canvas.marker(
              feasible ? "outcome feasible" : "outcome infeasible",
              Shape.CIRCLE,
              AREA.px(plot.x(i)),
              AREA.py(plot.y(i)),
              2.5,
              feasible ? FEASIBLE : INFEASIBLE,
              Pen.NONE);
        }
      }
    }
  }

  private void reservations(Canvas canvas) {
    Pen dashed = PlotArea.reservationPen();
    AREA.reservationUpwards(canvas, analysis.reservations().get(plot.xIndex()), dashed, true);
    AREA.reservationAcross(canvas, analysis.reservations().get(plot.yIndex()), dashed, true);
  }

  private void frontier(Canvas canvas) {
    UtilityMarks.frontier(canvas, AREA, analysis, plot.xIndex(), plot.yIndex(), 3.5);
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
      double x = AREA.px(utilities.get(plot.xIndex()));
      double y = AREA.py(utilities.get(plot.yIndex()));
      UtilityMarks.solution(canvas, AREA, concept, utilities, plot.xIndex(), plot.yIndex());
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
                FigureStyle.shape(concept),
                FigureStyle.colour(concept),
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
}
