package io.parley.report;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The file formats a {@link UtilityPlot} or a {@link RunChart} is written in, chosen by the file's
 * extension.
 */
public enum PlotFormat {
  /** Scalable vector graphics, written as text. */
  SVG(".svg"),
  /** A raster image in the PNG format. */
  PNG(".png");

  private final String extension;

  PlotFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, with its dot. */
  public String extension() {
    return extension;
  }

  /**
   * The format a file name asks for; the extension is matched ignoring case.
   *
   * @throws IllegalArgumentException if the name ends neither in {@code .svg} nor in {@code .png}
   */
  public static PlotFormat of(Path file) {
    Path name = file.getFileName();
    String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    for (PlotFormat format : values()) {
      if (text.endsWith(format.extension)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "plot file '" + file + "' must end in .svg or .png to choose the format");
  }
}
