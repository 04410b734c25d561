package io.parley.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Example scenarios from the repository's examples folder, for the live package's tests. */
public final class TestScenarios {
  private TestScenarios() {}

  /** The text of example scenario {@code name}. */
  public static String example(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no examples folder above " + Path.of("").toAbsolutePath());
    }
    try {
      return Files.readString(dir.resolve("examples").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
