package io.parley.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The event store's contract on a real PostgreSQL, named by the environment variable {@code
 * PARLEY_TEST_PG_URL} (such as {@code jdbc:postgresql://127.0.0.1:55432/postgres?user=postgres};
 * {@code .ci/run} starts one and sets it). Each test runs in a schema of its own, created before
 * and dropped after it. Skipped when the variable is not set.
 */
class PostgresEventStoreTest extends EventStoreContract {
  private static final String URL_VARIABLE = "PARLEY_TEST_PG_URL";

  private String schema;
  private StoreLocation location;

  @Override
  @BeforeEach
  void openStore() {
    assumeTrue(
        System.getenv(URL_VARIABLE) != null && !System.getenv(URL_VARIABLE).isBlank(),
        URL_VARIABLE
            + " is not set: skipping the PostgreSQL run of the event store tests (.ci/run starts"
            + " PostgreSQL and sets it)");
    String serverUrl = System.getenv(URL_VARIABLE);
    schema = "parley_test_" + UUID.randomUUID().toString().replace("-", "");
    execute(serverUrl, "CREATE SCHEMA " + schema);
    String separator = serverUrl.contains("?") ? "&" : "?";
    location =
        StoreLocation.of(
            Optional.of(serverUrl + separator + "currentSchema=" + schema),
            java.nio.file.Path.of("."));
    super.openStore();
  }

  @AfterEach
  void dropSchema() {
    if (schema == null) {
      return;
    }
    closeStore();
    execute(System.getenv(URL_VARIABLE), "DROP SCHEMA " + schema + " CASCADE");
  }

  @Override
  StoreLocation location() {
    return location;
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not run '" + sql + "' on " + url + ": " + e.getMessage(), e);
    }
  }
}
