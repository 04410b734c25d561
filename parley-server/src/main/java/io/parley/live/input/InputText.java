package io.parley.live.input;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.live.LiveException;
import java.util.Iterator;
import java.util.Map;

/**
 * The characters a request's text may hold. Every string of a JSON body — keys and values, at any
 * depth — must be well-formed Unicode (no lone UTF-16 surrogate, which a JSON {@code \ud800} escape
 * can carry past the UTF-8 check) and free of control characters (C0, DEL and C1), except that line
 * feed and tab are allowed in free text; {@link Body} refuses them in names and identifiers.
 */
public final class InputText {
  /** How deeply a request's JSON may nest objects and arrays. */
  static final int MAX_DEPTH = 16;

  private InputText() {}

  /**
   * Checks every string of {@code node}.
   *
   * @param path where {@code node} is ({@code ""} for the body)
   * @throws LiveException BAD_INPUT naming the field and the first offending character
   */
  public static void check(JsonNode node, String path) {
    check(node, path, 0);
  }

  private static void check(JsonNode node, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw LiveException.badInput(
          "'" + path + "' nests objects and arrays more than " + MAX_DEPTH + " deep");
    }
    if (node.isTextual()) {
      freeText(node.textValue(), path);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), path + "[" + i + "]", depth + 1);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String where = Body.where(path, field.getKey());
        name(field.getKey(), where + " (its name)");
        check(field.getValue(), where, depth + 1);
      }
    }
  }

  /** Refuses lone surrogates and control characters other than line feed and tab. */
  static void freeText(String text, String where) {
    problem(text, true).ifPresent(problem -> fail(where, problem));
  }

  /** Refuses lone surrogates and every control character, line feed and tab included. */
  static void name(String text, String where) {
    problem(text, false).ifPresent(problem -> fail(where, problem));
  }

  private static void fail(String where, String problem) {
    throw LiveException.badInput("field '" + (where.isEmpty() ? "(body)" : where) + "' " + problem);
  }

  private static java.util.Optional<String> problem(String text, boolean lineBreaks) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return java.util.Optional.of(
            "holds a lone UTF-16 surrogate at character " + (i + 1) + "; send valid Unicode");
      }
      if (Character.isLowSurrogate(c)) {
        return java.util.Optional.of(
            "holds a lone UTF-16 surrogate at character " + (i + 1) + "; send valid Unicode");
      }
      if (Character.isISOControl(c) && !(lineBreaks && (c == '\n' || c == '\t'))) {
        return java.util.Optional.of(
            "holds the control character U+"
                + String.format("%04X", (int) c)
                + " at character "
                + (i + 1)
                + (lineBreaks
                    ? "; only line feed and tab are allowed in text"
                    : "; no control characters are allowed here"));
      }
    }
    return java.util.Optional.empty();
  }
}
