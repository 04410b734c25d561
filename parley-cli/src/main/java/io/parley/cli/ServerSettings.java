package io.parley.cli;

import io.parley.server.ServerOptions;
import io.parley.store.EventStore;
import io.parley.store.EventStores;
import io.parley.store.LogKeys;
import io.parley.store.MemoryEventStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options {@code parley serve} and {@code parley demo} share: where to listen, where to keep
 * the negotiations, and the address people use.
 */
final class ServerSettings {
  /** The environment variable that fixes the console key across restarts. */
  static final String CONSOLE_KEY_VARIABLE = "PARLEY_CONSOLE_KEY";

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "The address to listen on; default ${DEFAULT-VALUE} (this machine only). Put a reverse"
              + " proxy with TLS in front rather than exposing the server directly.")
  String host = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The port to listen on; default ${DEFAULT-VALUE}; 0 for any free port.")
  int port = 8080;

  @Mixin StoreOptions storeOptions;

  @Option(
      names = "--memory",
      description = "Keep negotiations in memory only: they are gone when the server stops.")
  boolean memory;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "The address people reach the server at, such as https://talks.example.org behind a"
              + " reverse proxy; links use it.")
  Optional<String> publicUrl = Optional.empty();

  /**
   * Checks the options that exclude each other.
   *
   * @throws CommandFailure with exit code 2 for conflicting options
   */
  void check(boolean dataGiven) {
    if (memory && (storeOptions.db.isPresent() || dataGiven)) {
      throw new CommandFailure(2, "give --memory, or --data DIR, or --db URL, not several");
    }
    storeOptions.check(dataGiven);
    if (port < 0 || port > 65535) {
      throw new CommandFailure(2, "--port " + port + " is outside 0..65535");
    }
  }

  /**
   * Opens (creating it if needed) the store the options name, keyed as {@link StoreOptions#logKeys}
   * says (generating the embedded store's key file on first start).
   */
  EventStore openStore(Map<String, String> environment) {
    if (memory) {
      return new MemoryEventStore();
    }
    LogKeys keys = storeOptions.logKeys(environment, true);
    return EventStores.open(storeOptions.location(), Clock.systemUTC(), keys);
  }

  /** Where the negotiations are kept, in words. */
  String storeDescription() {
    return memory ? "memory (gone when the server stops)" : storeOptions.location().description();
  }

  /** The server's options with the console key from the environment, else a fresh random one. */
  ServerOptions options(Map<String, String> environment) {
    String key = environment.get(CONSOLE_KEY_VARIABLE);
    if (key == null || key.isBlank()) {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    } else if (key.length() < 16) {
      throw new CommandFailure(
          2, CONSOLE_KEY_VARIABLE + " must have at least 16 characters; it has " + key.length());
    }
    return new ServerOptions(host, port, publicUrl, key);
  }
}
