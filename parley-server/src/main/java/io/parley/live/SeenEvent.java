package io.parley.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A stored event as one viewer may see it, after the {@link Visibility} filter: the payload holds
 * only what this viewer may read. Callers must not change the payload.
 *
 * @param seq the event's sequence number in its negotiation's log
 * @param time when the store accepted it
 * @param type the event type's wire name
 * @param actor who caused it: a participant id or {@link Visibility#SYSTEM}
 * @param payload the event's data as this viewer may see it
 */
public record SeenEvent(long seq, Instant time, String type, String actor, ObjectNode payload) {

  /** The API form: {@code {"seq", "time", "type", "actor", "payload"}}. */
  public ObjectNode toJson() {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("seq", seq);
    node.put("time", time.toString());
    node.put("type", type);
    node.put("actor", actor);
    node.set("payload", payload);
    return node;
  }

  /** This event's type. */
  EventType eventType() {
    return EventType.fromWire(type)
        .orElseThrow(() -> new IllegalStateException("unknown event type '" + type + "'"));
  }
}
