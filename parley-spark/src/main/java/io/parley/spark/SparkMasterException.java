package io.parley.spark;

/**
 * A Spark master that is malformed, cannot be reached, or gives the tournament no executor in time.
 * The command line reports it with exit code 2, before anything is written to the results folder.
 */
public final class SparkMasterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SparkMasterException(String message) {
    super(message);
  }

  public SparkMasterException(String message, Throwable cause) {
    super(message, cause);
  }
}
