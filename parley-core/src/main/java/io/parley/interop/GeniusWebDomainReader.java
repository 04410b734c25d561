package io.parley.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.interop.GeniusWebDomain.IssueInfo;
import io.parley.interop.GeniusWebDomain.NumberRange;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GeniusWeb domain objects {@code {"name", "issuesValues": {issue: {"values": [..]} | {"range":
 * {low, high, step}}}}}: value sets become discrete issues, ranges discrete issues labelled by
 * their exact decimal values (docs/interop.md §GeniusWeb).
 */
final class GeniusWebDomainReader {
  private GeniusWebDomainReader() {}

  /** Reads the domain object at {@code path}. */
  static GeniusWebDomain domain(JsonSource json, JsonNode node, String path) {
    ObjectNode object = json.object(node, path, "a domain {\"name\": .., \"issuesValues\": ..}");
    json.allowOnly(object, path, Set.of("name", "issuesValues"));
    String name =
        json.text(
            json.require(object, path, "name", "the domain's name"),
            JsonSource.join(path, "name"),
            "a name");
    String issuesPath = JsonSource.join(path, "issuesValues");
    ObjectNode issues =
        json.object(
            json.require(object, path, "issuesValues", "a map of issue to values"),
            issuesPath,
            "a map of issue to values");
    if (issues.isEmpty()) {
      throw json.fail(issuesPath, "no issues; expected at least one");
    }
    Ids ids = new Ids("issue");
    List<Issue> result = new ArrayList<>();
    List<IssueInfo> infos = new ArrayList<>();
    for (var entry : issues.properties()) {
      String issuePath = JsonSource.join(issuesPath, entry.getKey());
      ObjectNode valueSet =
          json.object(entry.getValue(), issuePath, "{\"values\": [..]} or {\"range\": {..}}");
      json.allowOnly(valueSet, issuePath, Set.of("values", "range"));
      String id = ids.idFor(entry.getKey());
      if (valueSet.has("values") == valueSet.has("range")) {
        throw json.fail(issuePath, "expected exactly one of \"values\" or \"range\"");
      }
      if (valueSet.has("values")) {
        result.add(
            values(
                json,
                valueSet.get("values"),
                JsonSource.join(issuePath, "values"),
                id,
                entry.getKey()));
        infos.add(new IssueInfo(entry.getKey(), Optional.empty()));
      } else {
        NumberRange range = range(json, valueSet.get("range"), JsonSource.join(issuePath, "range"));
        List<String> labels = new ArrayList<>();
        for (BigDecimal value : range.grid()) {
          labels.add(label(value));
        }
        result.add(new DiscreteIssue(id, entry.getKey(), labels));
        infos.add(new IssueInfo(entry.getKey(), Optional.of(range)));
      }
    }
    return new GeniusWebDomain(json.file(), name, new OutcomeSpace(result), infos);
  }

  /** The label of a number value: its plain decimal text without trailing zeros. */
  static String label(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static Issue values(JsonSource json, JsonNode node, String path, String id, String name) {
    if (!node.isArray() || node.isEmpty()) {
      throw json.fail(path, "expected a non-empty list of values, got " + JsonSource.kind(node));
    }
    List<String> labels = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int k = 0; k < node.size(); k++) {
      String label = json.text(node.get(k), path + "[" + k + "]", "a value (text)");
      if (!seen.add(label)) {
        throw json.fail(path + "[" + k + "]", "value \"" + label + "\" is listed twice");
      }
      labels.add(label);
    }
    return new DiscreteIssue(id, name, labels);
  }

  /** GeniusWeb {@code Range}: {@code low + k·step} for k = 0 .. floor((high − low) / step). */
  private static NumberRange range(JsonSource json, JsonNode node, String path) {
    ObjectNode object = json.object(node, path, "{\"low\": .., \"high\": .., \"step\": ..}");
    json.allowOnly(object, path, Set.of("low", "high", "step"));
    BigDecimal low = json.decimal(json.require(object, path, "low", "a number"), path, "a number");
    BigDecimal high =
        json.decimal(json.require(object, path, "high", "a number"), path, "a number");
    BigDecimal step =
        json.decimal(json.require(object, path, "step", "a number"), path, "a number");
    if (step.signum() <= 0) {
      throw json.fail(JsonSource.join(path, "step"), "step " + step + " is not > 0");
    }
    if (high.compareTo(low) < 0) {
      throw json.fail(path, "high " + high + " < low " + low + "; expected low <= high");
    }
    BigDecimal count = high.subtract(low).divideToIntegralValue(step).add(BigDecimal.ONE);
    if (count.compareTo(BigDecimal.valueOf(io.parley.outcome.IntegerIssue.MAX_VALUES)) > 0) {
      throw json.fail(
          path, count + " values, more than " + io.parley.outcome.IntegerIssue.MAX_VALUES);
    }
    List<BigDecimal> grid = new ArrayList<>();
    for (int k = 0; k < count.intValue(); k++) {
      grid.add(low.add(step.multiply(BigDecimal.valueOf(k))));
    }
    return new NumberRange(low, high, step, grid);
  }

  /** Whether {@code root} looks like a GeniusWeb domain: an object with {@code issuesValues}. */
  static boolean isDomain(JsonNode root) {
    return root.isObject() && root.has("issuesValues");
  }
}
