package io.parley.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.parley.event.End;
import io.parley.outcome.OutcomeJson;
import io.parley.outcome.OutcomeSpace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes a {@link RunSummary} as the JSON of {@code parley run --json}: {@code agreement} (outcome
 * or null), {@code end}, {@code rounds}, {@code time} (the normalised time of the end), {@code
 * utilities} (discounted), {@code pareto_distance}, {@code nash_distance}, {@code events}, plus
 * {@code party} and {@code detail} when there is no agreement.
 */
public final class RunJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RunJson() {}

  /** Writes {@code summary} to {@code out}, pretty-printed, with a final line break. */
  public static void write(RunSummary summary, OutcomeSpace space, Writer out) {
    write(summary, space, out, g -> {});
  }

  /** Top-level fields written after the summary's keys, before the object closes. */
  @FunctionalInterface
  public interface ExtraFields {
    /** Writes complete fields (name and value) to {@code g}. */
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Writes {@code summary} as {@link #write(RunSummary, OutcomeSpace, Writer)} does, followed by
   * {@code extra} fields (the follow-through after agreement: {@code follow_through}).
   */
  public static void write(RunSummary summary, OutcomeSpace space, Writer out, ExtraFields extra) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      if (summary.end() instanceof End.Agreement agreement) {
        OutcomeJson.writeField(g, "agreement", agreement.outcome(), space);
      } else {
        g.writeNullField("agreement");
      }
      g.writeStringField("end", summary.end().key());
      g.writeNumberField("rounds", summary.rounds());
      g.writeNumberField("time", summary.time());
      g.writeObjectFieldStart("utilities");
      for (Map.Entry<String, Double> e : summary.utilities().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      number(g, "pareto_distance", summary.paretoDistance());
      number(g, "nash_distance", summary.nashDistance());
      g.writeNumberField("events", summary.events());
      if (summary.end() instanceof End.NoAgreement none) {
        g.writeStringField("party", none.party());
        g.writeStringField("detail", none.detail());
      }
      extra.write(g);
      g.writeEndObject();
      g.flush();
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void number(JsonGenerator g, String field, java.util.OptionalDouble value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(field, value.getAsDouble());
    } else {
      g.writeNullField(field);
    }
  }
}
