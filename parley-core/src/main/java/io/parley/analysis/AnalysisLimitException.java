package io.parley.analysis;

/**
 * A figure that cannot be computed exactly within Parley's stated limits (memory or time); the
 * message says which figure, how large the problem is and what the limit is.
 */
public final class AnalysisLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming the figure and the limit. */
  public AnalysisLimitException(String message) {
    super(message);
  }
}
