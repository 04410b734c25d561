package io.parley.cli;

import io.parley.store.StoreLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley verify-log} over a tampered embedded H2 store. */
class H2VerifyLogTamperTest extends VerifyLogTamperContract {
  @TempDir Path data;

  @Override
  StoreLocation location() {
    return StoreLocation.of(Optional.empty(), data);
  }

  @Override
  List<String> storeOptions() {
    return List.of("--data", data.toString());
  }
}
