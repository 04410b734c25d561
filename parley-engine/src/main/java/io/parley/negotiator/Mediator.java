package io.parley.negotiator;

import io.parley.event.Event;
import io.parley.outcome.Outcome;

/**
 * A mediator's agent: drafts and revises the single negotiating text, and in a shuttle decides what
 * to carry to each party.
 *
 * <p>Called like a {@link Negotiator}: {@link #start} once, {@link #observe} for every event
 * addressed to the mediator, {@link #draft} when a text is due. A mediator that throws, exceeds its
 * time budget or drafts an outcome outside the space ends the run with a failure naming it.
 */
public interface Mediator {

  /** Receives the mediator's context before the first request. */
  default void start(MediatorContext context) {}

  /** Receives an event addressed to this mediator, in sequence order. */
  default void observe(Event event) {}

  /**
   * The text to put to the parties next: the first draft when {@code request.current()} is empty,
   * otherwise a revision (which may equal the current text).
   */
  Outcome draft(DraftRequest request);
}
