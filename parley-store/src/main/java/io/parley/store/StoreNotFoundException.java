package io.parley.store;

/**
 * There is no event store where one was to be opened for reading: no H2 database file in the data
 * directory, or a database without Parley's tables.
 */
public final class StoreNotFoundException extends StoreException {
  private static final long serialVersionUID = 1L;

  public StoreNotFoundException(String message) {
    super(message);
  }
}
