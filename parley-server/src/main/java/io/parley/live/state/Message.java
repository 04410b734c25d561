package io.parley.live.state;

import io.parley.live.rooms.Visibility;
import java.util.List;
import java.util.OptionalLong;

/**
 * A message: from a mediator to chosen participants, from a participant to the mediators, or a
 * participant's message the mediators released (forwarded) to others.
 *
 * @param seq the event's sequence number
 * @param from who wrote it
 * @param to who receives it ({@link Visibility#MEDIATOR} for the mediation team)
 * @param text the message
 * @param released for a forwarded message, the sequence number of the original
 * @param paraphrase whether the text is the mediators' paraphrase of the original
 */
public record Message(
    long seq,
    String from,
    List<String> to,
    String text,
    OptionalLong released,
    boolean paraphrase) {
  public Message {
    to = List.copyOf(to);
  }

  /** A message in its writer's own words. */
  public Message(long seq, String from, List<String> to, String text, OptionalLong released) {
    this(seq, from, to, text, released, false);
  }
}
