package io.parley.server;

import io.parley.store.PostgresSchema;
import io.parley.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The server's start-time check on a tampered PostgreSQL store; skipped without {@code
 * PARLEY_TEST_PG_URL}.
 */
class PostgresTamperedStoreTest extends TamperedStoreContract {
  private PostgresSchema schema;

  @BeforeEach
  void createSchema() {
    schema = PostgresSchema.create();
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      schema.close();
    }
  }

  @Override
  StoreLocation location() {
    return schema.location();
  }
}
