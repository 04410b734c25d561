package io.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an event store lives: an embedded H2 file database in a data directory (the default, no
 * set-up), or a PostgreSQL database named by a JDBC URL.
 *
 * @param jdbcUrl the JDBC URL the store connects to (for H2 including its settings and user)
 * @param dataDirectory the directory holding the embedded database; empty for PostgreSQL
 */
public record StoreLocation(String jdbcUrl, Optional<Path> dataDirectory) {
  /** The file name, without H2's {@code .mv.db} suffix, of the embedded database. */
  public static final String DATABASE_NAME = "parley";

  /**
   * The data directory used when none is given: {@code parley-data} under the working directory.
   */
  public static final Path DEFAULT_DATA_DIRECTORY = Path.of("parley-data");

  /** What {@link #of} accepts, for messages. */
  static final String ACCEPTED =
      "a PostgreSQL URL such as jdbc:postgresql://host:5432/parley?user=parley,"
          + " or no URL for the embedded H2 database in the data directory";

  /**
   * H2 settings: PostgreSQL compatibility; WRITE_DELAY=0 writes every commit to the file before the
   * commit returns (H2's default would batch commits for up to half a second), so an acknowledged
   * append survives the process being killed; LOCK_TIMEOUT bounds the wait for the negotiation's
   * row lock under contention.
   */
  private static final String H2_SETTINGS =
      ";MODE=PostgreSQL;WRITE_DELAY=0;LOCK_TIMEOUT=30000;USER=sa;PASSWORD=";

  public StoreLocation {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new IllegalArgumentException("store JDBC URL must not be blank");
    }
  }

  /**
   * The store named on a command line: {@code jdbcUrl} when given (which must start with {@code
   * jdbc:postgresql:}), else the embedded H2 database {@code <dataDirectory>/parley.mv.db}.
   *
   * @throws IllegalArgumentException for a URL of another database, naming the URL and what is
   *     accepted
   */
  public static StoreLocation of(Optional<String> jdbcUrl, Path dataDirectory) {
    if (jdbcUrl.isPresent()) {
      String url = jdbcUrl.get().strip();
      if (!url.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException(
            "unsupported database URL '" + redact(url) + "': expected " + ACCEPTED);
      }
      return new StoreLocation(url, Optional.empty());
    }
    Path directory = dataDirectory.toAbsolutePath().normalize();
    String path = directory.resolve(DATABASE_NAME).toString().replace('\\', '/');
    if (path.contains(";")) {
      throw new IllegalArgumentException(
          "data directory " + directory + " contains ';', which an H2 URL cannot carry");
    }
    return new StoreLocation("jdbc:h2:file:" + path + H2_SETTINGS, Optional.of(directory));
  }

  /** Whether this is the embedded H2 database. */
  public boolean embedded() {
    return dataDirectory.isPresent();
  }

  /** The embedded database's file, {@code <dataDirectory>/parley.mv.db}; empty for PostgreSQL. */
  public Optional<Path> databaseFile() {
    return dataDirectory.map(directory -> directory.resolve(DATABASE_NAME + ".mv.db"));
  }

  /**
   * Whether the store has been created here: for H2 whether its file exists; for PostgreSQL always
   * true (only connecting tells).
   */
  public boolean mayExist() {
    return databaseFile().map(Files::isRegularFile).orElse(true);
  }

  /** The location for messages: the H2 file, or the PostgreSQL URL without its password. */
  public String description() {
    return databaseFile()
        .map(file -> "the H2 database " + file)
        .orElseGet(() -> "the PostgreSQL database " + redact(jdbcUrl));
  }

  @Override
  public String toString() {
    return description();
  }

  /** {@code url} with any password replaced by {@code ***}. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("(//[^/@:]+:)[^/@]*@", "$1***@");
  }
}
