package io.parley.tournament;

import java.io.Serializable;

/**
 * A competitor: the name it is reported under and the strategy spec that builds it.
 *
 * <p>The spec is passed unchanged to {@code Strategies.negotiator(spec)} (or {@code
 * Strategies.mediator(spec)} for mediators), so every form that grammar accepts — a shipped name, a
 * BOA combination with parameters, a plug-in — is a competitor.
 *
 * @param name the name in results and reports; unique within a tournament, never blank
 * @param spec the strategy spec; never blank
 */
public record Competitor(String name, String spec) implements Serializable {
  public Competitor {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a competitor's name must not be blank");
    }
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("competitor '" + name + "' has a blank strategy spec");
    }
  }

  /** A competitor named after its spec. */
  public static Competitor of(String spec) {
    return new Competitor(spec, spec);
  }
}
