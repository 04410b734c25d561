package io.parley.server;

import io.parley.store.StoreLocation;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** The server's start-time check on a tampered embedded H2 store. */
class H2TamperedStoreTest extends TamperedStoreContract {
  @TempDir Path data;

  @Override
  StoreLocation location() {
    return StoreLocation.of(Optional.empty(), data);
  }
}
