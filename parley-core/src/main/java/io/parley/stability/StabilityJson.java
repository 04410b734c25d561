package io.parley.stability;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a {@link StabilityResult} as the JSON of {@code parley stability --json} (documented in
 * {@code docs/stability.md}): {@code states}, a list with each state's Y/N string and its stability
 * per concept and decision maker, and {@code equilibria}, the states (as Y/N strings) stable for
 * every decision maker under {@code nash}, {@code gmr}, {@code smr} and {@code seq}. Beyond that
 * contract: {@code model}, {@code options}, {@code decision_makers}, each state's {@code coalition}
 * stability and {@code coalition_equilibria}.
 */
public final class StabilityJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private StabilityJson() {}

  /** Writes {@code result} to {@code out}, pretty-printed, followed by a line separator. */
  public static void write(StabilityResult result, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      new Emitter(g, result).model();
      g.flush();
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Emitter(JsonGenerator g, StabilityResult result) {
    void model() throws IOException {
      GraphModel model = result.model();
      g.writeStartObject();
      g.writeStringField("model", model.name());
      g.writeArrayFieldStart("options");
      for (ConflictOption option : model.options()) {
        g.writeStartObject();
        g.writeStringField("id", option.id());
        g.writeStringField("name", option.name());
        g.writeStringField("decision_maker", option.owner());
        g.writeStringField("moves", option.moves().key());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("decision_makers");
      for (DecisionMaker dm : model.decisionMakers()) {
        g.writeString(dm.id());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("states");
      for (State state : model.states()) {
        state(state);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("equilibria");
      for (StabilityConcept concept : StabilityConcept.values()) {
        labels(concept.key(), result.equilibria(concept));
      }
      g.writeEndObject();
      g.writeObjectFieldStart("coalition_equilibria");
      for (StabilityConcept concept : StabilityConcept.values()) {
        labels(concept.key(), result.coalitionEquilibria(concept));
      }
      g.writeEndObject();
      g.writeEndObject();
    }

    private void state(State state) throws IOException {
      List<DecisionMaker> dms = result.model().decisionMakers();
      g.writeStartObject();
      g.writeStringField("state", state.label());
      g.writeObjectFieldStart("stability");
      for (StabilityConcept concept : StabilityConcept.values()) {
        g.writeObjectFieldStart(concept.key());
        for (int dm = 0; dm < dms.size(); dm++) {
          g.writeBooleanField(dms.get(dm).id(), result.stable(concept, dm, state.index()));
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("equilibrium");
      for (StabilityConcept concept : StabilityConcept.values()) {
        g.writeBooleanField(concept.key(), result.equilibrium(concept, state.index()));
      }
      g.writeEndObject();
      g.writeObjectFieldStart("coalition");
      for (StabilityConcept concept : StabilityConcept.values()) {
        g.writeObjectFieldStart(concept.key());
        for (int dm = 0; dm < dms.size(); dm++) {
          g.writeBooleanField(dms.get(dm).id(), result.coalitionStable(concept, dm, state.index()));
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }

    private void labels(String key, List<State> states) throws IOException {
      g.writeArrayFieldStart(key);
      for (State state : states) {
        g.writeString(state.label());
      }
      g.writeEndArray();
    }
  }
}
