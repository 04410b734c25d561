package io.parley.live.state;

import io.parley.live.events.Verdict;
import io.parley.negotiator.Amendment;
import java.util.List;

/**
 * A party's answer to one text version.
 *
 * @param seq the event's sequence number
 * @param party who answered
 * @param version the text version answered
 * @param verdict accept, reject or amend
 * @param amendments the proposed changes (issue and value positions, reason)
 * @param reason the party's reason in plain words (may be empty)
 * @param robot whether a robot seat answered
 */
public record Response(
    long seq,
    String party,
    int version,
    Verdict verdict,
    List<Amendment> amendments,
    String reason,
    boolean robot) {
  public Response {
    amendments = List.copyOf(amendments);
  }
}
