package io.parley.server;

import io.parley.store.EventStores;
import io.parley.store.JdbcEventStore;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** The server on the embedded H2 store, {@code parley serve}'s default. */
class H2StoreServerTest extends JdbcServerContract {
  @TempDir Path data;

  @Override
  JdbcEventStore open() {
    return EventStores.open(Optional.empty(), data);
  }
}
