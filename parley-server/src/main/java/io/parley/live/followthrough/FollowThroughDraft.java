package io.parley.live.followthrough;

import io.parley.live.events.LiveEvent;
import java.util.List;

/**
 * A follow-through event the rules allow, with who may read it (the recipients of {@code
 * io.parley.live.rooms.Visibility}), before the store numbers and chains it.
 */
public record FollowThroughDraft(LiveEvent event, List<String> recipients) {
  public FollowThroughDraft {
    recipients = List.copyOf(recipients);
  }
}
