package io.parley.scenario;

import java.util.Locale;

/** What a participant does in a negotiation. Only {@link #PARTY} has preferences. */
public enum Role {
  PARTY,
  MEDIATOR,
  GUARANTOR,
  OBSERVER;

  /** The name used in scenario files: {@code party}, {@code mediator}, ... */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
