package io.parley.plugin;

import com.fasterxml.jackson.core.JsonGenerator;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.HyperRectangleUtility;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.UtilityFunction;
import io.parley.preference.ValueFunction;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes one party's preferences for the plug-in process protocol (docs/plugin-protocol.md), in a
 * form an agent in any language evaluates without knowing Parley's classes: an additive utility as
 * weights and a score per value ({@code u = min(1, Σ w_i · s_i)}), GENIUS hyper-rectangles as their
 * function tree, red lines as in the scenario format, the reservation value and the discount.
 */
final class PreferencesJson {
  private PreferencesJson() {}

  /** Writes {@code preferences} as the object field {@code field}. */
  static void writeField(JsonGenerator g, String field, Preferences preferences, OutcomeSpace space)
      throws IOException {
    g.writeObjectFieldStart(field);
    g.writeObjectFieldStart("utility");
    utility(g, preferences.utility(), space);
    g.writeEndObject();
    g.writeNumberField("reservation", preferences.reservation());
    g.writeNumberField("discount", preferences.discount());
    g.writeArrayFieldStart("red_lines");
    for (RedLine redLine : preferences.redLines()) {
      redLine(g, redLine, space);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void utility(JsonGenerator g, UtilityFunction utility, OutcomeSpace space)
      throws IOException {
    if (utility instanceof LinearAdditiveUtility linear) {
      additive(g, space, linear.weights(), linear.valueFunctions());
    } else if (utility instanceof CappedAdditiveUtility capped) {
      additive(g, space, capped.weights(), capped.valueFunctions());
    } else {
      HyperRectangleUtility rectangles = (HyperRectangleUtility) utility;
      g.writeStringField("type", "hyper-rectangles");
      g.writeNumberField("max_utility", rectangles.maxUtility());
      g.writeFieldName("root");
      function(g, rectangles.root(), space);
    }
  }

  private static void additive(
      JsonGenerator g, OutcomeSpace space, List<Double> weights, List<ValueFunction> functions)
      throws IOException {
    g.writeStringField("type", "additive");
    g.writeObjectFieldStart("weights");
    for (int i = 0; i < space.issueCount(); i++) {
      g.writeNumberField(space.issue(i).id(), weights.get(i));
    }
    g.writeEndObject();
    g.writeObjectFieldStart("scores");
    for (int i = 0; i < space.issueCount(); i++) {
      Issue issue = space.issue(i);
      g.writeArrayFieldStart(issue.id());
      for (double score : functions.get(i).scores(issue)) {
        g.writeNumber(score);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void function(
      JsonGenerator g, HyperRectangleUtility.Function function, OutcomeSpace space)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("aggregation", function.aggregation().name().toLowerCase(Locale.ROOT));
    g.writeNumberField("weight", function.weight());
    g.writeArrayFieldStart("rectangles");
    for (HyperRectangleUtility.Rectangle rectangle : function.rectangles()) {
      g.writeStartObject();
      g.writeStringField("match", rectangle.match().name().toLowerCase(Locale.ROOT));
      g.writeArrayFieldStart("bounds");
      for (HyperRectangleUtility.Bound bound : rectangle.bounds()) {
        g.writeStartObject();
        g.writeStringField("issue", space.issue(bound.position()).id());
        g.writeNumberField("min", bound.min());
        g.writeNumberField("max", bound.max());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("utility", rectangle.utility());
      g.writeNumberField("weight", rectangle.weight());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("children");
    for (HyperRectangleUtility.Function child : function.children()) {
      function(g, child, space);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void redLine(JsonGenerator g, RedLine redLine, OutcomeSpace space)
      throws IOException {
    g.writeStartObject();
    if (redLine instanceof RedLine.Forbid forbid) {
      condition(g, "forbid", forbid.condition(), space);
    } else if (redLine instanceof RedLine.Require require) {
      condition(g, "require", require.condition(), space);
    } else {
      RedLine.Linkage linkage = (RedLine.Linkage) redLine;
      condition(g, "if", linkage.when(), space);
      condition(g, "then", linkage.then(), space);
    }
    g.writeStringField("label", redLine.label());
    g.writeEndObject();
  }

  private static void condition(
      JsonGenerator g, String field, Condition condition, OutcomeSpace space) throws IOException {
    g.writeObjectFieldStart(field);
    for (Clause clause : condition.clauses()) {
      Issue issue = space.issue(clause.position());
      g.writeArrayFieldStart(issue.id());
      for (int v : clause.allowedIndices()) {
        if (issue instanceof IntegerIssue range) {
          g.writeNumber(range.valueOf(v));
        } else {
          g.writeString(issue.labelAt(v));
        }
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
