package io.parley.protocol;

import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Request;

/**
 * The move a stepped {@link Mechanism} waits for: the seat's agent answered the mechanism's request
 * with {@link MoveNotReady} (its move comes from outside the run, as an {@link
 * ExternalNegotiator}'s or an {@link ExternalMediator}'s does), so the step ended without that move
 * and the next step asks again with an equal request. See {@link Mechanism#awaiting()}.
 */
public sealed interface Awaiting {
  /** The seat whose move the mechanism waits for. */
  String seat();

  /** A negotiator's move, asked with {@code request}. */
  record Act(String seat, Request request) implements Awaiting {}

  /** A mediator's text, asked with {@code request}. */
  record Draft(String seat, DraftRequest request) implements Awaiting {}
}
