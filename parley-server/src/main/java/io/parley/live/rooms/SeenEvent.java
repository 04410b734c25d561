package io.parley.live.rooms;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.Json;
import io.parley.live.events.EventCodec;
import io.parley.live.events.LiveEvent;
import io.parley.outcome.OutcomeSpace;
import java.time.Instant;

/**
 * A stored event as one viewer may see it, after the {@link Visibility} filter: the event holds
 * only what this viewer may read.
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

  /** The event's data in the API's form ({@link EventCodec}). */
  public ObjectNode payload() {
    return EventCodec.encode(event, space);
  }

  /** The API form: {@code {"seq", "time", "type", "actor", "payload"}}. */
  public ObjectNode toJson() {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("seq", seq);
    node.put("time", time.toString());
    node.put("type", type());
    node.put("actor", actor);
    node.set("payload", payload());
    return node;
  }
}
