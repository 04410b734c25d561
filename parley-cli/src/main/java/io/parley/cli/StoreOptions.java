package io.parley.cli;

import io.parley.store.LogKeys;
import io.parley.store.StoreException;
import io.parley.store.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * The options that name a store, shared by {@code parley serve}, {@code parley demo} and {@code
 * parley verify-log}: the embedded H2 store in a data directory (the default) or a PostgreSQL
 * database.
 */
final class StoreOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The data directory of the embedded (H2) store; default ${DEFAULT-VALUE} under the"
              + " working directory.")
  Path data = StoreLocation.DEFAULT_DATA_DIRECTORY;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "A PostgreSQL store instead, such as"
              + " jdbc:postgresql://localhost:5432/parley?user=parley&password=...")
  Optional<String> db = Optional.empty();

  @Option(
      names = "--log-key",
      paramLabel = "FILE",
      description =
          "The file of the event log's keys (one base64 key a line, the current first), which seal"
              + " every event; default: the environment variable "
              + LogKeys.VARIABLE
              + ", else (embedded store only) "
              + LogKeys.FILE_NAME
              + " in the data directory, generated on first start.")
  Optional<Path> logKey = Optional.empty();

  /**
   * The event log's keys: from {@code --log-key FILE}, else as {@link LogKeys#resolve} finds them
   * in {@code environment} or the embedded store's data directory.
   *
   * @param create whether to generate the embedded store's key file when it is missing
   * @throws CommandFailure with exit code 2 if a key file or the variable holds no valid key, or no
   *     key is found
   */
  LogKeys logKeys(Map<String, String> environment, boolean create) {
    try {
      if (logKey.isPresent()) {
        if (!Files.isRegularFile(logKey.get())) {
          throw new CommandFailure(ExitCode.USAGE, "--log-key " + logKey.get() + ": no such file");
        }
        return LogKeys.read(logKey.get());
      }
      return LogKeys.resolve(location(), environment, create, new SecureRandom());
    } catch (IllegalArgumentException | StoreException e) {
      throw new CommandFailure(ExitCode.USAGE, e.getMessage());
    }
  }

  /**
   * Checks that at most one store is named.
   *
   * @param dataGiven whether {@code --data} was given (its default cannot tell)
   * @throws CommandFailure with exit code 2 if both {@code --data} and {@code --db} were given
   */
  void check(boolean dataGiven) {
    if (db.isPresent() && dataGiven) {
      throw new CommandFailure(ExitCode.USAGE, "give --data DIR or --db URL, not both");
    }
  }

  /**
   * The store the options name.
   *
   * @throws IllegalArgumentException for a {@code --db} URL of another database than PostgreSQL
   */
  StoreLocation location() {
    return StoreLocation.of(db, data);
  }
}
