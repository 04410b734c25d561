package io.parley.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.store.StoredEvent;

/**
 * A stored event with its payload parsed once. Only the {@link Visibility} filter turns it into
 * something a participant reads.
 *
 * @param stored the event as the store holds it
 * @param payload its payload, parsed; never handed out without going through {@link Visibility}
 */
record LoggedEvent(StoredEvent stored, ObjectNode payload) {
  static LoggedEvent of(StoredEvent stored) {
    return new LoggedEvent(stored, Json.parseStored(stored.payload()));
  }

  long seq() {
    return stored.sequence();
  }

  String type() {
    return stored.type();
  }

  String actor() {
    return stored.actor();
  }
}
