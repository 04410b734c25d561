package io.parley.event;

import java.util.List;

/**
 * One immutable step of a negotiation: the single source of truth from which its state is a fold.
 *
 * @param sequence position in the log, from 1, without gaps
 * @param time the injected clock's time in milliseconds when the event was made
 * @param round the round it belongs to (0 before the first round)
 * @param sender the participant that caused it, or {@link #MECHANISM}
 * @param recipients the participants that may see it; the mechanism delivers it to these only
 * @param payload what happened
 */
public record Event(
    long sequence, long time, int round, String sender, List<String> recipients, Payload payload) {

  /** The sender of events the mechanism itself makes (sessions, ends). */
  public static final String MECHANISM = "mechanism";

  public Event {
    recipients = List.copyOf(recipients);
    if (sequence < 1) {
      throw new IllegalArgumentException("event sequence " + sequence + " < 1");
    }
  }

  /** Whether {@code participant} may see this event. */
  public boolean isVisibleTo(String participant) {
    return recipients.contains(participant);
  }

  /** The payload's type name, as written in transcripts. */
  public String type() {
    return payload.type();
  }
}
