package io.parley.live.input;

import io.parley.live.LiveException;

/**
 * The characters and lengths a request's text may have. Every string a request carries — in a JSON
 * body, keys and values at any depth ({@code io.parley.live.codec.Json}) — must be well-formed
 * Unicode (no lone UTF-16 surrogate, which a JSON {@code \ud800} escape can carry past the UTF-8
 * check) and free of control characters (C0, DEL and C1), except that line feed and tab are allowed
 * in free text ({@link #freeText}); names and identifiers ({@link #name}) allow none.
 */
public final class InputText {
  /** The longest free text accepted in any field (notes, reasons, messages), in characters. */
  public static final int MAX_TEXT = 10_000;

  /** The longest name, venue, date or identifier accepted, in characters. */
  public static final int MAX_NAME = 200;

  private InputText() {}

  /** Refuses lone surrogates and control characters other than line feed and tab. */
  public static void freeText(String text, String where) {
    problem(text, true).ifPresent(problem -> fail(where, problem));
  }

  /** Refuses lone surrogates and every control character, line feed and tab included. */
  public static void name(String text, String where) {
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
