package io.parley.catalog;

/**
 * A parameter of a strategy or component.
 *
 * @param name the key, as in {@code e=0.2}
 * @param defaultValue its value when not given, as it would be written
 * @param description what it means, with its range, in one line
 */
public record Parameter(String name, String defaultValue, String description) {
  /** {@code e=0.2}. */
  public String withDefault() {
    return name + "=" + defaultValue;
  }
}
