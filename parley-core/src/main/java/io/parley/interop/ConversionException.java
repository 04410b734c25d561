package io.parley.interop;

/**
 * A scenario that cannot be written in the requested format without changing its numbers: the
 * message says what (which party, which issue) and why, and what would work instead.
 */
public final class ConversionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming what cannot be written and why. */
  public ConversionException(String message) {
    super(message);
  }
}
