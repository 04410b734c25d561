package io.parley.tournament.output;

/** A results folder that cannot be used as asked: it holds results, or another tournament's. */
public final class ResultsFolderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ResultsFolderException(String message) {
    super(message);
  }
}
