package io.parley.store;

/**
 * No log key could be found for a store: a PostgreSQL store without {@value LogKeys#VARIABLE}, or
 * an embedded store without its key file where none may be generated. The message says where keys
 * are looked for.
 */
public final class MissingLogKeyException extends StoreException {
  private static final long serialVersionUID = 1L;

  public MissingLogKeyException(String message) {
    super(message);
  }
}
