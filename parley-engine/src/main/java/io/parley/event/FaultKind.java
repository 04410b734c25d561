package io.parley.event;

/** The ways a participant's agent can fail; each ends the run with a failure naming it. */
public enum FaultKind {
  /** It threw an exception. */
  EXCEPTION("exception"),
  /** It did not answer within its time budget. */
  TIMEOUT("timeout"),
  /** It answered with a move the request does not allow, or a value outside the space. */
  INVALID_MOVE("invalid-move");

  private final String key;

  FaultKind(String key) {
    this.key = key;
  }

  /** The name used in outputs. */
  public String key() {
    return key;
  }
}
