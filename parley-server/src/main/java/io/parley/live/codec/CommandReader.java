package io.parley.live.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.LiveException;
import io.parley.live.events.Verdict;
import io.parley.live.input.InputText;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Command;
import io.parley.live.rules.Move;
import io.parley.live.rules.Rulebook;
import io.parley.live.state.Negotiation;
import io.parley.live.suggest.Suggestions;
import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a move's request — path parameter and JSON body — into a {@link Command}, checking its
 * form: only known fields, of the right types, with issue values the issues have and numbers in
 * range. It does not look at whether the move is allowed now; the {@link Rulebook} does.
 */
public final class CommandReader {
  private CommandReader() {}

  /**
   * Reads {@code move}.
   *
   * @param pathParameter the path's own parameter (a version, a sequence number or a participant),
   *     when the move's path has one
   * @param body the body without its {@code clientId}
   */
  public static Command read(
      Move move,
      Optional<String> pathParameter,
      ObjectNode body,
      Negotiation state,
      Viewer viewer) {
    OutcomeSpace space = state.space();
    switch (move) {
      case REVOKE:
        Body.of(body, "", List.of());
        return new Command.Revoke(pathParameter.orElseThrow());
      case DRAFT_TEXT:
        {
          Body b = Body.of(body, "", List.of("outcome", "note"));
          if (!b.has("outcome")) {
            throw LiveException.badInput("missing field 'outcome'");
          }
          return new Command.DraftText(
              OutcomeCodec.read(b.raw("outcome"), space, "outcome"),
              b.freeText("note", Body.MAX_TEXT));
        }
      case RELEASE_TEXT:
        {
          Body b = Body.of(body, "", List.of("to"));
          return new Command.ReleaseText(
              (int) number(pathParameter, "text version", Integer.MAX_VALUE), b.textList("to", 1));
        }
      case SEND_MESSAGE:
        {
          if (viewer.isMediator()) {
            Body b = Body.of(body, "", List.of("to", "text"));
            return new Command.SendMessage(b.textList("to", 1), b.text("text", Body.MAX_TEXT));
          }
          Body b = Body.of(body, "", List.of("text"));
          return new Command.SendMessage(List.of(), b.text("text", Body.MAX_TEXT));
        }
      case RELEASE_MESSAGE:
        {
          Body b = Body.of(body, "", List.of("to"));
          return new Command.ReleaseMessage(
              number(pathParameter, "message sequence number", Long.MAX_VALUE),
              b.textList("to", 1));
        }
      case SCHEDULE_SESSION:
        {
          Body b = Body.of(body, "", List.of("name", "venue", "date", "attendance"));
          return new Command.ScheduleSession(
              b.text("name", Body.MAX_NAME),
              b.text("venue", Body.MAX_NAME),
              b.text("date", Body.MAX_NAME),
              b.textList("attendance", 0));
        }
      case ADJOURN:
        {
          Body b = Body.of(body, "", List.of("until", "reason"));
          return new Command.Adjourn(
              b.text("until", Body.MAX_NAME), b.freeText("reason", Body.MAX_TEXT));
        }
      case SUGGEST:
        Body.of(body, "", List.of());
        return new Command.Suggest();
      case RELEASE_SUGGESTION:
        {
          Body b = Body.of(body, "", List.of("to", "package"));
          String name = b.text("package", Body.MAX_NAME);
          if (!Suggestions.PACKAGES.containsKey(name)) {
            throw LiveException.badInput(
                "field 'package' is '"
                    + name
                    + "'; expected one of "
                    + String.join(", ", Suggestions.ORDER));
          }
          return new Command.ReleaseSuggestion(
              number(pathParameter, "suggestion sequence number", Long.MAX_VALUE),
              name,
              b.textList("to", 1));
        }
      case ASSIGN_SEAT:
        {
          Body b = Body.of(body, "", List.of("participant", "strategy"));
          return new Command.AssignSeat(
              b.text("participant", Body.MAX_NAME), b.text("strategy", Body.MAX_NAME));
        }
      case RECORD_AGREEMENT:
        {
          Body b = Body.of(body, "", List.of("version"));
          return new Command.RecordAgreement((int) b.integer("version", 1, Integer.MAX_VALUE));
        }
      case END:
        {
          Body b = Body.of(body, "", List.of("reason"));
          return new Command.End(b.freeText("reason", Body.MAX_TEXT));
        }
      case RESPOND:
        return respond(body, space);
      case CONFIDE:
        return new Command.Confide(ConfidingJson.confiding(space, body));
      // follow-through (issue 17)
      case RECORD_VOTE:
        {
          Body b = Body.of(body, "", List.of("ratifier", "vote", "note"));
          return new Command.RecordVote(
              b.text("ratifier", Body.MAX_NAME),
              choice(b, "vote", "accept", "reject"),
              b.freeText("note", Body.MAX_TEXT));
        }
      case PROPOSE_IMPROVEMENT:
        Body.of(body, "", List.of());
        return new Command.ProposeImprovement();
      case ANSWER_IMPROVEMENT:
        return new Command.AnswerImprovement(
            choice(Body.of(body, "", List.of("answer")), "answer", "accept", "keep"));
      case BEGIN_IMPLEMENTATION:
        Body.of(body, "", List.of());
        return new Command.BeginImplementation();
      case REPORT_STEP:
        return new Command.ReportStep(
            step(pathParameter),
            Body.of(body, "", List.of("note")).freeText("note", Body.MAX_TEXT));
      case VERIFY_STEP:
        return new Command.VerifyStep(
            step(pathParameter),
            Body.of(body, "", List.of("note")).freeText("note", Body.MAX_TEXT));
      case DISPUTE_STEP:
        return new Command.DisputeStep(
            step(pathParameter),
            Body.of(body, "", List.of("reason")).text("reason", Body.MAX_TEXT));
      case RESOLVE_DISPUTE:
        {
          Body b = Body.of(body, "", List.of("resolution", "note"));
          return new Command.ResolveDispute(
              step(pathParameter),
              choice(b, "resolution", "verified", "redo"),
              b.freeText("note", Body.MAX_TEXT));
        }
      case DECLARE_BREACH:
        return new Command.DeclareBreach(
            step(pathParameter),
            Body.of(body, "", List.of("reason")).text("reason", Body.MAX_TEXT));
      case ADJOURN_SESSION: // the mediator's day (issue 16)
      case RESUME_SESSION:
      case SET_DEADLINE:
      case WRITE_NOTE:
      case PARAPHRASE_MESSAGE:
      case RECORD_OUTSIDE_EVENT:
      case SIGN_AGREEMENT:
        return DayReader.read(move, pathParameter, body);
      case INVITE:
      default:
        throw new IllegalArgumentException("no reader for move " + move);
    }
  }

  /** The participant an invitation body names: {@code {"participant": PID}}. */
  public static String invitee(ObjectNode body) {
    return Body.of(body, "", List.of("participant")).text("participant", Body.MAX_NAME);
  }

  private static Command.Respond respond(ObjectNode body, OutcomeSpace space) {
    Body b = Body.of(body, "", List.of("version", "verdict", "amendments", "reason"));
    int version = (int) b.integer("version", 1, Integer.MAX_VALUE);
    String verdictText = b.text("verdict", Body.MAX_NAME);
    Verdict verdict =
        Verdict.fromWire(verdictText)
            .orElseThrow(
                () ->
                    LiveException.badInput(
                        "field 'verdict' is '"
                            + verdictText
                            + "'; expected accept, reject or amend"));
    List<Command.AmendmentInput> amendments = new ArrayList<>();
    List<JsonNode> items = b.array("amendments");
    Set<Integer> issues = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String where = "amendments[" + i + "]";
      Body item = Body.of(items.get(i), where, List.of("issue", "value", "reason"));
      String issueId = item.text("issue", Body.MAX_NAME);
      int position = OutcomeCodec.position(space, issueId, item.path("issue"));
      if (!item.has("value")) {
        throw LiveException.badInput("missing field '" + item.path("value") + "'");
      }
      int value = OutcomeCodec.value(space.issue(position), item.raw("value"), item.path("value"));
      if (!issues.add(position)) {
        throw LiveException.badInput(
            "field '" + where + "' amends issue '" + issueId + "' a second time");
      }
      amendments.add(
          new Command.AmendmentInput(position, value, item.freeText("reason", Body.MAX_TEXT)));
    }
    if (verdict == Verdict.AMEND && amendments.isEmpty()) {
      throw LiveException.badInput(
          "verdict 'amend' needs at least one entry in 'amendments' ({issue, value, reason})");
    }
    if (verdict == Verdict.ACCEPT && !amendments.isEmpty()) {
      throw LiveException.badInput(
          "verdict 'accept' takes no amendments; use verdict 'amend' to propose changes, or"
              + " 'reject' to reject the text with the changes you would need");
    }
    return new Command.Respond(version, verdict, amendments, b.freeText("reason", Body.MAX_TEXT));
  }

  /** Whether the text field {@code field} is {@code yes}; it must be {@code yes} or {@code no}. */
  private static boolean choice(Body b, String field, String yes, String no) {
    String value = b.text(field, Body.MAX_NAME);
    if (!value.equals(yes) && !value.equals(no)) {
      throw LiveException.badInput(
          "field '" + field + "' is '" + value + "'; expected " + yes + " or " + no);
    }
    return value.equals(yes);
  }

  /** The step id the path names. */
  private static String step(Optional<String> pathParameter) {
    String id = pathParameter.orElseThrow();
    InputText.name(id, "the path's step");
    if (id.isEmpty() || id.length() > Body.MAX_NAME) {
      throw LiveException.badInput(
          "the path names a step id of "
              + id.length()
              + " characters; expected 1 to "
              + Body.MAX_NAME);
    }
    return id;
  }

  static long number(Optional<String> text, String what, long max) {
    String value = text.orElseThrow();
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw LiveException.badInput(
          "the path names " + what + " '" + value + "'; expected a positive integer");
    }
    if (number < 1 || number > max) {
      throw LiveException.badInput(
          "the path names " + what + " " + number + "; expected a positive integer");
    }
    return number;
  }
}
