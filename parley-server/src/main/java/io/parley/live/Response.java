package io.parley.live;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Locale;

/**
 * A party's answer to one text version.
 *
 * @param seq the event's sequence number
 * @param party who answered
 * @param version the text version answered
 * @param verdict accept, reject or amend
 * @param amendments the proposed changes, in the API's form ({@code [{"issue","value","reason"}]})
 * @param reason the party's reason in plain words (may be empty)
 * @param robot whether a robot seat answered
 */
record Response(
    long seq,
    String party,
    int version,
    Verdict verdict,
    ArrayNode amendments,
    String reason,
    boolean robot) {

  /** What a party says to a text. */
  enum Verdict {
    ACCEPT,
    REJECT,
    AMEND;

    String wire() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Verdict fromWire(String text) {
      for (Verdict verdict : values()) {
        if (verdict.wire().equals(text)) {
          return verdict;
        }
      }
      throw LiveException.badInput(
          "field 'verdict' is '" + text + "'; expected accept, reject or amend");
    }
  }
}
