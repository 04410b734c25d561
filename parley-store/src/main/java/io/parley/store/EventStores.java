package io.parley.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Opens event stores: the embedded H2 file database in a data directory by default, PostgreSQL by a
 * {@code jdbc:postgresql:} URL. Opening migrates the database's schema with Flyway (the scripts in
 * {@code db/migration}) and seals the logs of schema version 1 ({@link LegacySealing}); {@link
 * #openExisting} only reads and never creates a store. Every store is keyed ({@link LogKeys}):
 * given keys, or those {@link LogKeys#resolve} finds (the environment variable {@value
 * LogKeys#VARIABLE}, else the embedded store's key file, generated on first use).
 */
public final class EventStores {
  private static final int POOL_SIZE = 8;
  private static final long CONNECTION_TIMEOUT_MILLIS = 10_000;
  private static final int H2_FILE_IN_USE = 90020;
  private static final int H2_DATABASE_NOT_FOUND = 90146;

  private EventStores() {}

  /**
   * {@link #open(Optional, Path, Clock)} with the system's UTC clock and the keys {@link
   * LogKeys#resolve} finds.
   */
  public static JdbcEventStore open(Optional<String> jdbcUrl, Path dataDirectory) {
    return open(jdbcUrl, dataDirectory, Clock.systemUTC());
  }

  /**
   * Opens, creating it if missing, the store at {@code jdbcUrl} or, when there is none, the H2
   * database {@code <dataDirectory>/parley.mv.db} (creating the directory), and brings its schema
   * up to date.
   *
   * @param clock the source of event times
   * @throws IllegalArgumentException if {@code jdbcUrl} is not a {@code jdbc:postgresql:} URL
   * @throws StoreException if the database cannot be reached, created or migrated (for H2 also when
   *     another process has the file open)
   */
  public static JdbcEventStore open(Optional<String> jdbcUrl, Path dataDirectory, Clock clock) {
    return open(StoreLocation.of(jdbcUrl, dataDirectory), clock);
  }

  /**
   * Opens, creating it if missing, the store at {@code location} with the keys {@link
   * LogKeys#resolve} finds in the process's environment or (generating it) the data directory.
   *
   * @throws StoreException also if no key can be found (PostgreSQL without {@value
   *     LogKeys#VARIABLE})
   */
  public static JdbcEventStore open(StoreLocation location, Clock clock) {
    createDirectory(location);
    return open(
        location, clock, LogKeys.resolve(location, System.getenv(), true, new SecureRandom()));
  }

  /**
   * Opens, creating it if missing, the store at {@code location}, sealing with {@code keys}'
   * current key and verifying with all of them; see {@link #open(Optional, Path, Clock)}.
   */
  public static JdbcEventStore open(StoreLocation location, Clock clock, LogKeys keys) {
    createDirectory(location);
    HikariDataSource dataSource = pool(location, location.jdbcUrl());
    try {
      flyway(dataSource).migrate();
    } catch (FlywayException e) {
      dataSource.close();
      throw new StoreException(
          "could not bring the schema of " + location + " up to date: " + e.getMessage(), e);
    }
    try {
      LegacySealing.run(dataSource, keys);
    } catch (SQLException | RuntimeException e) {
      dataSource.close();
      throw new StoreException(
          "could not seal the logs of " + location + " with the log key: " + e.getMessage(), e);
    }
    return new JdbcEventStore(dataSource, location, clock, keys);
  }

  private static void createDirectory(StoreLocation location) {
    if (location.dataDirectory().isPresent()) {
      Path directory = location.dataDirectory().get();
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        throw new StoreException("could not create the data directory " + directory + ": " + e, e);
      }
    }
  }

  /**
   * Opens the store at {@code jdbcUrl} or in {@code dataDirectory} for reading (and verifying),
   * never creating one. Appending to the returned store uses the system clock.
   *
   * @throws IllegalArgumentException if {@code jdbcUrl} is not a {@code jdbc:postgresql:} URL
   * @throws StoreNotFoundException if there is no H2 database file in {@code dataDirectory}, or the
   *     database has no Parley tables
   * @throws StoreException if the database cannot be reached, or its schema is older than this
   *     version of Parley expects (opening it with {@link #open} migrates it)
   */
  public static JdbcEventStore openExisting(Optional<String> jdbcUrl, Path dataDirectory) {
    StoreLocation location = StoreLocation.of(jdbcUrl, dataDirectory);
    return openExisting(
        location, () -> LogKeys.resolve(location, System.getenv(), false, new SecureRandom()));
  }

  /**
   * {@link #openExisting(Optional, Path)} verifying with {@code keys}.
   *
   * @throws StoreNotFoundException if there is no store at {@code location}
   */
  public static JdbcEventStore openExisting(StoreLocation location, LogKeys keys) {
    return openExisting(location, () -> keys);
  }

  /** Opens the existing store, resolving its keys once it is known to be a Parley store. */
  private static JdbcEventStore openExisting(StoreLocation location, Supplier<LogKeys> keys) {
    if (!location.mayExist()) {
      throw new StoreNotFoundException(
          "no event store in "
              + location.dataDirectory().orElseThrow()
              + ": there is no "
              + location.databaseFile().orElseThrow().getFileName()
              + " there");
    }
    String url = location.embedded() ? location.jdbcUrl() + ";IFEXISTS=TRUE" : location.jdbcUrl();
    HikariDataSource dataSource = pool(location, url);
    try {
      MigrationInfoService migrations = flyway(dataSource).info();
      if (migrations.applied().length == 0) {
        throw new StoreNotFoundException(
            "no event store in " + location + ": the database has no Parley tables");
      }
      if (migrations.pending().length > 0) {
        throw new StoreException(
            "the schema of "
                + location
                + " is at version "
                + migrations.current().getVersion()
                + ", older than this version of Parley expects: open it for writing once to"
                + " migrate it");
      }
    } catch (FlywayException e) {
      dataSource.close();
      throw new StoreException(
          "could not read the schema version of " + location + ": " + e.getMessage(), e);
    } catch (StoreException e) {
      dataSource.close();
      throw e;
    }
    try {
      return new JdbcEventStore(dataSource, location, Clock.systemUTC(), keys.get());
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  private static Flyway flyway(HikariDataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .loggers("slf4j")
        .load();
  }

  private static HikariDataSource pool(StoreLocation location, String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("parley-store");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw connectionFailure(location, e);
    }
  }

  private static StoreException connectionFailure(StoreLocation location, RuntimeException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    if (cause instanceof SQLException) {
      SQLException sql = (SQLException) cause;
      if (location.embedded() && sql.getErrorCode() == H2_DATABASE_NOT_FOUND) {
        return new StoreNotFoundException("no event store in " + location);
      }
      if (location.embedded() && sql.getErrorCode() == H2_FILE_IN_USE) {
        return new StoreException(
            "could not open "
                + location
                + ": another process has it open (a running parley server?); stop it or give"
                + " another --data directory",
            e);
      }
    }
    return new StoreException("could not connect to " + location + ": " + cause.getMessage(), e);
  }
}
