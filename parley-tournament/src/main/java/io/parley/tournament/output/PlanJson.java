package io.parley.tournament.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.parley.tournament.Plan;
import io.parley.tournament.PlannedNegotiation;
import io.parley.tournament.Seat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/**
 * plan.json: the tournament's name, config fingerprint, seed, size and notes, then every planned
 * negotiation ({@code index, key, scenario, protocol, mediator, seats {party: competitor},
 * repetition, seed}). Written as a stream, so a plan of millions never sits in memory.
 */
public final class PlanJson {
  private static final JsonFactory JSON = new JsonFactory();

  private PlanJson() {}

  /**
   * Writes {@code plan} to {@code file}.
   *
   * @throws UncheckedIOException if it cannot be written
   */
  public static void write(Plan plan, Path file) {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("fingerprint", plan.config().fingerprint());
      g.writeStringField("tournament", plan.config().name());
      g.writeNumberField("seed", plan.config().seed());
      g.writeNumberField("size", plan.size());
      g.writeArrayFieldStart("notes");
      for (String note : plan.notes()) {
        g.writeString(note);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("negotiations");
      Iterator<PlannedNegotiation> it = plan.iterator(0, plan.size());
      while (it.hasNext()) {
        PlannedNegotiation p = it.next();
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeNumberField("index", p.index());
        g.writeStringField("key", p.key());
        g.writeStringField("scenario", p.scenario().id());
        g.writeStringField("protocol", p.protocol().key());
        g.writeStringField("mediator", p.mediator());
        g.writeObjectFieldStart("seats");
        for (Seat seat : p.seats()) {
          g.writeStringField(seat.party(), seat.competitor());
        }
        g.writeEndObject();
        g.writeNumberField("repetition", p.repetition());
        g.writeNumberField("seed", p.seed());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * The config fingerprint recorded in {@code file}, read without reading the negotiations; empty
   * if the file has none.
   *
   * @throws UncheckedIOException if it cannot be read
   */
  public static Optional<String> fingerprint(Path file) {
    try (JsonParser p = JSON.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("fingerprint") && value == JsonToken.VALUE_STRING) {
          return Optional.of(p.getText());
        }
        p.skipChildren();
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
