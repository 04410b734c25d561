package io.parley.stability;

import java.util.Map;

/**
 * A partial assignment of options: the combinations that give each named option its value.
 * Infeasible combinations and merged (indistinguishable) states are written as patterns.
 *
 * @param values option index to its value (true is Y); not empty
 */
public record OptionPattern(Map<Integer, Boolean> values) {
  public OptionPattern {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a pattern names at least one option");
    }
    values = Map.copyOf(values);
  }

  /** Whether the combination {@code bits} (option k is bit k, 1 is Y) matches the pattern. */
  public boolean matches(long bits) {
    for (var entry : values.entrySet()) {
      if ((((bits >>> entry.getKey()) & 1L) == 1L) != entry.getValue()) {
        return false;
      }
    }
    return true;
  }
}
