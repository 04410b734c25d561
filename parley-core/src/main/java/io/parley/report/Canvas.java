package io.parley.report;

import java.awt.Color;

/**
 * Where a figure is drawn, so that it is described once and rendered as SVG text or as a raster
 * image.
 *
 * <p>Coordinates are in pixels, origin at the top left, y growing downwards. Colours carry their
 * opacity in the alpha channel.
 */
interface Canvas {

  /** The shape of a marker. */
  enum Shape {
    CIRCLE,
    SQUARE,
    DIAMOND,
    TRIANGLE
  }

  /** Which point of a text its x coordinate names. */
  enum Anchor {
    START,
    MIDDLE,
    END
  }

  /**
   * How lines are stroked.
   *
   * @param width the line width in pixels; 0 draws nothing
   * @param dashed whether the line is dashed
   */
  record Pen(Color colour, double width, boolean dashed) {
    /** No stroke at all. */
    static final Pen NONE = new Pen(Color.BLACK, 0, false);

    /** A solid pen. */
    static Pen solid(Color colour, double width) {
      return new Pen(colour, width, false);
    }

    /** A dashed pen. */
    static Pen dashed(Color colour, double width) {
      return new Pen(colour, width, true);
    }
  }

  /**
   * How text is set.
   *
   * @param size the font size in pixels
   * @param bold whether the text is bold
   */
  record Font(double size, boolean bold, Color colour) {}

  /** Fills a rectangle whose top left corner is (x, y). */
  void fillRectangle(double x, double y, double width, double height, Color fill);

  /** Outlines a rectangle whose top left corner is (x, y). */
  void strokeRectangle(double x, double y, double width, double height, Pen pen);

  /** Draws a straight line. */
  void line(double x1, double y1, double x2, double y2, Pen pen);

  /** Draws a line through the points (xs[i], ys[i]); both arrays have the same length. */
  void polyline(double[] xs, double[] ys, Pen pen);

  /**
   * Draws one marker centred on (x, y).
   *
   * @param kind what the marker stands for ({@code "outcome feasible"}); SVG writes it as the
   *     element's class, so that readers of the file can find the markers again
   * @param radius half the marker's width, in pixels
   */
  void marker(String kind, Shape shape, double x, double y, double radius, Color fill, Pen outline);

  /** Writes a line of text whose baseline starts, is centred or ends at (x, y). */
  void text(String text, double x, double y, Anchor anchor, Font font);

  /** Writes a line of text turned a quarter anticlockwise, centred on (x, y), reading upwards. */
  void verticalText(String text, double x, double y, Font font);

  /**
   * Opens a group of the drawings up to the matching {@link #endGroup()}; groups nest.
   *
   * @param kind what the group holds ({@code "panel plane"}); SVG writes it as the group's class,
   *     so that readers of the file can find a panel and its frame again; a raster ignores it
   */
  void group(String kind);

  /** Closes the group opened last. */
  void endGroup();
}
