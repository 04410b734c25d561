package io.parley.cli;

import io.parley.store.StoreLocation;
import java.nio.file.Path;
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
