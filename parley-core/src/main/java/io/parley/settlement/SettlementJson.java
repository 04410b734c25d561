package io.parley.settlement;

import com.fasterxml.jackson.core.JsonGenerator;
import io.parley.analysis.AnalysisJson;
import io.parley.analysis.DeadlockJson;
import io.parley.analysis.Improvement;
import io.parley.implementation.ImplementationReport;
import io.parley.implementation.Sequence;
import io.parley.implementation.StepReport;
import io.parley.outcome.OutcomeJson;
import io.parley.outcome.OutcomeSpace;
import io.parley.ratification.RatificationReport;
import io.parley.ratification.WinSet;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Settlement} as extra keys of {@code parley analyze --json} (docs/analysis.md):
 * {@code improvement} (only with {@code --agreement}: null, or {@code {outcome, utilities, gains,
 * value}}), {@code implementation} and {@code ratification} (only when the scenario has them), and
 * {@code settlement_notes} when there are notes.
 */
public final class SettlementJson {
  private SettlementJson() {}

  /**
   * The fields for {@link AnalysisJson#write(io.parley.analysis.Analysis, OutcomeSpace,
   * java.io.Writer, AnalysisJson.ExtraFields)}.
   */
  public static AnalysisJson.ExtraFields fields(
      Settlement settlement, List<String> parties, OutcomeSpace space) {
    return g -> new SettlementJson.Emitter(g, parties, space).settlement(settlement);
  }

  private record Emitter(JsonGenerator g, List<String> parties, OutcomeSpace space) {
    void settlement(Settlement s) throws IOException {
      if (s.improvement().isPresent()) {
        g.writeFieldName("improvement");
        improvement(s.improvement().get());
      }
      if (s.implementation().isPresent()) {
        g.writeFieldName("implementation");
        implementation(s.implementation().get());
      }
      if (s.ratification().isPresent()) {
        g.writeFieldName("ratification");
        ratification(s.ratification().get());
      }
      if (!s.notes().isEmpty()) {
        g.writeArrayFieldStart("settlement_notes");
        for (String note : s.notes()) {
          g.writeString(note);
        }
        g.writeEndArray();
      }
    }

    void improvement(Optional<Improvement> improvement) throws IOException {
      if (improvement.isEmpty()) {
        g.writeNull();
        return;
      }
      Improvement i = improvement.get();
      g.writeStartObject();
      OutcomeJson.writeField(g, "outcome", i.outcome(), space);
      g.writeFieldName("utilities");
      byParty(parties, i.utilities());
      g.writeFieldName("gains");
      byParty(parties, i.gains());
      g.writeNumberField("value", i.value());
      g.writeEndObject();
    }

    void implementation(ImplementationReport r) throws IOException {
      g.writeStartObject();
      OutcomeJson.writeField(g, "terms", r.terms(), space);
      g.writeStringField("terms_source", r.termsSource());
      g.writeBooleanField("terms_feasible", r.termsFeasible());
      g.writeFieldName("planned");
      sequence(r.planned());
      g.writeFieldName("best_order");
      sequence(r.best());
      g.writeEndObject();
    }

    void sequence(Sequence s) throws IOException {
      g.writeStartObject();
      g.writeArrayFieldStart("order");
      for (String id : s.order()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeNumberField("largest_exposure", s.largestExposure());
      g.writeBooleanField("self_enforcing", s.selfEnforcing());
      g.writeArrayFieldStart("steps");
      for (StepReport step : s.steps()) {
        g.writeStartObject();
        g.writeStringField("step", step.step());
        g.writeStringField("who", step.performer());
        g.writeStringField("phase", step.phase());
        g.writeFieldName("values");
        map(step.values());
        g.writeFieldName("exposure");
        map(step.exposure());
        if (step.defectionGain().isPresent()) {
          g.writeNumberField("defection_gain", step.defectionGain().getAsDouble());
        } else {
          g.writeNullField("defection_gain");
        }
        g.writeNumberField("penalty", step.penalty());
        g.writeBooleanField("defection_pays", step.defectionPays());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    void ratification(RatificationReport r) throws IOException {
      g.writeStartObject();
      g.writeArrayFieldStart("win_sets");
      for (WinSet w : r.winSets()) {
        g.writeStartObject();
        g.writeStringField("party", w.party());
        g.writeStringField("rule", w.rule());
        g.writeArrayFieldStart("ratifiers");
        for (String id : w.ratifiers()) {
          g.writeString(id);
        }
        g.writeEndArray();
        count("outcomes", w.outcomes());
        count("in_zone", w.inZone());
        g.writeEndObject();
      }
      g.writeEndArray();
      count("zone", r.zone());
      g.writeArrayFieldStart("responsible");
      for (String id : r.responsible()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeFieldName("deadlock");
      if (r.deadlock().isPresent()) {
        DeadlockJson.write(g, r.deadlock().get(), Optional.empty());
      } else {
        g.writeNull();
      }
      g.writeArrayFieldStart("notes");
      for (String note : r.notes()) {
        g.writeString(note);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    void count(String field, Optional<BigInteger> value) throws IOException {
      if (value.isPresent()) {
        g.writeNumberField(field, value.get());
      } else {
        g.writeNullField(field);
      }
    }

    void byParty(List<String> ids, List<Double> values) throws IOException {
      g.writeStartObject();
      for (int p = 0; p < ids.size(); p++) {
        g.writeNumberField(ids.get(p), values.get(p));
      }
      g.writeEndObject();
    }

    void map(Map<String, Double> values) throws IOException {
      g.writeStartObject();
      for (var e : values.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
  }
}
