package io.parley.live;

import java.util.List;

/**
 * A session the mediators scheduled: where and when the talks meet, and who attends.
 *
 * @param seq the event's sequence number
 * @param attendance the participants expected to attend
 */
record ScheduledSession(long seq, String name, String venue, String date, List<String> attendance) {
  ScheduledSession {
    attendance = List.copyOf(attendance);
  }
}
