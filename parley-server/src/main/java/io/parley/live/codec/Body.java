package io.parley.live.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.LiveException;
import io.parley.live.input.InputText;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Strict reading of one JSON object of a request: only the fields it allows, each of the expected
 * type and range. Every complaint names the field by its path ({@code amendments[1].value}) and
 * says what was expected.
 */
public final class Body {
  /** The longest free text accepted in any field ({@link InputText#MAX_TEXT}). */
  static final int MAX_TEXT = InputText.MAX_TEXT;

  /** The longest name, venue, date or identifier accepted ({@link InputText#MAX_NAME}). */
  static final int MAX_NAME = InputText.MAX_NAME;

  /** The most entries accepted in any array of a request (addressees, amendments). */
  static final int MAX_ENTRIES = 1000;

  private final ObjectNode node;
  private final String path;

  private Body(ObjectNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * The object {@code node}, which may hold only {@code allowed} fields.
   *
   * @param path where the object is, for messages ({@code ""} for the request body)
   */
  public static Body of(JsonNode node, String path, List<String> allowed) {
    if (!(node instanceof ObjectNode object)) {
      throw LiveException.badInput(
          (path.isEmpty() ? "the body" : path)
              + " is a JSON "
              + kind(node)
              + "; expected an object");
    }
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw LiveException.badInput(
            "unknown field '"
                + where(path, name)
                + "'; "
                + (allowed.isEmpty()
                    ? "no fields are allowed here"
                    : "allowed fields are " + String.join(", ", allowed)));
      }
    }
    return new Body(object, path);
  }

  public static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switchKind(node);
  }

  private static String switchKind(JsonNode node) {
    if (node.isObject()) {
      return "object";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isTextual()) {
      return "string";
    }
    if (node.isNumber()) {
      return "number";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    return "null";
  }

  static String where(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  String path(String field) {
    return where(path, field);
  }

  public boolean has(String field) {
    return node.has(field);
  }

  public JsonNode raw(String field) {
    return node.get(field);
  }

  /** A required string of 1 to {@code max} characters (after trimming). */
  String text(String field, int max) {
    return optionalText(field, max)
        .orElseThrow(() -> LiveException.badInput("missing field '" + path(field) + "'"));
  }

  /** An optional string of 1 to {@code max} characters (after trimming). */
  Optional<String> optionalText(String field, int max) {
    JsonNode value = node.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw LiveException.badInput(
          "field '" + path(field) + "' is a " + kind(value) + "; expected a string");
    }
    String text = value.textValue().strip();
    if (max <= MAX_NAME) {
      InputText.name(text, path(field));
    } else {
      InputText.freeText(text, path(field));
    }
    if (text.isEmpty()) {
      throw LiveException.badInput("field '" + path(field) + "' is empty");
    }
    if (text.length() > max) {
      throw LiveException.badInput(
          "field '"
              + path(field)
              + "' has "
              + text.length()
              + " characters; at most "
              + max
              + " are allowed");
    }
    return Optional.of(text);
  }

  /** An optional string that may be empty (defaults to empty), at most {@code max} characters. */
  String freeText(String field, int max) {
    JsonNode value = node.get(field);
    if (value == null || value.isTextual() && value.textValue().isBlank()) {
      return "";
    }
    return optionalText(field, max).orElse("");
  }

  /**
   * A required integer in [min, max], written as an integer: {@code 5.0} and {@code 5e0} are
   * refused, since every integer field counts or numbers things and has no fractional form.
   */
  long integer(String field, long min, long max) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw LiveException.badInput("missing field '" + path(field) + "'");
    }
    return integerValue(value, path(field), min, max);
  }

  public static long integerValue(JsonNode value, String where, long min, long max) {
    if (!value.isNumber()) {
      throw LiveException.badInput(
          "field '" + where + "' is a " + kind(value) + "; expected an integer");
    }
    if (!value.isIntegralNumber()) {
      throw LiveException.badInput(
          "field '" + where + "' is " + value.asText() + "; expected an integer");
    }
    if (value.decimalValue().compareTo(java.math.BigDecimal.valueOf(min)) < 0
        || value.decimalValue().compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
      throw LiveException.badInput(
          "field '"
              + where
              + "' is "
              + value.asText()
              + "; expected an integer from "
              + min
              + " to "
              + max);
    }
    return value.decimalValue().longValueExact();
  }

  /** A required list of distinct non-empty strings (at least {@code minSize}). */
  List<String> textList(String field, int minSize) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw LiveException.badInput("missing field '" + path(field) + "'");
    }
    if (!value.isArray()) {
      throw LiveException.badInput(
          "field '" + path(field) + "' is a " + kind(value) + "; expected an array of strings");
    }
    if (value.size() < minSize) {
      throw LiveException.badInput(
          "field '" + path(field) + "' is empty; expected at least " + minSize + " entry");
    }
    if (value.size() > MAX_ENTRIES) {
      throw LiveException.badInput(
          "field '"
              + path(field)
              + "' has "
              + value.size()
              + " entries; at most "
              + MAX_ENTRIES
              + " are allowed");
    }
    Set<String> items = new LinkedHashSet<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isTextual() || item.textValue().isBlank()) {
        throw LiveException.badInput(
            "field '" + path(field) + "[" + i + "]' is a " + kind(item) + "; expected a string");
      }
      if (item.textValue().length() > MAX_NAME) {
        throw LiveException.badInput(
            "field '"
                + path(field)
                + "["
                + i
                + "]' has "
                + item.textValue().length()
                + " characters; at most "
                + MAX_NAME
                + " are allowed");
      }
      InputText.name(item.textValue(), path(field) + "[" + i + "]");
      if (!items.add(item.textValue())) {
        throw LiveException.badInput(
            "field '" + path(field) + "' lists '" + item.textValue() + "' twice");
      }
    }
    return new ArrayList<>(items);
  }

  /** A required array; each element is returned with its path. */
  List<JsonNode> array(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw LiveException.badInput(
          "field '" + path(field) + "' is a " + kind(value) + "; expected an array");
    }
    if (value.size() > MAX_ENTRIES) {
      throw LiveException.badInput(
          "field '"
              + path(field)
              + "' has "
              + value.size()
              + " entries; at most "
              + MAX_ENTRIES
              + " are allowed");
    }
    List<JsonNode> items = new ArrayList<>();
    value.forEach(items::add);
    return items;
  }
}
