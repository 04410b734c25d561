package io.parley.report;

import io.parley.analysis.SolutionConcept;
import io.parley.report.Canvas.Font;
import io.parley.report.Canvas.Shape;
import java.awt.Color;
import java.util.Locale;

/** The colours, fonts and marker shapes every Parley figure shares, so that figures match. */
final class FigureStyle {
  static final Color FEASIBLE = new Color(0x4c, 0x72, 0xb0, 150);
  static final Color INFEASIBLE = new Color(0xb4, 0xb4, 0xb4, 110);
  static final Color FRONTIER = new Color(0xdd, 0x84, 0x52);
  static final Color RESERVATION = new Color(0x55, 0x55, 0x55);
  static final Color GRID = new Color(0xea, 0xea, 0xea);
  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color MUTED = new Color(0x66, 0x66, 0x66);

  static final Font TITLE = new Font(16, true, INK);
  static final Font LABEL = new Font(13, false, INK);
  static final Font SMALL = new Font(11, false, MUTED);
  static final Font LEGEND = new Font(12, false, INK);
  static final Font SOLUTION = new Font(11, true, INK);

  /** Colours told apart also by readers with the common colour-vision deficiencies. */
  private static final Color[] PARTIES = {
    new Color(0x00, 0x72, 0xb2),
    new Color(0x00, 0x9e, 0x73),
    new Color(0xcc, 0x79, 0xa7),
    new Color(0x56, 0xb4, 0xe9),
    new Color(0x44, 0x44, 0x44),
    new Color(0xe6, 0x9f, 0x00),
    new Color(0x7b, 0x32, 0x94),
    new Color(0xd5, 0x5e, 0x00)
  };

  private FigureStyle() {}

  /** The marker shape of a bargaining solution. */
  static Shape shape(SolutionConcept concept) {
    return switch (concept) {
      case NASH -> Shape.DIAMOND;
      case KALAI -> Shape.SQUARE;
      case UTILITARIAN -> Shape.TRIANGLE;
      case EGALITARIAN -> Shape.CIRCLE;
    };
  }

  /** The marker colour of a bargaining solution. */
  static Color colour(SolutionConcept concept) {
    return switch (concept) {
      case NASH -> new Color(0xc4, 0x4e, 0x52);
      case KALAI -> new Color(0x81, 0x72, 0xb3);
      case UTILITARIAN -> new Color(0x55, 0xa8, 0x68);
      case EGALITARIAN -> new Color(0xe6, 0xc2, 0x29);
    };
  }

  /** The colour of the party at {@code index} in the analysis's order; colours repeat after 8. */
  static Color party(int index) {
    return PARTIES[index % PARTIES.length];
  }

  /** A utility with two decimals, as figures label it. */
  static String utility(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
