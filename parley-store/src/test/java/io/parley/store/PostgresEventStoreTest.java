package io.parley.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The event store's contract on a real PostgreSQL, named by the environment variable {@code
 * PARLEY_TEST_PG_URL} ({@link PostgresSchema}). Each test runs in a schema of its own, created
 * before and dropped after it. Skipped when the variable is not set.
 */
class PostgresEventStoreTest extends EventStoreContract {
  private PostgresSchema schema;

  @Override
  @BeforeEach
  void openStore() {
    schema = PostgresSchema.create();
    super.openStore();
  }

  @AfterEach
  void dropSchema() {
    if (schema == null) {
      return;
    }
    closeStore();
    schema.close();
  }

  @Override
  StoreLocation location() {
    return schema.location();
  }
}
