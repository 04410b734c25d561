package io.parley.live.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.rooms.SeenEvent;

/** The API's JSON form of an event as one viewer sees it (the event list and the event stream). */
public final class SeenEventJson {
  private SeenEventJson() {}

  /** The event's data in the API's form ({@link EventCodec}). */
  public static ObjectNode payload(SeenEvent seen) {
    return EventCodec.encode(seen.event(), seen.space());
  }

  /** The API form: {@code {"seq", "time", "type", "actor", "payload"}}. */
  public static ObjectNode of(SeenEvent seen) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("seq", seen.seq());
    node.put("time", seen.time().toString());
    node.put("type", seen.type());
    node.put("actor", seen.actor());
    node.set("payload", payload(seen));
    return node;
  }
}
