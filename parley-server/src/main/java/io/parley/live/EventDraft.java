package io.parley.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An event the {@link Rulebook} allows, before the store numbers and chains it.
 *
 * @param recipients who may read it (see {@link Visibility})
 */
record EventDraft(EventType type, List<String> recipients, ObjectNode payload) {
  EventDraft {
    recipients = List.copyOf(recipients);
  }
}
