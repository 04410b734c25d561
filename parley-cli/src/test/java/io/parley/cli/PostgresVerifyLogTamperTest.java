package io.parley.cli;

import io.parley.store.PostgresSchema;
import io.parley.store.StoreLocation;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@code parley verify-log} over a tampered PostgreSQL store; skipped without {@code
 * PARLEY_TEST_PG_URL}.
 */
class PostgresVerifyLogTamperTest extends VerifyLogTamperContract {
  private PostgresSchema schema;

  @Override
  @BeforeEach
  void fillStore() {
    schema = PostgresSchema.create();
    super.fillStore();
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

  @Override
  List<String> storeOptions() {
    return List.of("--db", schema.location().jdbcUrl());
  }
}
