package io.parley.live.events;

import java.util.Locale;
import java.util.Optional;

/** What a party says to a text version: accept, reject, or amend with reasons. */
public enum Verdict {
  ACCEPT,
  REJECT,
  AMEND;

  /** The name in the log and the API: {@code accept}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The verdict with wire name {@code text}, if any. */
  public static Optional<Verdict> fromWire(String text) {
    for (Verdict verdict : values()) {
      if (verdict.wire().equals(text)) {
        return Optional.of(verdict);
      }
    }
    return Optional.empty();
  }
}
