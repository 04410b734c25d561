package io.parley.report;

import static io.parley.report.FigureStyle.FEASIBLE;
import static io.parley.report.FigureStyle.FRONTIER;
import static io.parley.report.FigureStyle.INFEASIBLE;
import static io.parley.report.FigureStyle.INK;
import static io.parley.report.FigureStyle.LABEL;
import static io.parley.report.FigureStyle.LEGEND;
import static io.parley.report.FigureStyle.RESERVATION;
import static io.parley.report.FigureStyle.SMALL;
import static io.parley.report.FigureStyle.TITLE;

import io.parley.analysis.Analysis;
import io.parley.analysis.Solution;
import io.parley.analysis.SolutionConcept;
import io.parley.report.Canvas.Anchor;
import io.parley.report.Canvas.Pen;
import io.parley.report.Canvas.Shape;
import java.awt.Color;
import java.util.Optional;

/**
 * Describes the figure of a {@link UtilityPlot} of three or more parties once, for any {@link
 * Canvas}: one panel per pair of parties ({@link PairPanels}, the run figure's layout), each with
 * the outcomes, both reservation values, the frontier and the bargaining solutions projected onto
 * the pair, and the two parties named on its axes and in its title.
 *
 * <p>Every panel is an SVG group {@code panel plane x-<i> y-<j>} (party indices in the analysis'
 * order) holding one {@code outcome feasible} or {@code outcome infeasible} marker per outcome
 * drawn.
 */
final class PairwiseUtilityFigure {
  private static final double LEFT = 80;
  private static final double TOP = 110;
  private static final double LEGEND_WIDTH = 240;

  private final UtilityPlot plot;
  private final Analysis analysis;
  private final PairPanels panels;

  PairwiseUtilityFigure(UtilityPlot plot) {
    this.plot = plot;
    this.analysis = plot.analysis();
    this.panels = new PairPanels(analysis.parties().size(), LEFT, TOP);
  }

  int width() {
    return (int) Math.ceil(panels.right() + 40 + LEGEND_WIDTH);
  }

  int height() {
    return (int) Math.ceil(Math.max(panels.bottom() + 10, TOP + 320));
  }

  void draw(Canvas canvas) {
    canvas.fillRectangle(0, 0, width(), height(), Color.WHITE);
    canvas.text(plot.scenario().name(), LEFT, 26, Anchor.START, TITLE);
    String shown =
        plot.sampled()
            ? "a uniform random sample of " + plot.markerCount() + " of " + plot.outcomeCount()
            : "all " + plot.outcomeCount();
    canvas.text(
        shown + " outcomes, in the utility plane of each pair of parties",
        LEFT,
        46,
        Anchor.START,
        SMALL);
    for (int p = 0; p < panels.size(); p++) {
      int[] pair = panels.pair(p);
      panel(canvas, panels.area(p), pair[0], pair[1]);
    }
    legend(canvas, panels.right() + 40);
  }

  private void panel(Canvas canvas, PlotArea area, int x, int y) {
    canvas.group("panel plane x-" + x + " y-" + y);
    double side = panels.side();
    canvas.text(name(y) + " against " + name(x), area.left(), area.top() - 12, Anchor.START, LABEL);
    area.utilityAcross(canvas);
    area.utilityAxis(canvas);
    for (boolean feasible : new boolean[] {false, true}) {
      for (int i = 0; i < plot.markerCount(); i++) {
        if (plot.feasible(i) == feasible) {
          canvas.marker(
              feasible ? "outcome feasible" : "outcome infeasible",
              Shape.CIRCLE,
              area.px(plot.utility(x, i)),
              area.py(plot.utility(y, i)),
              2,
              feasible ? FEASIBLE : INFEASIBLE,
              Pen.NONE);
        }
      }
    }
    Pen dashed = PlotArea.reservationPen();
    area.reservationUpwards(canvas, analysis.reservations().get(x), dashed, panels.large());
    area.reservationAcross(canvas, analysis.reservations().get(y), dashed, panels.large());
    UtilityMarks.frontier(canvas, area, analysis, x, y, 2.5);
    for (SolutionConcept concept : SolutionConcept.values()) {
      Optional<Solution> solution = analysis.solution(concept);
      solution.ifPresent(s -> UtilityMarks.solution(canvas, area, concept, s.utilities(), x, y));
    }
    area.frame(canvas);
    canvas.text(
        "utility of " + name(x), area.left() + side / 2, area.bottom() + 38, Anchor.MIDDLE, SMALL);
    canvas.verticalText("utility of " + name(y), area.left() - 40, area.top() + side / 2, SMALL);
    canvas.endGroup();
  }

  private void legend(Canvas canvas, double x) {
    double y = TOP + 10;
    y = marker(canvas, x, y, Shape.CIRCLE, FEASIBLE, Pen.NONE, "outcome");
    y = marker(canvas, x, y, Shape.CIRCLE, INFEASIBLE, Pen.NONE, "outcome breaking a red line");
    if (analysis.pareto().isPresent()) {
      y = marker(canvas, x, y, Shape.CIRCLE, FRONTIER, Pen.solid(INK, 0.5), "Pareto frontier");
    }
    canvas.line(x + 1, y - 4, x + 15, y - 4, Pen.dashed(RESERVATION, 1.2));
    canvas.text("reservation value", x + 22, y, Anchor.START, LEGEND);
    y += 20;
    for (SolutionConcept concept : SolutionConcept.values()) {
      if (analysis.solution(concept).isPresent()) {
        y =
            marker(
                canvas,
                x,
                y,
                FigureStyle.shape(concept),
                FigureStyle.colour(concept),
                Pen.solid(INK, 1),
                Markup.title(concept));
      }
    }
    y += 8;
    canvas.text(
        "Frontier and packages of " + analysis.parties().size() + " parties,",
        x,
        y,
        Anchor.START,
        SMALL);
    canvas.text("projected onto each pair.", x, y + 16, Anchor.START, SMALL);
  }

  private static double marker(
      Canvas canvas, double x, double y, Shape shape, Color fill, Pen outline, String text) {
    double radius = shape == Shape.CIRCLE && outline.width() == 0 ? 3.5 : 5;
    canvas.marker("legend", shape, x + 8, y - 4, radius, fill, outline);
    canvas.text(text, x + 22, y, Anchor.START, LEGEND);
    return y + 20;
  }

  private String name(int party) {
    return plot.displayName(analysis.parties().get(party));
  }
}
