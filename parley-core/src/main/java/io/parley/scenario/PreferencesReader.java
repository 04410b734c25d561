package io.parley.scenario;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.TriangularValueFunction;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.SourceNode.ListNode;
import io.parley.scenario.SourceNode.MapNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the {@code preferences} section of a scenario file: weights, values, red lines. */
final class PreferencesReader {
  // Lists, not sets: messages list the allowed keys in this (documented) order.
  private static final List<String> PREFERENCE_KEYS =
      List.of("weights", "values", "reservation", "discount", "red_lines");
  private static final List<String> LINEAR_KEYS = List.of("from", "to");
  private static final List<String> TRIANGULAR_KEYS = List.of("from", "peak", "peak_score", "to");
  private static final List<String> RED_LINE_KEYS =
      List.of("forbid", "require", "if", "then", "label");
  private static final List<String> BOUND_KEYS = List.of("min", "max");

  private PreferencesReader() {}

  static Map<String, Preferences> readAll(
      SourceNode node, List<Party> parties, OutcomeSpace space) {
    MapNode map = node.asMap("a map of party id to preferences");
    var result = new LinkedHashMap<String, Preferences>();
    for (var entry : map.entries().entrySet()) {
      String partyId = entry.getKey();
      Party party = parties.stream().filter(p -> p.id().equals(partyId)).findFirst().orElse(null);
      if (party == null) {
        throw entry
            .getValue()
            .fail("preferences for unknown party '" + partyId + "'; parties are " + ids(parties));
      }
      if (party.role() != Role.PARTY) {
        throw entry
            .getValue()
            .fail(
                "'"
                    + partyId
                    + "' is a "
                    + party.role().fileName()
                    + "; only parties (role party) have preferences");
      }
      result.put(partyId, readPreferences(entry.getValue(), space));
    }
    if (result.size() < 2) {
      throw map.fail(
          "preferences given for "
              + result.size()
              + " part"
              + (result.size() == 1 ? "y" : "ies")
              + "; expected at least 2");
    }
    return result;
  }

  private static String ids(List<Party> parties) {
    return String.join(", ", parties.stream().map(Party::id).toList());
  }

  static Preferences readPreferences(SourceNode node, OutcomeSpace space) {
    MapNode map = node.asMap("preferences: {weights, values, reservation, red_lines}");
    map.allowOnly(PREFERENCE_KEYS, "preferences");
    List<Double> weights =
        readWeights(map.require("weights", "a map of issue id to weight"), space);
    MapNode valuesNode =
        map.find("values").map(n -> n.asMap("a map of issue id to value function")).orElse(null);
    if (valuesNode != null) {
      for (var entry : valuesNode.entries().entrySet()) {
        if (space.positionOf(entry.getKey()).isEmpty()) {
          throw entry
              .getValue()
              .fail("unknown issue '" + entry.getKey() + "'; issues are " + issueIds(space));
        }
      }
    }
    List<ValueFunction> functions = new ArrayList<>();
    for (int i = 0; i < space.issueCount(); i++) {
      Issue issue = space.issue(i);
      SourceNode fn = valuesNode == null ? null : valuesNode.find(issue.id()).orElse(null);
      if (fn == null) {
        if (weights.get(i) > 0) {
          throw (valuesNode == null ? map : valuesNode)
              .fail(
                  "missing value function for issue '"
                      + issue.id()
                      + "', which has weight "
                      + weights.get(i));
        }
        functions.add(zeroFunction(issue));
      } else {
        functions.add(readValueFunction(fn, issue));
      }
    }
    double reservation =
        map.find("reservation").map(n -> n.numberIn(0, 1, "reservation")).orElse(0.0);
    double discount = 1.0;
    var discountNode = map.find("discount");
    if (discountNode.isPresent()) {
      discount = discountNode.get().number("a discount factor (a number in (0, 1])");
      if (!(discount > 0 && discount <= 1)) {
        throw discountNode
            .get()
            .fail(
                "discount "
                    + discountNode.get().asScalar("").text()
                    + " outside (0, 1]; expected a number > 0 and <= 1");
      }
    }
    List<RedLine> redLines = new ArrayList<>();
    var redLinesNode = map.find("red_lines");
    if (redLinesNode.isPresent()) {
      for (SourceNode item : redLinesNode.get().asList("a list of red lines").items()) {
        redLines.add(readRedLine(item, space));
      }
    }
    LinearAdditiveUtility utility;
    try {
      utility = new LinearAdditiveUtility(space, weights, functions);
    } catch (IllegalArgumentException e) {
      throw map.fail(e.getMessage());
    }
    return new Preferences(utility, reservation, redLines, discount);
  }

  private static String issueIds(OutcomeSpace space) {
    return String.join(", ", space.issues().stream().map(Issue::id).toList());
  }

  private static List<Double> readWeights(SourceNode node, OutcomeSpace space) {
    MapNode map = node.asMap("a map of issue id to weight");
    Double[] weights = new Double[space.issueCount()];
    double sum = 0;
    for (var entry : map.entries().entrySet()) {
      int position =
          space
              .positionOf(entry.getKey())
              .orElseThrow(
                  () ->
                      entry
                          .getValue()
                          .fail(
                              "unknown issue '"
                                  + entry.getKey()
                                  + "'; issues are "
                                  + issueIds(space)));
      double w = entry.getValue().number("a weight (a number >= 0)");
      if (w < 0) {
        throw entry
            .getValue()
            .fail(
                "weight "
                    + entry.getValue().asScalar("").text()
                    + " is negative; expected a number >= 0");
      }
      weights[position] = w;
      sum += w;
    }
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] == null) {
        throw map.fail(
            "missing weight for issue '"
                + space.issue(i).id()
                + "'; every issue needs a weight (0 is allowed)");
      }
    }
    if (Math.abs(sum - 1.0) > LinearAdditiveUtility.WEIGHT_SUM_TOLERANCE) {
      throw map.fail(
          "weights sum to "
              + readable(sum)
              + "; expected 1 (within "
              + readable(LinearAdditiveUtility.WEIGHT_SUM_TOLERANCE)
              + ")");
    }
    return List.of(weights);
  }

  /** A number as a person would write it: 0.9, not 0.8999999999999999; 1e-9, not 1.0E-9. */
  private static String readable(double value) {
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros();
    return (Math.abs(value) < 1e-3 && value != 0
        ? rounded.toString().toLowerCase(Locale.ROOT)
        : rounded.toPlainString());
  }

  static ValueFunction zeroFunction(Issue issue) {
    if (issue instanceof DiscreteIssue discrete) {
      var table = new LinkedHashMap<String, Double>();
      discrete.labels().forEach(label -> table.put(label, 0.0));
      return new ValueTable(table);
    }
    return new LinearValueFunction(0, 0);
  }

  private static ValueFunction readValueFunction(SourceNode node, Issue issue) {
    if (issue instanceof DiscreteIssue discrete) {
      MapNode map = node.asMap("a table of value label to score for issue '" + issue.id() + "'");
      var table = new LinkedHashMap<String, Double>();
      for (var entry : map.entries().entrySet()) {
        if (discrete.indexOf(entry.getKey()) < 0) {
          throw entry
              .getValue()
              .fail(
                  "issue '"
                      + issue.id()
                      + "' has no value '"
                      + entry.getKey()
                      + "'; its values are "
                      + String.join(", ", discrete.labels()));
        }
        table.put(entry.getKey(), entry.getValue().numberIn(0, 1, "score"));
      }
      for (String label : discrete.labels()) {
        if (!table.containsKey(label)) {
          throw map.fail(
              "missing score for value '"
                  + label
                  + "' of issue '"
                  + issue.id()
                  + "'; every value needs a score in [0, 1]");
        }
      }
      return new ValueTable(table);
    }
    IntegerIssue range = (IntegerIssue) issue;
    MapNode map =
        node.asMap(
            "a value function {from, to} or {from, peak, to} for range issue '" + issue.id() + "'");
    boolean triangular = map.find("peak").isPresent();
    map.allowOnly(
        triangular ? TRIANGULAR_KEYS : LINEAR_KEYS,
        triangular ? "a triangular value function" : "a linear value function");
    double from = map.require("from", "the score at the range's min").numberIn(0, 1, "score");
    double to = map.require("to", "the score at the range's max").numberIn(0, 1, "score");
    if (!triangular) {
      return new LinearValueFunction(from, to);
    }
    SourceNode peakNode = map.require("peak", "the value with the highest score");
    long peak = peakNode.integer("an integer peak");
    if (peak < range.min() || peak > range.last()) {
      throw peakNode.fail(
          "peak "
              + peak
              + " outside the range ["
              + range.min()
              + ", "
              + range.last()
              + "] of issue '"
              + issue.id()
              + "'");
    }
    double peakScore = map.find("peak_score").map(n -> n.numberIn(0, 1, "score")).orElse(1.0);
    return new TriangularValueFunction(from, peak, peakScore, to);
  }

  static RedLine readRedLine(SourceNode node, OutcomeSpace space) {
    MapNode map = node.asMap("a red line: {forbid: ...}, {require: ...} or {if: ..., then: ...}");
    map.allowOnly(RED_LINE_KEYS, "a red line");
    String label = map.find("label").map(n -> n.text("a label")).orElse("");
    var forbid = map.find("forbid");
    var require = map.find("require");
    var when = map.find("if");
    var then = map.find("then");
    List<String> forms = new ArrayList<>();
    forbid.ifPresent(n -> forms.add("'forbid'"));
    require.ifPresent(n -> forms.add("'require'"));
    if (when.isPresent() || then.isPresent()) {
      forms.add("'if'/'then'");
    }
    if (forms.size() != 1) {
      throw map.fail(
          (forms.isEmpty()
                  ? "a red line with no rule"
                  : "a red line with " + String.join(" and ", forms))
              + "; expected exactly one of 'forbid', 'require' or 'if' with 'then'");
    }
    if (forbid.isPresent()) {
      return new RedLine.Forbid(readCondition(forbid.get(), space), label);
    }
    if (require.isPresent()) {
      return new RedLine.Require(readCondition(require.get(), space), label);
    }
    if (when.isEmpty() || then.isEmpty()) {
      throw map.fail(
          when.isEmpty()
              ? "'then' without 'if'; a linkage needs both 'if' and 'then'"
              : "'if' without 'then'; a linkage needs both 'if' and 'then'");
    }
    return new RedLine.Linkage(
        readCondition(when.get(), space), readCondition(then.get(), space), label);
  }

  private static Condition readCondition(SourceNode node, OutcomeSpace space) {
    MapNode map = node.asMap("a condition: a map of issue id to allowed values");
    if (map.entries().isEmpty()) {
      throw map.fail("the condition is empty; expected at least one issue");
    }
    List<Clause> clauses = new ArrayList<>();
    for (var entry : map.entries().entrySet()) {
      String issueId = entry.getKey();
      SourceNode valuesNode = entry.getValue();
      int position =
          space
              .positionOf(issueId)
              .orElseThrow(
                  () ->
                      valuesNode.fail(
                          "unknown issue '" + issueId + "'; issues are " + issueIds(space)));
      Issue issue = space.issue(position);
      BitSet allowed = new BitSet(issue.size());
      if (valuesNode instanceof MapNode bounds) {
        if (!(issue instanceof IntegerIssue range)) {
          throw valuesNode.fail(
              "bounds {min, max} need a range issue, but '"
                  + issueId
                  + "' is discrete; list its values instead");
        }
        bounds.allowOnly(BOUND_KEYS, "bounds");
        long lo = bounds.find("min").map(n -> n.integer("an integer min")).orElse(range.min());
        long hi = bounds.find("max").map(n -> n.integer("an integer max")).orElse(range.last());
        for (int k = 0; k < range.size(); k++) {
          long v = range.valueOf(k);
          if (v >= lo && v <= hi) {
            allowed.set(k);
          }
        }
        if (allowed.isEmpty()) {
          throw valuesNode.fail(
              "no value of issue '" + issueId + "' lies in [" + lo + ", " + hi + "]");
        }
      } else {
        ListNode list =
            valuesNode.asList(
                "a list of values of issue '" + issueId + "' (or {min, max} for a range)");
        if (list.items().isEmpty()) {
          throw valuesNode.fail(
              "the list of values of issue '"
                  + issueId
                  + "' is empty; expected at least one value");
        }
        for (SourceNode item : list.items()) {
          String text = item.text("a value of issue '" + issueId + "'");
          int index = issue.indexOf(text);
          if (index < 0) {
            throw item.fail(
                "issue '"
                    + issueId
                    + "' has no value '"
                    + text
                    + "'; its values are "
                    + valuesOf(issue));
          }
          allowed.set(index);
        }
      }
      clauses.add(new Clause(position, allowed, issue.size()));
    }
    return new Condition(clauses);
  }

  private static String valuesOf(Issue issue) {
    if (issue instanceof IntegerIssue range) {
      return range.min()
          + " to "
          + range.last()
          + (range.step() == 1 ? "" : " in steps of " + range.step());
    }
    return String.join(", ", ((DiscreteIssue) issue).labels());
  }
}
