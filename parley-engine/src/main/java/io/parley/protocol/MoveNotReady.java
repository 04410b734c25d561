package io.parley.protocol;

/**
 * Thrown by an agent whose moves come from outside the run (a person, another process's log) when
 * the mechanism asks it for a move that has not come yet. It is not a fault: the mechanism's step
 * ends at once, keeps the events it made before the request, and reports the seat it waits for in
 * {@link Mechanism#awaiting()}; the next step asks the same seat again. An agent must throw it
 * before it changes any state of its own, so that asking again is safe.
 */
public final class MoveNotReady extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The signal, with {@code why} it is not ready (for logs). */
  public MoveNotReady(String why) {
    super(why, null, false, false);
  }
}
