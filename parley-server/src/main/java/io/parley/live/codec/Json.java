package io.parley.live.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.LiveException;
import io.parley.live.input.InputText;
import java.util.Map;

/**
 * The one JSON configuration of the live server: strict reading, stable writing. Every string of a
 * request body — keys and values, at any depth — is checked against {@link InputText}'s rules as it
 * is parsed.
 */
public final class Json {
  /** Rejects duplicate keys and trailing content; keeps field order as written. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Json() {}

  /**
   * Parses a request body, which must be one JSON object whose strings hold no control characters
   * (but line feed and tab) and no lone UTF-16 surrogates ({@link InputText}).
   *
   * @throws LiveException BAD_INPUT naming the line and column of a syntax error in plain words
   *     (never the parser's own message), or what was found instead of an object
   */
  public static ObjectNode parseObject(String text) {
    if (text == null || text.isBlank()) {
      throw LiveException.badInput("the request body is empty; expected a JSON object");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw LiveException.badInput(JsonSyntax.describe(e));
    }
    if (!(node instanceof ObjectNode object)) {
      throw LiveException.badInput(
          "the request body is a JSON " + Body.kind(node) + "; expected a JSON object");
    }
    checkStrings(object, "", 0);
    return object;
  }

  /** Parses a payload this server wrote. */
  public static ObjectNode parseStored(String text) {
    try {
      return (ObjectNode) MAPPER.readTree(text);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalStateException("a stored payload is not a JSON object: " + text, e);
    }
  }

  /** Writes {@code node} compactly. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** How deeply a request's JSON may nest objects and arrays. */
  static final int MAX_DEPTH = 16;

  /**
   * Checks every string of {@code node} ({@link InputText#freeText}, keys as {@link
   * InputText#name}).
   *
   * @param path where {@code node} is ({@code ""} for the body)
   * @throws LiveException BAD_INPUT naming the field and the first offending character
   */
  private static void checkStrings(JsonNode node, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw LiveException.badInput(
          "'" + path + "' nests objects and arrays more than " + MAX_DEPTH + " deep");
    }
    if (node.isTextual()) {
      InputText.freeText(node.textValue(), path);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkStrings(node.get(i), path + "[" + i + "]", depth + 1);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String where = Body.where(path, field.getKey());
        InputText.name(field.getKey(), where + " (its name)");
        checkStrings(field.getValue(), where, depth + 1);
      }
    }
  }
}
