package io.parley.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.CappedAdditiveUtility;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.HyperRectangleUtility;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.TriangularValueFunction;
import io.parley.preference.UtilityFunction;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.RunSection;
import io.parley.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a scenario as a Parley scenario file (YAML, or JSON for a {@code .json} file), the format
 * {@link io.parley.scenario.ScenarioReader} reads; reading it back gives the same utilities, bit
 * for bit (numbers are written as their shortest exact decimals).
 *
 * <p>The format holds linear additive utilities whose weights sum to 1 (within {@link
 * LinearAdditiveUtility#WEIGHT_SUM_TOLERANCE}). A capped additive utility is written as linear
 * additive when that changes no utility (its weights sum to 1 and its cap never binds); any other
 * utility is refused with a {@link ConversionException}.
 */
public final class ScenarioWriter {
  private static final JsonNodeFactory NODES = new JsonNodeFactory(true);
  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private ScenarioWriter() {}

  /**
   * Writes {@code scenario} to {@code file}: JSON if its name ends in {@code .json}, else YAML.
   *
   * @return notes on what the file carries only approximately
   * @throws ConversionException if a party's utility cannot be expressed in the format
   * @throws UncheckedIOException if the file cannot be written
   */
  public static List<String> write(Scenario scenario, Path file) {
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    List<String> notes = new ArrayList<>();
    String text = render(json ? JSON : YAML, tree(scenario, notes));
    try {
      Files.writeString(file, json ? text + System.lineSeparator() : text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return notes;
  }

  /** The scenario as YAML text. */
  public static String toYaml(Scenario scenario) {
    return render(YAML, tree(scenario, new ArrayList<>()));
  }

  /** The scenario as JSON text. */
  public static String toJson(Scenario scenario) {
    return render(JSON, tree(scenario, new ArrayList<>())) + System.lineSeparator();
  }

  private static String render(ObjectMapper mapper, ObjectNode tree) {
    try {
      return mapper.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the scenario", e);
    }
  }

  private static ObjectNode tree(Scenario scenario, List<String> notes) {
    ObjectNode root = NODES.objectNode();
    root.put("name", scenario.name());
    if (!scenario.description().isEmpty()) {
      root.put("description", scenario.description());
    }
    ArrayNode parties = root.putArray("parties");
    for (Party party : scenario.parties()) {
      ObjectNode node = parties.addObject();
      node.put("id", party.id());
      if (!party.name().equals(party.id())) {
        node.put("name", party.name());
      }
      node.put("role", party.role().fileName());
    }
    OutcomeSpace space = scenario.space();
    ArrayNode issues = root.putArray("issues");
    for (Issue issue : space.issues()) {
      ObjectNode node = issues.addObject();
      node.put("id", issue.id());
      if (!issue.name().equals(issue.id())) {
        node.put("name", issue.name());
      }
      if (issue instanceof DiscreteIssue discrete) {
        ArrayNode values = node.putArray("values");
        discrete.labels().forEach(values::add);
      } else {
        IntegerIssue range = (IntegerIssue) issue;
        ObjectNode r = node.putObject("range");
        r.put("min", range.min());
        r.put("max", range.max());
        r.put("step", range.step());
      }
    }
    ObjectNode preferences = root.putObject("preferences");
    for (Map.Entry<String, Preferences> entry : scenario.preferences().entrySet()) {
      preferences.set(entry.getKey(), preferences(entry.getKey(), entry.getValue(), space, notes));
    }
    if (!scenario.run().equals(RunSection.NONE)) {
      root.set("run", run(scenario.run(), scenario.parties()));
    }
    return root;
  }

  /** The {@code run} section, keys as {@code RunSectionReader} reads them. */
  private static ObjectNode run(RunSection run, List<Party> parties) {
    ObjectNode node = NODES.objectNode();
    run.protocol().ifPresent(p -> node.put("protocol", p));
    run.deadline().ifPresent(d -> node.put("deadline", d));
    run.mediator().ifPresent(m -> node.put("mediator", m));
    run.mediatorStrategy().ifPresent(m -> node.put("mediator_strategy", m));
    if (!run.negotiators().isEmpty()) {
      ObjectNode seats = node.putObject("negotiators");
      for (Party party : parties) {
        String strategy = run.negotiators().get(party.id());
        if (strategy != null) {
          seats.put(party.id(), strategy);
        }
      }
    }
    if (!run.sessions().isEmpty()) {
      ArrayNode sessions = node.putArray("sessions");
      for (RunSection.SessionSpec session : run.sessions()) {
        ObjectNode s = sessions.addObject();
        s.put("name", session.name());
        if (!session.venue().isEmpty()) {
          s.put("venue", session.venue());
        }
        if (!session.date().isEmpty()) {
          s.put("date", session.date());
        }
        s.put("rounds", session.rounds());
        s.put("mode", session.mode());
        if (!session.broker().isEmpty()) {
          s.put("broker", session.broker());
        }
        if (!session.absent().isEmpty()) {
          ArrayNode absent = s.putArray("absent");
          session.absent().forEach(absent::add);
        }
      }
    }
    run.seed().ifPresent(seed -> node.put("seed", seed));
    return node;
  }

  private static ObjectNode preferences(
      String party, Preferences preferences, OutcomeSpace space, List<String> notes) {
    UtilityFunction utility = preferences.utility();
    List<Double> weights;
    List<ValueFunction> functions;
    if (utility instanceof LinearAdditiveUtility linear) {
      weights = linear.weights();
      functions = linear.valueFunctions();
    } else if (utility instanceof CappedAdditiveUtility capped) {
      double excess = Math.abs(capped.weightSum() - 1.0);
      if (excess > LinearAdditiveUtility.WEIGHT_SUM_TOLERANCE || !Numbers.capNegligible(capped)) {
        throw new ConversionException(
            "cannot write the preferences of '"
                + party
                + "' as a Parley scenario: its weights sum to "
                + capped.weightSum()
                + (capped.capBinds()
                    ? " and the GENIUS cap min(1, ..) binds (uncapped best "
                        + capped.uncappedMaximum()
                        + ")"
                    : "")
                + ", while Parley's format needs weights summing to 1 with no cap; rescaling"
                + " would change utilities. Convert to genius instead");
      }
      if (capped.capBinds()) {
        notes.add(capNote(party, capped));
      }
      weights = capped.weights();
      functions = capped.valueFunctions();
    } else {
      HyperRectangleUtility rectangles = (HyperRectangleUtility) utility;
      throw new ConversionException(
          "cannot write the preferences of '"
              + party
              + "' as a Parley scenario: its utility is non-linear (GENIUS hyper-rectangles,"
              + " maxutility "
              + rectangles.maxUtility()
              + "), which Parley's format cannot express. Convert to genius instead");
    }
    ObjectNode node = NODES.objectNode();
    ObjectNode weightNode = node.putObject("weights");
    ObjectNode values = node.putObject("values");
    for (int i = 0; i < space.issueCount(); i++) {
      Issue issue = space.issue(i);
      weightNode.put(issue.id(), Numbers.exact(weights.get(i)));
      values.set(issue.id(), valueFunction(functions.get(i)));
    }
    if (preferences.reservation() != 0) {
      node.put("reservation", Numbers.exact(preferences.reservation()));
    }
    if (preferences.discount() != 1) {
      node.put("discount", Numbers.exact(preferences.discount()));
    }
    if (!preferences.redLines().isEmpty()) {
      ArrayNode redLines = node.putArray("red_lines");
      for (RedLine redLine : preferences.redLines()) {
        redLines.add(redLine(redLine, space));
      }
    }
    return node;
  }

  static String capNote(String party, CappedAdditiveUtility capped) {
    return party
        + ": written without the GENIUS cap min(1, ..), which changes utilities by at most "
        + (capped.uncappedMaximum() - 1.0);
  }

  private static ObjectNode valueFunction(ValueFunction function) {
    ObjectNode node = NODES.objectNode();
    if (function instanceof ValueTable table) {
      table.scoresByLabel().forEach((label, score) -> node.put(label, Numbers.exact(score)));
    } else if (function instanceof LinearValueFunction linear) {
      node.put("from", Numbers.exact(linear.from()));
      node.put("to", Numbers.exact(linear.to()));
    } else {
      TriangularValueFunction triangular = (TriangularValueFunction) function;
      node.put("from", Numbers.exact(triangular.from()));
      node.put("peak", triangular.peak());
      node.put("peak_score", Numbers.exact(triangular.peakScore()));
      node.put("to", Numbers.exact(triangular.to()));
    }
    return node;
  }

  private static ObjectNode redLine(RedLine redLine, OutcomeSpace space) {
    ObjectNode node = NODES.objectNode();
    if (redLine instanceof RedLine.Forbid forbid) {
      node.set("forbid", condition(forbid.condition(), space));
    } else if (redLine instanceof RedLine.Require require) {
      node.set("require", condition(require.condition(), space));
    } else {
      RedLine.Linkage linkage = (RedLine.Linkage) redLine;
      node.set("if", condition(linkage.when(), space));
      node.set("then", condition(linkage.then(), space));
    }
    if (!redLine.label().isEmpty()) {
      node.put("label", redLine.label());
    }
    return node;
  }

  private static ObjectNode condition(Condition condition, OutcomeSpace space) {
    ObjectNode node = NODES.objectNode();
    for (Clause clause : condition.clauses()) {
      Issue issue = space.issue(clause.position());
      ArrayNode values = node.putArray(issue.id());
      for (int v : clause.allowedIndices()) {
        if (issue instanceof IntegerIssue range) {
          values.add(range.valueOf(v));
        } else {
          values.add(issue.labelAt(v));
        }
      }
    }
    return node;
  }
}
