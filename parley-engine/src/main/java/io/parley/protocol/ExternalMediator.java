package io.parley.protocol;

import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.outcome.Outcome;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A mediator's seat whose texts come from outside the run: each {@link #draft} takes the next text
 * {@linkplain #supply supplied}, in order, and throws {@link MoveNotReady} when none is waiting, so
 * that a stepped mechanism {@linkplain Mechanism#awaiting() waits} for it. The mechanism checks a
 * supplied text as it checks an agent's (an outcome outside the space is the seat's fault). Not
 * thread-safe: supply between steps, on the stepping thread.
 */
public final class ExternalMediator implements Mediator {
  private final Deque<Outcome> texts = new ArrayDeque<>();

  /** Queues the seat's next text. */
  public void supply(Outcome text) {
    if (text == null) {
      throw new IllegalArgumentException("a supplied text must not be null");
    }
    texts.addLast(text);
  }

  /** The texts supplied and not yet taken. */
  public int waiting() {
    return texts.size();
  }

  @Override
  public Outcome draft(DraftRequest request) {
    if (texts.isEmpty()) {
      throw new MoveNotReady("no text supplied for " + request);
    }
    return texts.removeFirst();
  }
}
