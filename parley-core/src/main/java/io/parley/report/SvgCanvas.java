package io.parley.report;

import static io.parley.report.Markup.escape;
import static io.parley.report.Markup.hex;
import static io.parley.report.Markup.opacity;
import static io.parley.report.Markup.pixels;

import java.awt.Color;

/** A {@link Canvas} that writes SVG 1.1 text. */
final class SvgCanvas implements Canvas {
  private final StringBuilder svg = new StringBuilder(1 << 16);
  private boolean finished;
  private int depth;

  /**
   * Starts a drawing of the given size in pixels.
   *
   * @param standalone whether the result is a file of its own (XML declaration and namespace) or is
   *     placed inline in an HTML page, where neither is needed
   * @param title the drawing's accessible title
   */
  SvgCanvas(int width, int height, boolean standalone, String title) {
    if (standalone) {
      svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" ");
    } else {
      svg.append("<svg ");
    }
    svg.append("width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" font-family=\"Helvetica, Arial, sans-serif\" role=\"img\">\n");
    svg.append("<title>").append(escape(title)).append("</title>\n");
  }

  /** The finished SVG text; nothing may be drawn afterwards. */
  String finish() {
    if (!finished) {
      if (depth > 0) {
        throw new IllegalStateException(depth + " SVG group(s) left open");
      }
      svg.append("</svg>\n");
      finished = true;
    }
    return svg.toString();
  }

  @Override
  public void fillRectangle(double x, double y, double width, double height, Color fill) {
    open("rect");
    attribute("x", pixels(x)).attribute("y", pixels(y));
    attribute("width", pixels(width)).attribute("height", pixels(height));
    fill(fill).close();
  }

  @Override
  public void strokeRectangle(double x, double y, double width, double height, Pen pen) {
    open("rect");
    attribute("x", pixels(x)).attribute("y", pixels(y));
    attribute("width", pixels(width)).attribute("height", pixels(height));
    attribute("fill", "none").stroke(pen).close();
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, Pen pen) {
    open("line");
    attribute("x1", pixels(x1)).attribute("y1", pixels(y1));
    attribute("x2", pixels(x2)).attribute("y2", pixels(y2));
    stroke(pen).close();
  }

  @Override
  public void polyline(double[] xs, double[] ys, Pen pen) {
    open("polyline");
    attribute("points", points(xs, ys)).attribute("fill", "none").stroke(pen).close();
  }

  @Override
  public void marker(
      String kind, Shape shape, double x, double y, double radius, Color fill, Pen outline) {
    switch (shape) {
      case CIRCLE -> {
        open("circle");
        attribute("class", escape(kind));
        attribute("cx", pixels(x)).attribute("cy", pixels(y)).attribute("r", pixels(radius));
      }
      case SQUARE -> {
        open("rect");
        attribute("class", escape(kind));
        attribute("x", pixels(x - radius)).attribute("y", pixels(y - radius));
        attribute("width", pixels(2 * radius)).attribute("height", pixels(2 * radius));
      }
      case DIAMOND -> {
        double r = radius * 1.3;
        open("polygon");
        attribute("class", escape(kind));
        attribute(
            "points", points(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y}));
      }
      case TRIANGLE -> {
        double r = radius * 1.3;
        open("polygon");
        attribute("class", escape(kind));
        attribute(
            "points",
            points(
                new double[] {x, x + r * 0.866, x - r * 0.866},
                new double[] {y - r, y + r * 0.5, y + r * 0.5}));
      }
    }
    fill(fill).stroke(outline).close();
  }

  @Override
  public void text(String text, double x, double y, Anchor anchor, Font font) {
    open("text");
    attribute("x", pixels(x)).attribute("y", pixels(y));
    if (anchor != Anchor.START) {
      attribute("text-anchor", anchor == Anchor.MIDDLE ? "middle" : "end");
    }
    font(font);
    svg.append('>').append(escape(text)).append("</text>\n");
  }

  @Override
  public void verticalText(String text, double x, double y, Font font) {
    open("text");
    attribute("x", pixels(x)).attribute("y", pixels(y)).attribute("text-anchor", "middle");
    attribute("transform", "rotate(-90 " + pixels(x) + ' ' + pixels(y) + ')');
    font(font);
    svg.append('>').append(escape(text)).append("</text>\n");
  }

  @Override
  public void group(String kind) {
    open("g");
    attribute("class", escape(kind));
    svg.append(">\n");
    depth++;
  }

  @Override
  public void endGroup() {
    if (depth == 0) {
      throw new IllegalStateException("no SVG group is open");
    }
    depth--;
    svg.append("</g>\n");
  }

  private SvgCanvas open(String element) {
    if (finished) {
      throw new IllegalStateException("the SVG drawing is finished");
    }
    svg.append('<').append(element);
    return this;
  }

  private SvgCanvas attribute(String name, String value) {
    svg.append(' ').append(name).append("=\"").append(value).append('"');
    return this;
  }

  private SvgCanvas fill(Color colour) {
    attribute("fill", hex(colour));
    if (colour.getAlpha() < 255) {
      attribute("fill-opacity", opacity(colour));
    }
    return this;
  }

  private SvgCanvas stroke(Pen pen) {
    if (pen.width() <= 0) {
      return this;
    }
    attribute("stroke", hex(pen.colour())).attribute("stroke-width", pixels(pen.width()));
    if (pen.colour().getAlpha() < 255) {
      attribute("stroke-opacity", opacity(pen.colour()));
    }
    if (pen.dashed()) {
      attribute("stroke-dasharray", "6 4");
    }
    return this;
  }

  private void font(Font font) {
    attribute("font-size", pixels(font.size()));
    if (font.bold()) {
      attribute("font-weight", "bold");
    }
    fill(font.colour());
  }

  private void close() {
    svg.append("/>\n");
  }

  private static String points(double[] xs, double[] ys) {
    var sb = new StringBuilder(xs.length * 12);
    for (int i = 0; i < xs.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(pixels(xs[i])).append(',').append(pixels(ys[i]));
    }
    return sb.toString();
  }
}
