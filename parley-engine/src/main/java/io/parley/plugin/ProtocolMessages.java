package io.parley.plugin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.parley.event.Event;
import io.parley.event.EventJson;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeJson;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Party;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The messages Parley sends to a plug-in process (docs/plugin-protocol.md), each one line of JSON.
 * Outcomes and events use Parley's one JSON form ({@link OutcomeJson}, {@link EventJson}).
 */
final class ProtocolMessages {
  /** The protocol version this side speaks; the agent's {@code ready} must name the same. */
  static final int VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private ProtocolMessages() {}

  /** {@code start}: the party's own context, its own preferences only, and a seed. */
  static String start(long id, NegotiatorContext context, long seed) {
    OutcomeSpace space = context.space();
    return write(
        g -> {
          header(g, "start", id);
          g.writeNumberField("protocol_version", VERSION);
          g.writeStringField("party", context.party());
          g.writeStringField("protocol", context.protocol());
          g.writeArrayFieldStart("participants");
          for (Party party : context.participants()) {
            g.writeStartObject();
            g.writeStringField("id", party.id());
            g.writeStringField("name", party.name());
            g.writeStringField("role", party.role().fileName());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("issues");
          for (Issue issue : space.issues()) {
            issue(g, issue);
          }
          g.writeEndArray();
          PreferencesJson.writeField(g, "preferences", context.preferences(), space);
          g.writeNumberField("deadline_rounds", context.deadlineRounds());
          g.writeNumberField("seed", seed);
        });
  }

  /** {@code observe}: one event addressed to the party. */
  static String observe(Event event, OutcomeSpace space) {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("type", "observe");
          g.writeFieldName("event");
          g.writeRawValue(EventJson.line(event, space));
        });
  }

  /** {@code act}: the protocol asks the party to move. */
  static String act(long id, Request request, OutcomeSpace space) {
    return write(
        g -> {
          header(g, "act", id);
          g.writeObjectFieldStart("request");
          g.writeNumberField("round", request.round());
          g.writeNumberField("progress", request.progress());
          if (request instanceof Request.Turn turn) {
            g.writeStringField("kind", "turn");
            if (turn.standingOffer().isPresent()) {
              OutcomeJson.writeField(g, "standing_offer", turn.standingOffer().get(), space);
            } else {
              g.writeNullField("standing_offer");
            }
            g.writeStringField("offered_by", turn.offeredBy());
          } else {
            Request.Review review = (Request.Review) request;
            g.writeStringField("kind", "review");
            g.writeNumberField("version", review.version());
            OutcomeJson.writeField(g, "text", review.text(), space);
            g.writeStringField("from", review.from());
          }
          g.writeEndObject();
        });
  }

  /** {@code end}: the run is over; the agent should exit (its standard input closes next). */
  static String end() {
    return write(
        g -> {
          g.writeStartObject();
          g.writeStringField("type", "end");
        });
  }

  private static void header(JsonGenerator g, String type, long id) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", type);
    g.writeNumberField("id", id);
  }

  private static void issue(JsonGenerator g, Issue issue) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", issue.id());
    g.writeStringField("name", issue.name());
    if (issue instanceof DiscreteIssue discrete) {
      g.writeArrayFieldStart("values");
      for (String label : discrete.labels()) {
        g.writeString(label);
      }
      g.writeEndArray();
    } else {
      IntegerIssue range = (IntegerIssue) issue;
      g.writeObjectFieldStart("range");
      g.writeNumberField("min", range.min());
      g.writeNumberField("max", range.max());
      g.writeNumberField("step", range.step());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** Runs {@code body}, closes the object it opened, and returns the line. */
  private static String write(Body body) {
    var out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
