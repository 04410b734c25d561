package io.parley.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * A throw-away schema on the PostgreSQL named by the environment variable {@value #URL_VARIABLE}
 * (such as {@code jdbc:postgresql://127.0.0.1:55432/postgres?user=postgres}; {@code .ci/run} starts
 * one and sets it): created by {@link #create}, dropped by {@link #close}. Creating one skips the
 * calling test when the variable is not set.
 */
public final class PostgresSchema implements AutoCloseable {
  public static final String URL_VARIABLE = "PARLEY_TEST_PG_URL";

  private final String serverUrl;
  private final String name;
  private final StoreLocation location;

  private PostgresSchema(String serverUrl, String name) {
    this.serverUrl = serverUrl;
    this.name = name;
    String separator = serverUrl.contains("?") ? "&" : "?";
    this.location =
        StoreLocation.of(
            Optional.of(serverUrl + separator + "currentSchema=" + name), Path.of("."));
  }

  /** A new, empty schema, or the test skipped if no PostgreSQL is named. */
  public static PostgresSchema create() {
    String url = System.getenv(URL_VARIABLE);
    assumeTrue(
        url != null && !url.isBlank(),
        URL_VARIABLE
            + " is not set: skipping the PostgreSQL run of the event store tests (.ci/run starts"
            + " PostgreSQL and sets it)");
    PostgresSchema schema =
        new PostgresSchema(url, "parley_test_" + UUID.randomUUID().toString().replace("-", ""));
    execute(url, "CREATE SCHEMA " + schema.name);
    return schema;
  }

  /** The store's location in this schema. */
  public StoreLocation location() {
    return location;
  }

  @Override
  public void close() {
    execute(serverUrl, "DROP SCHEMA " + name + " CASCADE");
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
