package io.parley.catalog;

/**
 * A strategy spec that cannot be built, with a message that names what is wrong, where, and what
 * would be accepted. An {@link IllegalArgumentException}, so callers that map bad input to a usage
 * error (exit code 2) need not know it.
 */
public final class SpecException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An error with this complete message. */
  public SpecException(String message) {
    super(message);
  }

  /** An error with this complete message, caused by {@code cause}. */
  public SpecException(String message, Throwable cause) {
    super(message, cause);
  }
}
