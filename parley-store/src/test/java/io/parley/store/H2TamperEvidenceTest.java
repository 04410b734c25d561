package io.parley.store;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** Tamper evidence on the embedded H2 database. */
class H2TamperEvidenceTest extends TamperEvidenceContract {
  @TempDir Path dataDirectory;

  @Override
  StoreLocation location() {
    return StoreLocation.of(Optional.empty(), dataDirectory);
  }
}
