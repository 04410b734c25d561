package io.parley.negotiator;

import io.parley.event.Event;

/**
 * A party's negotiating agent.
 *
 * <p>The mechanism calls {@link #start} once, then {@link #observe} with every event addressed to
 * this party (and only those), and {@link #act} whenever the protocol asks this party to move.
 * Calls come from one thread at a time. A negotiator that throws, exceeds its time budget or
 * answers with a move the request does not allow is isolated: the run ends with a failure naming
 * its party.
 */
public interface Negotiator {

  /** Receives this party's context before the first request. */
  default void start(NegotiatorContext context) {}

  /** Receives an event addressed to this party, in sequence order. */
  default void observe(Event event) {}

  /**
   * Answers a request.
   *
   * @return a move the request allows; never null
   */
  Action act(Request request);
}
