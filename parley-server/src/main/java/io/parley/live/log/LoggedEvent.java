package io.parley.live.log;

import io.parley.live.codec.EventCodec;
import io.parley.live.events.EventType;
import io.parley.live.events.LiveEvent;
import io.parley.live.rooms.Visibility;
import io.parley.outcome.OutcomeSpace;
import io.parley.store.StoredEvent;

/**
 * A stored event with its payload decoded once into its typed form. Only the {@link Visibility}
 * filter turns it into something a participant reads.
 *
 * @param stored the event as the store holds it
 * @param event its payload, decoded; never handed out without going through {@link Visibility}
 * @param space the negotiation's outcome space, which the event's outcomes are written in
 */
public record LoggedEvent(StoredEvent stored, LiveEvent event, OutcomeSpace space) {
  /**
   * Decodes {@code stored}; {@code space} is the negotiation's, or null for its first event.
   *
   * @throws IllegalArgumentException for an unknown type or a payload not in the log's format
   */
  public static LoggedEvent of(StoredEvent stored, OutcomeSpace space) {
    EventType type =
        EventType.fromWire(stored.type())
            .orElseThrow(
                () -> new IllegalArgumentException("unknown event type '" + stored.type() + "'"));
    if (space == null && type != EventType.NEGOTIATION_CREATED) {
      // Checked before decoding: an event's outcomes cannot be read without the creation's space.
      throw new IllegalArgumentException(
          "event " + stored.sequence() + " comes before the negotiation's creation");
    }
    LiveEvent event = EventCodec.decode(type, stored.payload(), space);
    OutcomeSpace known =
        event instanceof LiveEvent.NegotiationCreated created ? created.space() : space;
    return new LoggedEvent(stored, event, known);
  }

  public long seq() {
    return stored.sequence();
  }

  public EventType type() {
    return event.type();
  }

  public String actor() {
    return stored.actor();
  }
}
