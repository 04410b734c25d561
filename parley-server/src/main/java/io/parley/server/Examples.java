package io.parley.server;

import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The example scenarios built into the server (copied from the repository's {@code examples} folder
 * at build time): the console offers them, and {@code parley demo} runs one.
 */
public final class Examples {
  /** The built-in examples' ids, in the order offered. */
  public static final List<String> IDS =
      List.of("cairo-2024-phased", "cairo-2024", "supplier", "job-offer");

  /** One example: its id, and the scenario's name and description. */
  public record Example(String id, String name, String description) {}

  private Examples() {}

  /** The scenario text of example {@code id}, if there is one by that id. */
  public static Optional<String> text(String id) {
    if (!IDS.contains(id)) {
      return Optional.empty();
    }
    try (InputStream in = Examples.class.getResourceAsStream("examples/" + id + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("example " + id + " is missing from the server's jar");
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every example, with its scenario's name and description. */
  public static List<Example> all() {
    return IDS.stream()
        .map(
            id -> {
              Scenario scenario = ScenarioReader.parse(id + ".yaml", text(id).orElseThrow(), false);
              return new Example(id, scenario.name(), scenario.description());
            })
        .toList();
  }
}
