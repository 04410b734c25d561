package io.parley.store;

/**
 * The event store could not do what was asked: its database refused, failed or could not be
 * reached. The message names the operation, the negotiation where there is one, and the store's
 * location.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
