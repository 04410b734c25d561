package io.parley.stability;

import java.util.Locale;

/**
 * Which way an option may be moved: an irreversible option can only be taken (N to Y) or only
 * withdrawn (Y to N), as irreversible moves in the graph model (Fang, Hipel and Kilgour 1993).
 */
public enum OptionMoves {
  /** The owner may take and withdraw the option. */
  BOTH,
  /** Once taken the option cannot be withdrawn (N to Y only). */
  TAKE_ONLY,
  /** The option can only be withdrawn (Y to N only), never taken again. */
  WITHDRAW_ONLY;

  /** The spelling in stability files: {@code both}, {@code take-only}, {@code withdraw-only}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the owner may change the option from {@code from} to {@code to} (Y is true). */
  public boolean allows(boolean from, boolean to) {
    if (from == to) {
      return true;
    }
    return to ? this != WITHDRAW_ONLY : this != TAKE_ONLY;
  }
}
