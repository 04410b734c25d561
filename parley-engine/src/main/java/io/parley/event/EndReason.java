package io.parley.event;

/** Why a negotiation ended without agreement. */
public enum EndReason {
  /** The deadline passed. */
  DEADLINE("deadline"),
  /** A participant walked away. */
  WALK_AWAY("walk-away"),
  /** A participant failed: threw, ran out of time or made an invalid move. */
  FAILURE("failure");

  private final String key;

  EndReason(String key) {
    this.key = key;
  }

  /** The name used in outputs. */
  public String key() {
    return key;
  }
}
