package io.parley.live.state;

import java.util.List;

/**
 * A session the mediators scheduled: where and when the talks meet, and who attends.
 *
 * @param seq the event's sequence number
 * @param attendance the participants expected to attend
 */
public record ScheduledSession(
    long seq, String name, String venue, String date, List<String> attendance) {
  public ScheduledSession {
    attendance = List.copyOf(attendance);
  }
}
