package io.parley.live.events;

import io.parley.live.rooms.Visibility;
import io.parley.live.rules.Rulebook;
import java.util.List;

/**
 * An event the {@link Rulebook} allows, before the store numbers and chains it.
 *
 * @param recipients who may read it (see {@link Visibility})
 */
public record EventDraft(LiveEvent event, List<String> recipients) {
  public EventDraft {
    recipients = List.copyOf(recipients);
  }

  public EventType type() {
    return event.type();
  }
}
