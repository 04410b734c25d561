package io.parley.live;

import io.parley.live.events.EventType;
import io.parley.live.events.LiveEvent;
import java.util.List;

/**
 * An event the {@link Rulebook} allows, before the store numbers and chains it.
 *
 * @param recipients who may read it (see {@link Visibility})
 */
record EventDraft(LiveEvent event, List<String> recipients) {
  EventDraft {
    recipients = List.copyOf(recipients);
  }

  EventType type() {
    return event.type();
  }
}
