package io.parley.live;

import java.util.Locale;

/** Where a live negotiation stands. Only an open negotiation accepts moves. */
public enum Status {
  OPEN,
  AGREED,
  ENDED;

  String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
