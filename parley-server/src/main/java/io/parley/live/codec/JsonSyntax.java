package io.parley.live.codec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON syntax error in plain words. The parser's own messages name its classes, token kinds and
 * source positions in its own notation; a client gets only what is wrong and where (line and
 * column), never those internals.
 */
public final class JsonSyntax {
  /** A duplicated key, quoted back only when it is a plain name. */
  private static final java.util.regex.Pattern DUPLICATE =
      java.util.regex.Pattern.compile("^Duplicate field '([A-Za-z0-9._:-]{1,100})'");

  /** A key that may be quoted back in a message. */
  private static final java.util.regex.Pattern PLAIN_NAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private JsonSyntax() {}

  /** What is wrong with the body that failed to parse, and where. */
  public static String describe(JsonProcessingException e) {
    return "malformed JSON" + where(e.getLocation()) + field(e) + ": " + what(e);
  }

  /**
   * The field the parser was in when it failed, as {@code " in field 'amendments[1].value'"}, or
   * nothing at the top level or when a name on the way is not a plain name (it is never echoed).
   */
  private static String field(JsonProcessingException e) {
    if (!(e.getProcessor() instanceof JsonParser parser)) {
      return "";
    }
    JsonPointer pointer = parser.getParsingContext().pathAsPointer();
    StringBuilder path = new StringBuilder();
    for (JsonPointer p = pointer; !p.matches(); p = p.tail()) {
      int index = p.getMatchingIndex();
      if (index >= 0) {
        path.append('[').append(index).append(']');
      } else if (PLAIN_NAME.matcher(p.getMatchingProperty()).matches()) {
        path.append(path.length() == 0 ? "" : ".").append(p.getMatchingProperty());
      } else {
        return "";
      }
    }
    return path.length() == 0 ? "" : " in field '" + path + "'";
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String what(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof JsonEOFException) {
      return "the body ends before the JSON is complete";
    }
    if (e instanceof StreamConstraintsException) {
      return "a number, string or nesting exceeds the parser's limits";
    }
    if (e instanceof InputCoercionException) {
      return "a number is too large";
    }
    if (original.startsWith("Duplicate field")) {
      java.util.regex.Matcher key = DUPLICATE.matcher(original);
      return key.find()
          ? "the key '" + key.group(1) + "' appears twice in one object"
          : "a key appears twice in one object";
    }
    if (e instanceof MismatchedInputException || original.startsWith("Trailing token")) {
      return "there is more after the JSON value; send exactly one JSON object";
    }
    if (original.contains("control character") || original.contains("CTRL-CHAR")) {
      return "a string holds an unescaped control character";
    }
    if (original.contains("surrogate")) {
      return "a string holds a lone UTF-16 surrogate";
    }
    if (original.contains("escape")) {
      return "a string holds an invalid escape sequence";
    }
    if (original.contains("Leading zeroes") || original.contains("numeric value")) {
      return "a number is not written as JSON allows";
    }
    if (original.contains("end-of-input") || original.contains("expected close marker")) {
      return "the body ends before the JSON is complete";
    }
    return "this is not valid JSON at that point (check quotes, commas, colons and brackets)";
  }
}
