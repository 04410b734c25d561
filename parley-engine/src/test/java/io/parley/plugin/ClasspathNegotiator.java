package io.parley.plugin;

import io.parley.negotiator.Action;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;

/** A negotiator on the test classpath, named by {@code class:} in tests: offers (mid, fast, 3). */
public class ClasspathNegotiator implements Negotiator {
  @Override
  public Action act(Request request) {
    return request instanceof Request.Turn turn && turn.standingOffer().isPresent()
        ? Action.accept()
        : Action.offer(Outcome.of(1, 1, 2));
  }
}
