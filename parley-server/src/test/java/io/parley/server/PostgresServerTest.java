package io.parley.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.store.EventStores;
import io.parley.store.JdbcEventStore;
import io.parley.store.LogKeys;
import io.parley.store.StoreLocation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The server on a real PostgreSQL named by {@code PARLEY_TEST_PG_URL} ({@code .ci/run} starts one
 * and sets it), each test in a schema of its own. Skipped when the variable is not set.
 */
class PostgresServerTest extends JdbcServerContract {
  private static final String URL_VARIABLE = "PARLEY_TEST_PG_URL";
  private static final LogKeys KEYS = LogKeys.generate(new SplittableRandom(2026));
  private String schema;

  @BeforeEach
  void createSchema() {
    String url = System.getenv(URL_VARIABLE);
    assumeTrue(
        url != null && !url.isBlank(),
        URL_VARIABLE + " is not set: skipping the server's PostgreSQL tests");
    schema = "parley_server_" + UUID.randomUUID().toString().replace("-", "");
    execute(url, "CREATE SCHEMA " + schema);
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      execute(System.getenv(URL_VARIABLE), "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Override
  JdbcEventStore open() {
    String url = System.getenv(URL_VARIABLE);
    String separator = url.contains("?") ? "&" : "?";
    return EventStores.open(
        StoreLocation.of(Optional.of(url + separator + "currentSchema=" + schema), Path.of(".")),
        Clock.systemUTC(),
        KEYS);
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run '" + sql + "': " + e.getMessage(), e);
    }
  }
}
