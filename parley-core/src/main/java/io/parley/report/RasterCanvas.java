package io.parley.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A {@link Canvas} that paints on an RGB image with Java2D. Needs no display: callers run with
 * {@code java.awt.headless=true} (the {@code parley} launcher and the build set it).
 */
final class RasterCanvas implements Canvas {
  private final BufferedImage image;
  private final Graphics2D graphics;

  /** A white image of the given size in pixels. */
  RasterCanvas(int width, int height) {
    image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    graphics = image.createGraphics();
    graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    graphics.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, width, height);
  }

  /** The finished image; nothing may be drawn afterwards. */
  BufferedImage finish() {
    graphics.dispose();
    return image;
  }

  @Override
  public void fillRectangle(double x, double y, double width, double height, Color fill) {
    graphics.setColor(fill);
    graphics.fill(new Rectangle2D.Double(x, y, width, height));
  }

  @Override
  public void strokeRectangle(double x, double y, double width, double height, Pen pen) {
    if (use(pen)) {
      graphics.draw(new Rectangle2D.Double(x, y, width, height));
    }
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, Pen pen) {
    if (use(pen)) {
      graphics.draw(new Line2D.Double(x1, y1, x2, y2));
    }
  }

  @Override
  public void polyline(double[] xs, double[] ys, Pen pen) {
    if (xs.length == 0 || !use(pen)) {
      return;
    }
    var path = new Path2D.Double();
    path.moveTo(xs[0], ys[0]);
    for (int i = 1; i < xs.length; i++) {
      path.lineTo(xs[i], ys[i]);
    }
    graphics.draw(path);
  }

  @Override
  public void marker(
      String kind, Shape shape, double x, double y, double radius, Color fill, Pen outline) {
    java.awt.Shape outlineShape =
        switch (shape) {
          case CIRCLE -> new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
          case SQUARE -> new Rectangle2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
          case DIAMOND -> {
            double r = radius * 1.3;
            yield polygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y});
          }
          case TRIANGLE -> {
            double r = radius * 1.3;
            yield polygon(
                new double[] {x, x + r * 0.866, x - r * 0.866},
                new double[] {y - r, y + r * 0.5, y + r * 0.5});
          }
        };
    graphics.setColor(fill);
    graphics.fill(outlineShape);
    if (use(outline)) {
      graphics.draw(outlineShape);
    }
  }

  @Override
  public void text(String text, double x, double y, Anchor anchor, Font font) {
    use(font);
    double width = graphics.getFontMetrics().getStringBounds(text, graphics).getWidth();
    double left =
        switch (anchor) {
          case START -> x;
          case MIDDLE -> x - width / 2;
          case END -> x - width;
        };
    graphics.drawString(text, (float) left, (float) y);
  }

  @Override
  public void verticalText(String text, double x, double y, Font font) {
    var saved = graphics.getTransform();
    graphics.rotate(-Math.PI / 2, x, y);
    text(text, x, y, Anchor.MIDDLE, font);
    graphics.setTransform(saved);
  }

  private boolean use(Pen pen) {
    if (pen.width() <= 0) {
      return false;
    }
    graphics.setColor(pen.colour());
    Stroke stroke =
        pen.dashed()
            ? new BasicStroke(
                (float) pen.width(),
                BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER,
                10f,
                new float[] {6f, 4f},
                0f)
            : new BasicStroke((float) pen.width());
    graphics.setStroke(stroke);
    return true;
  }

  private void use(Font font) {
    graphics.setColor(font.colour());
    graphics.setFont(
        new java.awt.Font(
                java.awt.Font.SANS_SERIF, font.bold() ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1)
            .deriveFont((float) font.size()));
  }

  private static Path2D polygon(double[] xs, double[] ys) {
    var path = new Path2D.Double();
    path.moveTo(xs[0], ys[0]);
    for (int i = 1; i < xs.length; i++) {
      path.lineTo(xs[i], ys[i]);
    }
    path.closePath();
    return path;
  }

  /** Groups only structure SVG files; a raster has nothing to record. */
  @Override
  public void group(String kind) {}

  @Override
  public void endGroup() {}
}
