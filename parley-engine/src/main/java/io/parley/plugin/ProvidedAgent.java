package io.parley.plugin;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One agent an {@link AgentProvider} publishes.
 *
 * @param name the name to call it by: lower-case letters, digits, '.', '_' or '-', starting with a
 *     letter or digit
 * @param description what it does, in one line
 * @param factory makes a fresh agent for every seat; it must never return a shared instance
 * @param <T> {@link io.parley.negotiator.Negotiator} or {@link io.parley.negotiator.Mediator}
 */
public record ProvidedAgent<T>(String name, String description, Supplier<? extends T> factory) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  /**
   * @throws IllegalArgumentException if the name is not of the form above
   */
  public ProvidedAgent {
    Objects.requireNonNull(factory, "factory");
    description = description == null ? "" : description;
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "agent name '"
              + name
              + "' must be lower-case letters, digits, '.', '_' or '-', starting with a letter or"
              + " digit");
    }
  }

  /** A published agent named {@code name}. */
  public static <T> ProvidedAgent<T> of(
      String name, String description, Supplier<? extends T> factory) {
    return new ProvidedAgent<>(name, description, factory);
  }
}
