package io.parley.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One strategy or component of the catalog: what {@code parley run --strategies} lists.
 *
 * @param kind what it builds
 * @param name its name in specs
 * @param description what it does, in one line, with its source
 * @param parameters its parameters, in order
 */
public record CatalogEntry(Kind kind, String name, String description, List<Parameter> parameters) {
  public CatalogEntry {
    parameters = List.copyOf(parameters);
    if (description.contains("\n")) {
      throw new IllegalArgumentException("the description of " + name + " is not one line");
    }
  }

  /** {@code time-dependent(e=0.2, window=0.05)}, or the bare name without parameters. */
  public String signature() {
    if (parameters.isEmpty()) {
      return name;
    }
    return name
        + parameters.stream()
            .map(Parameter::withDefault)
            .collect(Collectors.joining(", ", "(", ")"));
  }
}
