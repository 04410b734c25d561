package io.parley.live;

import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** Scenarios for the server's tests: the repository's examples, and random ones. */
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

  /**
   * A random scenario: parties p0.., issues i0.. of values v0.., random weights, scores and
   * reservations in [0.3, 0.8], and now and then a red line; with a mediator {@code m} when asked.
   */
  public static String randomYaml(
      Random random, int parties, int issues, int values, boolean withMediator) {
    StringBuilder yaml = new StringBuilder("name: random\nparties:\n");
    if (withMediator) {
      yaml.append("  - {id: m, role: mediator}\n");
    }
    for (int p = 0; p < parties; p++) {
      yaml.append("  - {id: p").append(p).append(", role: party}\n");
    }
    yaml.append("issues:\n");
    for (int i = 0; i < issues; i++) {
      yaml.append("  - id: i").append(i).append("\n    values: [");
      for (int v = 0; v < values; v++) {
        yaml.append(v == 0 ? "" : ", ").append("v").append(v);
      }
      yaml.append("]\n");
    }
    yaml.append("preferences:\n");
    for (int p = 0; p < parties; p++) {
      yaml.append("  p").append(p).append(":\n    weights: {");
      int[] raw = new int[issues];
      int sum = 0;
      for (int i = 0; i < issues; i++) {
        raw[i] = 1 + random.nextInt(9);
        sum += raw[i];
      }
      double left = 1.0;
      for (int i = 0; i < issues; i++) {
        double w = i == issues - 1 ? left : Math.round(1e6 * raw[i] / sum) / 1e6;
        left -= w;
        yaml.append(i == 0 ? "" : ", ")
            .append("i")
            .append(i)
            .append(": ")
            .append(String.format(Locale.ROOT, "%.6f", Math.max(0, w)));
      }
      yaml.append("}\n    values:\n");
      for (int i = 0; i < issues; i++) {
        yaml.append("      i").append(i).append(": {");
        for (int v = 0; v < values; v++) {
          yaml.append(v == 0 ? "" : ", ")
              .append("v")
              .append(v)
              .append(": ")
              .append(String.format(Locale.ROOT, "%.2f", random.nextDouble()));
        }
        yaml.append("}\n");
      }
      yaml.append(
          String.format(Locale.ROOT, "    reservation: %.2f%n", 0.3 + 0.5 * random.nextDouble()));
      if (issues >= 2 && random.nextInt(4) == 0) {
        yaml.append("    red_lines:\n      - forbid: {i0: [v0]}\n");
      }
    }
    return yaml.toString();
  }

  /** {@link #randomYaml} without a mediator, read. */
  public static Scenario random(Random random, int parties, int issues, int values) {
    return ScenarioReader.parse(
        "random", randomYaml(random, parties, issues, values, false), false);
  }
}
