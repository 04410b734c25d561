package io.parley.live.state;

import java.util.Locale;

/** Where a live negotiation stands. Only an open negotiation accepts moves. */
public enum Status {
  OPEN,
  AGREED,
  ENDED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
