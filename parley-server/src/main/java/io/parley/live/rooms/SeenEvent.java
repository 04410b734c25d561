package io.parley.live.rooms;

import io.parley.live.events.LiveEvent;
import io.parley.outcome.OutcomeSpace;
import java.time.Instant;

/**
 * A stored event as one viewer may see it, after the {@link Visibility} filter: the event holds
 * only what this viewer may read. Its JSON form is written at the edge ({@code
 * io.parley.live.codec.SeenEventJson}).
 *
 * @param seq the event's sequence number in its negotiation's log
 * @param time when the store accepted it
 * @param actor who caused it: a participant id or {@link Visibility#SYSTEM}
 * @param event the event as this viewer may see it
 * @param space the negotiation's outcome space, for writing the event's outcomes
 */
public record SeenEvent(long seq, Instant time, String actor, LiveEvent event, OutcomeSpace space) {

  /** The event type's wire name. */
  public String type() {
    return event.type().wire();
  }
}
