package io.parley.live.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.LiveException;
import io.parley.live.consent.Confiding;
import io.parley.live.consent.Consent;
import io.parley.live.suggest.ConfidedPreferences;
import io.parley.live.suggest.PreferenceStatement;
import io.parley.live.suggest.PreferenceStatement.StatedRedLine;
import io.parley.live.suggest.PreferenceStatement.StatedValues;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a confiding's JSON body — {@code {"weights": {issue: w}, "scores": {issue: {value: s}} (or
 * {from, to} for a range issue), "reservation": r, "redLines": [...], "shareReservation":
 * true|false, "consent": "suggestions"|"utilities"|"full"}}, the scenario format's preferences with
 * camel-case names — into the typed {@link PreferenceStatement}, checking its form (known fields,
 * objects, lists, numbers and strings where they belong). Whether the statement fits the
 * negotiation's issues is {@link ConfidedPreferences}' check. The same reading serves a party's
 * confiding, its preview and the log's sealed copy of a confiding.
 */
public final class ConfidingJson {
  /** The field consenting to show the reservation on the mediators' chart. */
  static final String SHARE_RESERVATION = "shareReservation";

  /** The fields a confided-preferences body may hold. */
  static final List<String> FIELDS =
      List.of("weights", "scores", "reservation", "redLines", SHARE_RESERVATION, Consent.FIELD);

  private static final List<String> RED_LINE_KEYS =
      List.of("forbid", "require", "if", "then", "label");
  private static final List<String> BOUND_KEYS = List.of("min", "max");

  private ConfidingJson() {}

  /**
   * The typed confiding {@code body} states over the issues of {@code space}.
   *
   * @param body the request body without its {@code clientId}, or the log's sealed copy of it
   * @throws LiveException BAD_INPUT naming the field and the broken rule
   */
  public static Confiding confiding(OutcomeSpace space, ObjectNode body) {
    return ConfidedPreferences.confiding(space, statement(body), Json.write(body));
  }

  /**
   * The preferences {@code body} states over the issues of {@code space}.
   *
   * @throws LiveException BAD_INPUT naming the field and the broken rule
   */
  public static Preferences preferences(OutcomeSpace space, ObjectNode body) {
    return ConfidedPreferences.read(space, statement(body));
  }

  /**
   * The statement {@code body} makes, read for form only.
   *
   * @throws LiveException BAD_INPUT naming the field and what was expected
   */
  public static PreferenceStatement statement(JsonNode body) {
    Body fields = Body.of(body, "", FIELDS);
    Optional<Boolean> share = Optional.empty();
    if (fields.has(SHARE_RESERVATION)) {
      JsonNode given = fields.raw(SHARE_RESERVATION);
      if (!given.isBoolean()) {
        throw LiveException.badInput(
            "field '"
                + SHARE_RESERVATION
                + "' is a "
                + Body.kind(given)
                + "; expected true or false");
      }
      share = Optional.of(given.booleanValue());
    }
    Optional<Consent> consent = Optional.empty();
    if (fields.has(Consent.FIELD)) {
      JsonNode level = fields.raw(Consent.FIELD);
      consent =
          Optional.of(
              Optional.of(level)
                  .filter(JsonNode::isTextual)
                  .flatMap(text -> Consent.fromWire(text.textValue()))
                  .orElseThrow(() -> LiveException.badInput(Consent.notALevel().getMessage())));
    }
    if (!fields.has("weights")) {
      throw LiveException.badInput("missing field 'weights'; every issue needs a weight");
    }
    Map<String, BigDecimal> weights =
        numbers(fields.raw("weights"), "weights", "a map of issue id to weight", "a weight");
    Optional<Map<String, Map<String, BigDecimal>>> scores = Optional.empty();
    if (fields.has("scores")) {
      Map<String, Map<String, BigDecimal>> functions = new LinkedHashMap<>();
      for (var entry : entries(fields.raw("scores"), "scores", "a map of issue id to scores")) {
        String path = "scores." + entry.getKey();
        functions.put(
            entry.getKey(),
            numbers(
                entry.getValue(),
                path,
                "a table of value label to score, or {from, to} for a range issue",
                "a score"));
      }
      scores = Optional.of(functions);
    }
    Optional<BigDecimal> reservation = Optional.empty();
    if (fields.has("reservation")) {
      reservation =
          Optional.of(number(fields.raw("reservation"), "reservation", "a number in [0, 1]"));
    }
    List<StatedRedLine> redLines = new ArrayList<>();
    if (fields.has("redLines")) {
      JsonNode list = fields.raw("redLines");
      if (!list.isArray()) {
        throw ConfidedPreferences.invalid(
            "redLines", "expected a list of red lines, got " + a(list));
      }
      for (int i = 0; i < list.size(); i++) {
        redLines.add(redLine(list.get(i), "redLines[" + i + "]"));
      }
    }
    return new PreferenceStatement(weights, scores, reservation, redLines, consent, share);
  }

  private static StatedRedLine redLine(JsonNode node, String path) {
    List<Map.Entry<String, JsonNode>> keys =
        entries(node, path, "a red line: {forbid: ...}, {require: ...} or {if: ..., then: ...}");
    for (var entry : keys) {
      if (!RED_LINE_KEYS.contains(entry.getKey())) {
        throw ConfidedPreferences.invalid(
            path + "." + entry.getKey(),
            "unknown key '"
                + entry.getKey()
                + "' in a red line; expected one of "
                + String.join(", ", RED_LINE_KEYS));
      }
    }
    Optional<String> label = Optional.empty();
    if (node.has("label")) {
      JsonNode text = node.get("label");
      if (!text.isTextual()) {
        throw ConfidedPreferences.invalid(path + ".label", "expected a label, got " + a(text));
      }
      label = Optional.of(text.textValue());
    }
    return new StatedRedLine(
        condition(node, "forbid", path),
        condition(node, "require", path),
        condition(node, "if", path),
        condition(node, "then", path),
        label);
  }

  private static Optional<Map<String, StatedValues>> condition(
      JsonNode redLine, String key, String path) {
    if (!redLine.has(key)) {
      return Optional.empty();
    }
    String where = path + "." + key;
    Map<String, StatedValues> condition = new LinkedHashMap<>();
    for (var entry :
        entries(redLine.get(key), where, "a condition: a map of issue id to allowed values")) {
      String issue = where + "." + entry.getKey();
      JsonNode values = entry.getValue();
      if (values.isObject()) {
        for (var bound : entries(values, issue, "bounds {min, max}")) {
          if (!BOUND_KEYS.contains(bound.getKey())) {
            throw ConfidedPreferences.invalid(
                issue + "." + bound.getKey(),
                "unknown key '" + bound.getKey() + "' in bounds; expected one of min, max");
          }
        }
        condition.put(
            entry.getKey(),
            new StatedValues.Bounds(
                optionalNumber(values, "min", issue, "an integer min"),
                optionalNumber(values, "max", issue, "an integer max")));
      } else if (values.isArray()) {
        List<String> listed = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
          JsonNode value = values.get(k);
          if (value.isTextual()) {
            listed.add(value.textValue());
          } else if (value.isIntegralNumber()) {
            listed.add(value.bigIntegerValue().toString());
          } else {
            throw ConfidedPreferences.invalid(
                issue + "[" + k + "]",
                "expected a value of issue '" + entry.getKey() + "', got " + a(value));
          }
        }
        condition.put(entry.getKey(), new StatedValues.Listed(listed));
      } else {
        throw ConfidedPreferences.invalid(
            issue,
            "expected a list of values of issue '"
                + entry.getKey()
                + "' (or {min, max} for a range), got "
                + a(values));
      }
    }
    return Optional.of(condition);
  }

  private static Optional<BigDecimal> optionalNumber(
      JsonNode object, String key, String path, String expected) {
    return object.has(key)
        ? Optional.of(number(object.get(key), path + "." + key, expected))
        : Optional.empty();
  }

  /** An object whose every value is a number, in the order written. */
  private static Map<String, BigDecimal> numbers(
      JsonNode node, String path, String expected, String each) {
    Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    for (var entry : entries(node, path, expected)) {
      numbers.put(entry.getKey(), number(entry.getValue(), path + "." + entry.getKey(), each));
    }
    return numbers;
  }

  private static BigDecimal number(JsonNode node, String path, String expected) {
    if (!node.isNumber()) {
      throw ConfidedPreferences.invalid(path, "expected " + expected + ", got " + a(node));
    }
    BigDecimal value = node.decimalValue();
    // A number written with a fraction or an exponent keeps a fraction digit, so that 5.0 is not
    // taken for the integer 5 (the parser may have dropped its trailing zeros).
    return node.isIntegralNumber() || value.scale() > 0 ? value : value.setScale(1);
  }

  private static List<Map.Entry<String, JsonNode>> entries(
      JsonNode node, String path, String expected) {
    if (!node.isObject()) {
      throw ConfidedPreferences.invalid(path, "expected " + expected + ", got " + a(node));
    }
    return List.copyOf(node.properties());
  }

  /** The kind of {@code node} with its article: "a string", "an array". */
  private static String a(JsonNode node) {
    String kind = Body.kind(node);
    return (kind.startsWith("a") || kind.startsWith("o") ? "an " : "a ") + kind;
  }
}
