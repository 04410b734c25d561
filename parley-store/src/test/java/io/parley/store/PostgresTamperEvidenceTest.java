package io.parley.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tamper evidence on a real PostgreSQL ({@link PostgresSchema}); skipped without {@code
 * PARLEY_TEST_PG_URL}.
 */
class PostgresTamperEvidenceTest extends TamperEvidenceContract {
  private PostgresSchema schema;

  @Override
  @BeforeEach
  void openStore() {
    schema = PostgresSchema.create();
    super.openStore();
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      closeStore();
      schema.close();
    }
  }

  @Override
  StoreLocation location() {
    return schema.location();
  }
}
