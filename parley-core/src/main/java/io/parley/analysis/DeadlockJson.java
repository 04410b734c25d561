package io.parley.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Deadlock} as the {@code deadlock} value of {@code parley analyze --json}: {@code
 * summary}, {@code conflicts} (each with its {@code explanation} and {@code constraints}), {@code
 * relaxations} (each with {@code description}, {@code changes}, {@code drop}, {@code
 * lower_reservations}, {@code zopa} and, where the caller writes them, {@code packages}) and {@code
 * complete}. The one writer of that shape, for the analysis and for the ratification report.
 */
public final class DeadlockJson {
  private DeadlockJson() {}

  /** Writes what follows a relaxation's {@code zopa}: its packages, where the caller has them. */
  @FunctionalInterface
  public interface RelaxationFields {
    /**
     * Writes further fields of {@code relaxation}'s object.
     *
     * @throws IOException when the generator cannot write
     */
    void write(Relaxation relaxation) throws IOException;
  }

  /**
   * Writes {@code deadlock} as one JSON object to {@code g}.
   *
   * @param more fields written at the end of each relaxation's object (the analysis writes its
   *     {@code packages}); empty for none
   * @throws IOException when the generator cannot write
   */
  public static void write(JsonGenerator g, Deadlock deadlock, Optional<RelaxationFields> more)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("summary", deadlock.summary());
    g.writeArrayFieldStart("conflicts");
    for (Conflict conflict : deadlock.conflicts()) {
      g.writeStartObject();
      g.writeStringField("explanation", conflict.explanation());
      g.writeArrayFieldStart("constraints");
      for (Constraint c : conflict.constraints()) {
        constraint(g, c);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relaxations");
    for (Relaxation r : deadlock.relaxations()) {
      g.writeStartObject();
      g.writeStringField("description", r.description());
      g.writeArrayFieldStart("changes");
      for (String change : r.changes()) {
        g.writeString(change);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("drop");
      for (Constraint c : r.dropped()) {
        constraint(g, c);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("lower_reservations");
      for (Map.Entry<String, Double> e : r.lowered().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      if (r.zopa().isPresent()) {
        g.writeNumberField("zopa", r.zopa().get());
      } else {
        g.writeNullField("zopa");
      }
      if (more.isPresent()) {
        more.get().write(r);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("complete", deadlock.complete());
    g.writeEndObject();
  }

  private static void constraint(JsonGenerator g, Constraint c) throws IOException {
    g.writeStartObject();
    g.writeStringField("party", c.party());
    if (c instanceof Constraint.RedLineConstraint r) {
      g.writeStringField("kind", "red_line");
      g.writeNumberField("index", r.index());
    } else if (c instanceof Constraint.Reservation r) {
      g.writeStringField("kind", "reservation");
      g.writeNumberField("value", r.value());
    }
    g.writeStringField("text", c.describe());
    g.writeEndObject();
  }
}
