package io.parley.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeJson;
import io.parley.outcome.OutcomeSpace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Writes an {@link Analysis} as the JSON contract of {@code parley analyze --json} (DESIGN.md).
 *
 * <p>Counts are exact JSON integers (or null when not computed exactly); {@code outcome} maps issue
 * id to label or integer; utilities map party id to number. Keys beyond the contract: {@code
 * reservations}, {@code zopa_exact}, {@code reservation_headroom}, {@code notes}, and in {@code
 * deadlock} the conflicts and relaxations.
 */
public final class AnalysisJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private AnalysisJson() {}

  /** Writes {@code analysis} of a scenario over {@code space} to {@code out}, pretty-printed. */
  public static void write(Analysis analysis, OutcomeSpace space, Writer out) {
    write(analysis, space, out, g -> {});
  }

  /** Top-level fields written after the contract's keys, before the object closes. */
  @FunctionalInterface
  public interface ExtraFields {
    /** Writes complete fields (name and value) to {@code g}. */
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Writes {@code analysis} as {@link #write(Analysis, OutcomeSpace, Writer)} does, followed by
   * {@code extra} fields (the settlement's keys: {@code improvement}, {@code implementation},
   * {@code ratification}).
   */
  public static void write(Analysis analysis, OutcomeSpace space, Writer out, ExtraFields extra) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      new AnalysisJson.Emitter(g, analysis, space).analysis(extra);
      g.flush();
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Emitter(JsonGenerator g, Analysis a, OutcomeSpace space) {
    void analysis(ExtraFields extra) throws IOException {
      g.writeStartObject();
      g.writeStringField("scenario", a.scenario());
      g.writeArrayFieldStart("parties");
      for (String party : a.parties()) {
        g.writeString(party);
      }
      g.writeEndArray();
      g.writeFieldName("reservations");
      utilities(a.reservations());
      g.writeNumberField("outcomes", a.outcomes());
      g.writeNumberField("feasible", a.feasible());
      if (a.zopa().isPresent()) {
        g.writeNumberField("zopa", a.zopa().get());
      } else {
        g.writeNullField("zopa");
      }
      g.writeBooleanField("zopa_exact", a.zopa().isPresent());
      g.writeFieldName("pareto");
      if (a.pareto().isPresent()) {
        g.writeStartObject();
        g.writeNumberField("size", a.pareto().get().size());
        g.writeArrayFieldStart("points");
        for (ParetoPoint point : a.pareto().get()) {
          g.writeStartObject();
          outcome(point.outcome());
          g.writeFieldName("utilities");
          utilities(point.utilities());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      } else {
        g.writeNull();
      }
      for (SolutionConcept concept : SolutionConcept.values()) {
        g.writeFieldName(concept.key());
        solution(a.solutions().get(concept));
      }
      g.writeFieldName("deadlock");
      if (a.deadlock().isPresent()) {
        deadlock(a.deadlock().get());
      } else {
        g.writeNull();
      }
      g.writeFieldName("reservation_headroom");
      if (a.reservationHeadroom().isEmpty()) {
        g.writeNull();
      } else {
        g.writeStartObject();
        for (String party : a.parties()) {
          g.writeNumberField(party, a.reservationHeadroom().get(party));
        }
        g.writeEndObject();
      }
      g.writeArrayFieldStart("notes");
      for (String note : a.notes()) {
        g.writeString(note);
      }
      g.writeEndArray();
      extra.write(g);
      g.writeEndObject();
    }

    void outcome(Outcome outcome) throws IOException {
      OutcomeJson.writeField(g, "outcome", outcome, space);
    }

    void utilities(List<Double> utilities) throws IOException {
      g.writeStartObject();
      for (int p = 0; p < a.parties().size(); p++) {
        g.writeNumberField(a.parties().get(p), utilities.get(p));
      }
      g.writeEndObject();
    }

    void solution(Solution solution) throws IOException {
      if (solution == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      outcome(solution.outcome());
      g.writeFieldName("utilities");
      utilities(solution.utilities());
      g.writeNumberField("value", solution.value());
      g.writeEndObject();
    }

    void deadlock(Deadlock d) throws IOException {
      DeadlockJson.write(
          g,
          d,
          Optional.of(
              r -> {
                g.writeObjectFieldStart("packages");
                for (SolutionConcept concept : SolutionConcept.values()) {
                  g.writeFieldName(concept.key());
                  solution(r.packages().get(concept));
                }
                g.writeEndObject();
              }));
    }
  }
}
