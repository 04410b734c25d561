package io.parley.tournament.run;

import io.parley.negotiator.Action;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.Request;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@code class:} plug-in that holds a resource: it counts how often seats of its kind are closed,
 * and walks away when asked to move.
 */
public final class ClosableNegotiator implements Negotiator, AutoCloseable {
  static final AtomicInteger CLOSED = new AtomicInteger();
  static final AtomicInteger MADE = new AtomicInteger();

  public ClosableNegotiator() {
    MADE.incrementAndGet();
  }

  @Override
  public Action act(Request request) {
    return new Action.WalkAway("a test seat that only walks away");
  }

  @Override
  public void close() {
    CLOSED.incrementAndGet();
  }
}
