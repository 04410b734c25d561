package io.parley.protocol;

import io.parley.negotiator.Action;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.Request;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A party's seat whose moves come from outside the run: each {@link #act} takes the next move
 * {@linkplain #supply supplied}, in order, and throws {@link MoveNotReady} when none is waiting, so
 * that a stepped mechanism {@linkplain Mechanism#awaiting() waits} for it. A run stepped this way
 * makes the same events as a run in which an agent on the seat made the same moves. Not
 * thread-safe: supply between steps, on the stepping thread.
 */
public final class ExternalNegotiator implements Negotiator {
  private final Deque<Action> moves = new ArrayDeque<>();

  /** Queues the seat's next move. */
  public void supply(Action move) {
    if (move == null) {
      throw new IllegalArgumentException("a supplied move must not be null");
    }
    moves.addLast(move);
  }

  /** The moves supplied and not yet taken. */
  public int waiting() {
    return moves.size();
  }

  @Override
  public Action act(Request request) {
    if (moves.isEmpty()) {
      throw new MoveNotReady("no move supplied for " + request);
    }
    return moves.removeFirst();
  }
}
