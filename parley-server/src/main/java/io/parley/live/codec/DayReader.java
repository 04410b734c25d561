package io.parley.live.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.rules.Command;
import io.parley.live.rules.Move;
import io.parley.live.state.Times;
import java.util.List;
import java.util.Optional;

/**
 * Reads the moves of the mediator's day (issue 16) for the {@link CommandReader}: their bodies'
 * fields, dates (ISO 8601 local date and time) and time zones (IANA ids), checked for form; the
 * rules ({@code DayRules}) decide whether they are allowed now.
 */
final class DayReader {
  private DayReader() {}

  /** Reads a move of the day from its path parameter and body (the {@link CommandReader}'s job). */
  static Command.DayMove read(Move move, Optional<String> pathParameter, ObjectNode body) {
    switch (move) {
      case ADJOURN_SESSION:
        {
          Body b = Body.of(body, "", List.of("resumesAt", "zone", "venue", "reason"));
          String resumesAt = b.text("resumesAt", Body.MAX_NAME);
          String zone = b.text("zone", Body.MAX_NAME);
          Times.checkedLocal(resumesAt, "resumesAt");
          Times.checkedZone(zone, "zone");
          return new Command.AdjournSession(
              resumesAt, zone, b.text("venue", Body.MAX_NAME), b.freeText("reason", Body.MAX_TEXT));
        }
      case RESUME_SESSION:
        {
          Body b = Body.of(body, "", List.of("note"));
          return new Command.ResumeSession(b.freeText("note", Body.MAX_TEXT));
        }
      case SET_DEADLINE:
        {
          Body b = Body.of(body, "", List.of("at", "zone"));
          String at = b.text("at", Body.MAX_NAME);
          String zone = b.text("zone", Body.MAX_NAME);
          Times.checkedLocal(at, "at");
          Times.checkedZone(zone, "zone");
          return new Command.SetDeadline(at, zone);
        }
      case WRITE_NOTE:
        return new Command.WriteNote(
            Body.of(body, "", List.of("text")).text("text", Body.MAX_TEXT));
      case PARAPHRASE_MESSAGE:
        {
          Body b = Body.of(body, "", List.of("to", "text"));
          return new Command.ParaphraseMessage(
              CommandReader.number(pathParameter, "message sequence number", Long.MAX_VALUE),
              b.text("text", Body.MAX_TEXT),
              b.textList("to", 1));
        }
      case RECORD_OUTSIDE_EVENT:
        return new Command.RecordOutsideEvent(
            Body.of(body, "", List.of("text")).text("text", Body.MAX_TEXT));
      case SIGN_AGREEMENT:
        Body.of(body, "", List.of());
        return new Command.SignAgreement();
      default:
        throw new IllegalArgumentException("not a move of the day: " + move);
    }
  }
}
