package io.parley.report;

import static io.parley.report.FigureStyle.FRONTIER;
import static io.parley.report.FigureStyle.INK;

import io.parley.analysis.Analysis;
import io.parley.analysis.ParetoPoint;
import io.parley.analysis.SolutionConcept;
import io.parley.report.Canvas.Pen;
import io.parley.report.Canvas.Shape;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The marks of an analysis in the utility plane of two of its parties, drawn the same in every
 * figure: the Pareto frontier and the bargaining solutions.
 */
final class UtilityMarks {
  private UtilityMarks() {}

  /**
   * The analysis's Pareto frontier projected onto parties {@code xIndex} and {@code yIndex}: one
   * marker (class {@code pareto}) of {@code radius} pixels per point, joined by a line when there
   * are only two parties (a projection of more is not a curve). Draws nothing when the frontier was
   * not computed.
   */
  static void frontier(
      Canvas canvas, PlotArea area, Analysis analysis, int xIndex, int yIndex, double radius) {
    List<ParetoPoint> points = analysis.pareto().orElse(List.of());
    if (points.isEmpty()) {
      return;
    }
    double[][] projected = new double[points.size()][];
    for (int i = 0; i < projected.length; i++) {
      List<Double> utilities = points.get(i).utilities();
      projected[i] = new double[] {utilities.get(xIndex), utilities.get(yIndex)};
    }
    if (analysis.parties().size() == 2) {
      var sorted = projected.clone();
      Arrays.sort(
          sorted, Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> -p[1]));
      double[] xs = new double[sorted.length];
      double[] ys = new double[sorted.length];
      for (int i = 0; i < sorted.length; i++) {
        xs[i] = area.px(sorted[i][0]);
        ys[i] = area.py(sorted[i][1]);
      }
      canvas.polyline(xs, ys, Pen.solid(FRONTIER, 1.5));
    }
    for (double[] point : projected) {
      canvas.marker(
          "pareto",
          Shape.CIRCLE,
          area.px(point[0]),
          area.py(point[1]),
          radius,
          FRONTIER,
          Pen.solid(INK, 0.5));
    }
  }

  /**
   * The marker (class {@code solution <key>}) of a bargaining solution whose utilities, in the
   * analysis's party order, are {@code utilities}.
   */
  static void solution(
      Canvas canvas,
      PlotArea area,
      SolutionConcept concept,
      List<Double> utilities,
      int xIndex,
      int yIndex) {
    canvas.marker(
        "solution " + concept.key(),
        FigureStyle.shape(concept),
        area.px(utilities.get(xIndex)),
        area.py(utilities.get(yIndex)),
        6,
        FigureStyle.colour(concept),
        Pen.solid(INK, 1));
  }
}
