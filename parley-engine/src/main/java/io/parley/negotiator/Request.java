package io.parley.negotiator;

import io.parley.outcome.Outcome;
import java.util.Optional;

/**
 * What the mechanism asks of a negotiator; the closed set of questions.
 *
 * <p>Every request carries the round and the progress {@code t} in [0, 1] towards the deadline (0
 * at the start, 1 at the deadline).
 */
public sealed interface Request permits Request.Turn, Request.Review {

  /** The round, from 1. */
  int round();

  /** Progress towards the deadline, in [0, 1]. */
  double progress();

  /**
   * Alternating offers: your turn. Allowed: {@link Action.Accept} (only when there is a standing
   * offer), {@link Action.Offer}, {@link Action.WalkAway}.
   *
   * @param standingOffer the offer on the table, if any
   * @param offeredBy who made it (empty when there is none)
   */
  record Turn(int round, double progress, Optional<Outcome> standingOffer, String offeredBy)
      implements Request {}

  /**
   * Single negotiating text or shuttle: review this text. Allowed: {@link Action.Accept}, {@link
   * Action.Reject}, {@link Action.Amend}, {@link Action.WalkAway}.
   *
   * @param version the text's version, from 1
   * @param text the complete package under review
   * @param from the mediator who brought it
   */
  record Review(int round, double progress, int version, Outcome text, String from)
      implements Request {}
}
