package io.parley.scenario;

/**
 * A scenario file that cannot be read: malformed, or breaking a rule of the format.
 *
 * <p>The message names the file, the line and column where known, the key path and what was
 * expected: {@code cairo.yaml:14:7: preferences.hamas.weights: weights sum to 0.9, expected 1}.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  /**
   * @param source the file name (or a description of the input)
   * @param line 1-based line, or 0 if unknown
   * @param column 1-based column, or 0 if unknown
   * @param path the key path ({@code preferences.buyer.weights.price}), or empty
   * @param problem what is wrong and what was expected
   */
  public ScenarioException(String source, int line, int column, String path, String problem) {
    super(format(source, line, column, path, problem));
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
  }

  private static String format(String source, int line, int column, String path, String problem) {
    var sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (path != null && !path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(problem).toString();
  }

  /** The file name or input description. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 if unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 if unknown. */
  public int column() {
    return column;
  }

  /** The key path, or an empty string. */
  public String path() {
    return path;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
