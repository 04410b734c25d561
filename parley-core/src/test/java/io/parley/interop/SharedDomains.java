package io.parley.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared test domains: walking up from the working directory, the first {@code
 * shared/domains} beside an ancestor ({@code ../shared/domains} of the repository root). Tests that
 * need them are skipped when the folder is absent.
 */
final class SharedDomains {
  private static final Optional<Path> ROOT = locate();

  private SharedDomains() {}

  private static Optional<Path> locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("domains");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The domain directory {@code name}; skips the test if the shared domains are absent. */
  static Path dir(String name) {
    assumeTrue(
        ROOT.isPresent(),
        "shared/domains not found above " + Path.of("").toAbsolutePath() + "; skipping");
    Path dir = ROOT.get().resolve(name);
    assumeTrue(Files.isDirectory(dir), dir + " is absent; skipping");
    return dir;
  }

  /** The file {@code file} of domain directory {@code name}. */
  static Path file(String name, String file) {
    return dir(name).resolve(file);
  }
}
