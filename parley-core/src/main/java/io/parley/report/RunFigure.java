package io.parley.report;

import static io.parley.report.FigureStyle.FRONTIER;
import static io.parley.report.FigureStyle.INK;
import static io.parley.report.FigureStyle.LABEL;
import static io.parley.report.FigureStyle.LEGEND;
import static io.parley.report.FigureStyle.SMALL;
import static io.parley.report.FigureStyle.TITLE;

import io.parley.analysis.Analysis;
import io.parley.analysis.SolutionConcept;
import io.parley.report.Canvas.Anchor;
import io.parley.report.Canvas.Pen;
import io.parley.report.Canvas.Shape;
import io.parley.report.RunChart.Move;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Describes the figure of a {@link RunChart} once, for any {@link Canvas}: a timeline panel (one
 * line per party) above one utility-plane panel per pair of parties.
 *
 * <p>Every panel is an SVG group: {@code panel timeline} holds one group {@code utility party-<i>}
 * per party, whose polyline has a vertex per drawn move; each {@code panel plane} holds markers
 * {@code offer sender-<i>} (or {@code sender-none} for a mediator's text) per drawn move, in move
 * order, for parties {@code x-<i> y-<j>} named in the panel's class. Each panel's frame is its one
 * rectangle without fill.
 */
final class RunFigure {
  private static final double LEFT = 70;
  private static final double TIMELINE_TOP = 100;
  private static final double TIMELINE_WIDTH = 580;
  private static final double TIMELINE_HEIGHT = 220;
  private static final Color MEDIATOR = new Color(0x77, 0x77, 0x77);
  private static final Color AGREEMENT = Color.BLACK;

  private final RunChart chart;
  private final Optional<Analysis> analysis;
  private final List<String> parties;
  private final RunChart.View view;
  private final PairPanels panels;
  private final double side;
  private final double planeTop;
  private final double legendX;
  private final int width;
  private final int height;

  RunFigure(RunChart chart, RunChart.View view) {
    this.chart = chart;
    this.analysis = chart.analysis();
    this.parties = chart.parties();
    this.view = view;
    int n = parties.size();
    boolean timeline = view == RunChart.View.TIMELINE_AND_PLANE;
    planeTop = timeline ? TIMELINE_TOP + TIMELINE_HEIGHT + 100 : TIMELINE_TOP;
    panels = new PairPanels(n, LEFT, planeTop);
    side = panels.side();
    double panelsRight = panels.right();
    legendX = (timeline ? LEFT + TIMELINE_WIDTH : panelsRight) + 30;
    width = (int) Math.ceil(Math.max(panelsRight, legendX + 200) + 20);
    double legendBottom = TIMELINE_TOP + 20 * (n + 6) + 40;
    height = (int) Math.ceil(Math.max(panels.bottom(), legendBottom));
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  void draw(Canvas canvas) {
    canvas.fillRectangle(0, 0, width, height, Color.WHITE);
    titles(canvas);
    if (view == RunChart.View.TIMELINE_AND_PLANE) {
      timeline(canvas);
    }
    if (panels.size() > 0) {
      canvas.text("Moves in the utility plane", LEFT, planeTop - 40, Anchor.START, LABEL);
    }
    for (int p = 0; p < panels.size(); p++) {
      int[] pair = panels.pair(p);
      plane(canvas, panels.area(p), pair[0], pair[1]);
    }
    legend(canvas);
  }

  private void titles(Canvas canvas) {
    canvas.text(chart.scenario().name(), LEFT, 26, Anchor.START, TITLE);
    long count = chart.moveCount();
    boolean texts = chart.moves().stream().allMatch(Move::text) && count > 0;
    String what =
        texts ? (count == 1 ? "text version" : "text versions") : count == 1 ? "offer" : "offers";
    canvas.text(
        chart.ending() + "; " + count + " " + what + " in " + chart.lastRound() + " rounds",
        LEFT,
        46,
        Anchor.START,
        SMALL);
    if (chart.thinned()) {
      canvas.text(
          "Thinned to keep the figure small: every "
              + ordinal(chart.stride())
              + " of the "
              + count
              + " moves and the last, "
              + chart.drawnCount()
              + " drawn.",
          LEFT,
          62,
          Anchor.START,
          SMALL);
    }
  }

  private void timeline(Canvas canvas) {
    var area =
        new PlotArea(LEFT, TIMELINE_TOP, TIMELINE_WIDTH, TIMELINE_HEIGHT, 0, chart.lastRound());
    canvas.group("panel timeline");
    canvas.text("Each party's utility of every move", LEFT, TIMELINE_TOP - 12, Anchor.START, LABEL);
    area.countsAcross(canvas);
    area.utilityAxis(canvas);
    List<Move> moves = chart.moves();
    for (int party = 0; party < parties.size(); party++) {
      Color colour = FigureStyle.party(party);
      area.reservationAcross(
          canvas, chart.reservations().get(party), Pen.dashed(translucent(colour, 160), 1), false);
      double[] xs = new double[moves.size()];
      double[] ys = new double[moves.size()];
      for (int i = 0; i < moves.size(); i++) {
        xs[i] = area.px(chart.position(moves.get(i)));
        ys[i] = area.py(moves.get(i).utilities()[party]);
      }
      canvas.group("utility party-" + party);
      if (moves.size() == 1) {
        canvas.marker("move", Shape.CIRCLE, xs[0], ys[0], 2.5, colour, Pen.NONE);
      } else if (!moves.isEmpty()) {
        canvas.polyline(xs, ys, Pen.solid(colour, 1.5));
      }
      canvas.endGroup();
      int at = party;
      chart
          .agreement()
          .ifPresent(
              u ->
                  agreementMark(
                      canvas, area.px(chart.lastRound()), area.py(u[at]), "agreement party-" + at));
    }
    area.frame(canvas);
    canvas.text("round", area.left() + area.width() / 2, area.bottom() + 40, Anchor.MIDDLE, LABEL);
    canvas.verticalText("utility", LEFT - 48, TIMELINE_TOP + TIMELINE_HEIGHT / 2, LABEL);
    canvas.endGroup();
  }

  private void plane(Canvas canvas, PlotArea area, int x, int y) {
    canvas.group("panel plane x-" + x + " y-" + y);
    area.utilityAcross(canvas);
    area.utilityAxis(canvas);
    Pen dashed = PlotArea.reservationPen();
    boolean labelled = panels.large();
    area.reservationUpwards(canvas, chart.reservations().get(x), dashed, labelled);
    area.reservationAcross(canvas, chart.reservations().get(y), dashed, labelled);
    analysis.ifPresent(a -> UtilityMarks.frontier(canvas, area, a, x, y, 2.5));
    traces(canvas, area, x, y);
    analysis
        .flatMap(a -> a.solution(SolutionConcept.NASH))
        .ifPresent(
            nash ->
                UtilityMarks.solution(canvas, area, SolutionConcept.NASH, nash.utilities(), x, y));
    chart
        .agreement()
        .ifPresent(u -> agreementMark(canvas, area.px(u[x]), area.py(u[y]), "agreement"));
    area.frame(canvas);
    canvas.text(
        "utility of " + name(x), area.left() + side / 2, area.bottom() + 38, Anchor.MIDDLE, SMALL);
    canvas.verticalText("utility of " + name(y), area.left() - 40, area.top() + side / 2, SMALL);
    canvas.endGroup();
  }

  /** Each sender's moves joined in order by a faint line, then one marker per move in order. */
  private void traces(Canvas canvas, PlotArea area, int x, int y) {
    List<Move> moves = chart.moves();
    for (int sender = -1; sender < parties.size(); sender++) {
      List<double[]> points = new ArrayList<>();
      for (Move move : moves) {
        if (move.sender() == sender) {
          points.add(new double[] {area.px(move.utilities()[x]), area.py(move.utilities()[y])});
        }
      }
      if (points.size() > 1) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
          xs[i] = points.get(i)[0];
          ys[i] = points.get(i)[1];
        }
        canvas.polyline(xs, ys, Pen.solid(translucent(senderColour(sender), 90), 1));
      }
    }
    for (Move move : moves) {
      canvas.marker(
          "offer sender-" + (move.sender() < 0 ? "none" : Integer.toString(move.sender())),
          move.text() ? Shape.SQUARE : Shape.CIRCLE,
          area.px(move.utilities()[x]),
          area.py(move.utilities()[y]),
          3,
          translucent(senderColour(move.sender()), 200),
          Pen.NONE);
    }
  }

  private void legend(Canvas canvas) {
    double y = TIMELINE_TOP + 10;
    for (int party = 0; party < parties.size(); party++) {
      canvas.line(legendX, y - 4, legendX + 16, y - 4, Pen.solid(FigureStyle.party(party), 2));
      canvas.text(name(party), legendX + 24, y, Anchor.START, LEGEND);
      y += 20;
    }
    if (chart.moves().stream().anyMatch(m -> m.sender() < 0)) {
      canvas.marker("legend", Shape.SQUARE, legendX + 8, y - 4, 4, MEDIATOR, Pen.NONE);
      canvas.text("mediator's text", legendX + 24, y, Anchor.START, LEGEND);
      y += 20;
    }
    canvas.text("colour: whose utility (timeline),", legendX, y, Anchor.START, SMALL);
    canvas.text("who moved (plane)", legendX, y + 14, Anchor.START, SMALL);
    y += 36;
    canvas.line(legendX + 1, y - 4, legendX + 15, y - 4, PlotArea.reservationPen());
    canvas.text("reservation value", legendX + 24, y, Anchor.START, LEGEND);
    y += 20;
    if (analysis.flatMap(Analysis::pareto).isPresent()) {
      canvas.marker("legend", Shape.CIRCLE, legendX + 8, y - 4, 5, FRONTIER, Pen.solid(INK, 0.5));
      canvas.text("Pareto frontier", legendX + 24, y, Anchor.START, LEGEND);
      y += 20;
    }
    if (analysis.flatMap(a -> a.solution(SolutionConcept.NASH)).isPresent()) {
      canvas.marker(
          "legend",
          FigureStyle.shape(SolutionConcept.NASH),
          legendX + 8,
          y - 4,
          5,
          FigureStyle.colour(SolutionConcept.NASH),
          Pen.solid(INK, 1));
      canvas.text("Nash point", legendX + 24, y, Anchor.START, LEGEND);
      y += 20;
    }
    canvas.marker(
        "legend", Shape.CIRCLE, legendX + 8, y - 4, 6, translucent(Color.WHITE, 0), agreementPen());
    canvas.text(
        chart.agreement().isPresent() ? "agreement" : "agreement (none reached)",
        legendX + 24,
        y,
        Anchor.START,
        LEGEND);
    y += 24;
    if (analysis.isEmpty()) {
      canvas.text("No analysis of the scenario:", legendX, y, Anchor.START, SMALL);
      canvas.text("no frontier, no Nash point.", legendX, y + 14, Anchor.START, SMALL);
    } else if (parties.size() > 2 && analysis.get().pareto().isPresent()) {
      canvas.text("Frontier of " + parties.size() + " parties,", legendX, y, Anchor.START, SMALL);
      canvas.text("projected onto each pair.", legendX, y + 14, Anchor.START, SMALL);
    }
  }

  private static void agreementMark(Canvas canvas, double x, double y, String kind) {
    canvas.marker(kind, Shape.CIRCLE, x, y, 7, translucent(Color.WHITE, 0), agreementPen());
  }

  private static Pen agreementPen() {
    return Pen.solid(AGREEMENT, 2.2);
  }

  private String name(int party) {
    return Markup.displayName(chart.scenario(), parties.get(party));
  }

  private static Color senderColour(int sender) {
    return sender < 0 ? MEDIATOR : FigureStyle.party(sender);
  }

  private static Color translucent(Color colour, int alpha) {
    return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
  }

  private static String ordinal(long n) {
    if (n == 2) {
      return "second";
    }
    long lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch ((int) (n % 10)) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
