package io.parley.outcome;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The one JSON form of outcomes and values in every Parley output: an outcome is an object of issue
 * id to value, a value is its label (a string) or, for an integer issue, a JSON integer.
 */
public final class OutcomeJson {
  private OutcomeJson() {}

  /** Writes {@code outcome} as the object field {@code field}. */
  public static void writeField(JsonGenerator g, String field, Outcome outcome, OutcomeSpace space)
      throws IOException {
    g.writeObjectFieldStart(field);
    for (int i = 0; i < space.issueCount(); i++) {
      writeValueField(g, space.issue(i).id(), space, i, outcome.valueIndex(i));
    }
    g.writeEndObject();
  }

  /** Writes value {@code value} of issue {@code issue} as the field {@code field}. */
  public static void writeValueField(
      JsonGenerator g, String field, OutcomeSpace space, int issue, int value) throws IOException {
    Object v = space.issue(issue).valueAt(value);
    if (v instanceof Long l) {
      g.writeNumberField(field, l);
    } else {
      g.writeStringField(field, String.valueOf(v));
    }
  }
}
