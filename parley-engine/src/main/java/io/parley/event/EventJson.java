package io.parley.event;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.parley.negotiator.Amendment;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes events as one JSON object per line (JSON Lines): sequence, time, round, sender,
 * recipients, type and the payload's fields, outcomes as issue id to label or integer. The output
 * depends only on the events, so equal logs give byte-identical transcripts.
 */
public final class EventJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private EventJson() {}

  /** One event as a single line of JSON, without the line break. */
  public static String line(Event event, OutcomeSpace space) {
    var out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("seq", event.sequence());
      g.writeNumberField("time", event.time());
      g.writeNumberField("round", event.round());
      g.writeStringField("sender", event.sender());
      g.writeArrayFieldStart("recipients");
      for (String r : event.recipients()) {
        g.writeString(r);
      }
      g.writeEndArray();
      g.writeStringField("type", event.type());
      payload(g, event.payload(), space);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void payload(JsonGenerator g, Payload p, OutcomeSpace space) throws IOException {
    if (p instanceof Payload.SessionOpened s) {
      g.writeStringField("session", s.session());
      g.writeStringField("venue", s.venue());
      g.writeStringField("date", s.date());
      g.writeStringField("mode", s.mode());
      strings(g, "attending", s.attending());
      strings(g, "absent", s.absent());
    } else if (p instanceof Payload.SessionAdjourned s) {
      g.writeStringField("session", s.session());
      g.writeStringField("next_venue", s.nextVenue());
      g.writeStringField("next_date", s.nextDate());
    } else if (p instanceof Payload.Offered o) {
      outcome(g, "outcome", o.outcome(), space);
    } else if (p instanceof Payload.Accepted a) {
      outcome(g, "outcome", a.outcome(), space);
    } else if (p instanceof Payload.Rejected r) {
      g.writeNumberField("version", r.version());
      g.writeStringField("reason", r.reason());
    } else if (p instanceof Payload.Amended a) {
      g.writeNumberField("version", a.version());
      g.writeArrayFieldStart("amendments");
      for (Amendment amendment : a.amendments()) {
        g.writeStartObject();
        g.writeStringField("issue", space.issue(amendment.issue()).id());
        value(g, "value", space, amendment.issue(), amendment.value());
        g.writeStringField("reason", amendment.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else if (p instanceof Payload.TextDrafted t) {
      g.writeNumberField("version", t.version());
      outcome(g, "text", t.text(), space);
    } else if (p instanceof Payload.Visited v) {
      g.writeStringField("party", v.party());
      g.writeStringField("place", v.place());
      g.writeNumberField("version", v.version());
    } else if (p instanceof Payload.WalkedAway w) {
      g.writeStringField("reason", w.reason());
    } else if (p instanceof Payload.Faulted f) {
      g.writeStringField("party", f.party());
      g.writeStringField("fault", f.kind().key());
      g.writeStringField("detail", f.detail());
    } else if (p instanceof Payload.Ended e) {
      g.writeStringField("end", e.end().key());
      if (e.end() instanceof End.Agreement a) {
        outcome(g, "agreement", a.outcome(), space);
      } else if (e.end() instanceof End.NoAgreement n) {
        g.writeStringField("party", n.party());
        g.writeStringField("detail", n.detail());
      }
    }
  }

  private static void strings(JsonGenerator g, String field, java.util.List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Writes {@code outcome} as an object of issue id to label or integer. */
  public static void outcome(JsonGenerator g, String field, Outcome outcome, OutcomeSpace space)
      throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, Object> e : outcome.describe(space).entrySet()) {
      if (e.getValue() instanceof Long l) {
        g.writeNumberField(e.getKey(), l);
      } else {
        g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
      }
    }
    g.writeEndObject();
  }

  private static void value(JsonGenerator g, String field, OutcomeSpace space, int issue, int value)
      throws IOException {
    Object v = space.issue(issue).valueAt(value);
    if (v instanceof Long l) {
      g.writeNumberField(field, l);
    } else {
      g.writeStringField(field, String.valueOf(v));
    }
  }
}
