package io.parley.interop;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.scenario.ScenarioException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/**
 * A JSON file read into a Jackson tree (numbers as exact decimals, duplicate keys refused), with
 * accessors that fail with a {@link ScenarioException} naming the file, the key path ({@code
 * LinearAdditiveUtilitySpace.issueWeights.price}) and what was expected.
 */
final class JsonSource {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private final String file;
  private final JsonNode root;

  private JsonSource(String file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  /**
   * Reads {@code path}.
   *
   * @throws ScenarioException if the file cannot be read or is not well-formed JSON
   */
  static JsonSource parse(Path path) {
    String file = path.toString();
    try {
      String text = Files.readString(path);
      if (text.isBlank()) {
        throw new ScenarioException(file, 0, 0, "", "the file is empty; expected a JSON object");
      }
      return new JsonSource(file, MAPPER.readTree(text));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage().lines().findFirst().orElse("malformed input");
      throw new ScenarioException(
          file,
          at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()),
          "",
          "malformed JSON: " + message);
    } catch (NoSuchFileException e) {
      throw new ScenarioException(file, 0, 0, "", "no such file");
    } catch (IOException e) {
      throw new ScenarioException(file, 0, 0, "", "cannot read the file: " + e);
    }
  }

  String file() {
    return file;
  }

  JsonNode root() {
    return root;
  }

  ScenarioException fail(String path, String problem) {
    return new ScenarioException(file, 0, 0, path, problem);
  }

  /** {@code node} as an object, or a failure at {@code path}. */
  ObjectNode object(JsonNode node, String path, String expected) {
    if (node instanceof ObjectNode object) {
      return object;
    }
    throw fail(path, "expected " + expected + ", got " + kind(node));
  }

  /** The member {@code key} of {@code object}, or a failure naming the missing key. */
  JsonNode require(ObjectNode object, String path, String key, String expected) {
    JsonNode node = object.get(key);
    if (node == null || node.isNull()) {
      throw fail(path, "missing key '" + key + "' (" + expected + ")");
    }
    return node;
  }

  /** Fails on the first member of {@code object} not in {@code allowed}. */
  void allowOnly(ObjectNode object, String path, Set<String> allowed) {
    var names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw fail(
            join(path, name),
            "unknown key '"
                + name
                + "'; expected "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  /** {@code node} as a text, or a failure. */
  String text(JsonNode node, String path, String expected) {
    if (node != null && node.isTextual()) {
      return node.textValue();
    }
    throw fail(path, "expected " + expected + ", got " + kind(node));
  }

  /** {@code node} as an exact decimal, or a failure. */
  BigDecimal decimal(JsonNode node, String path, String expected) {
    if (node != null && node.isNumber()) {
      return node.decimalValue();
    }
    throw fail(path, "expected " + expected + ", got " + kind(node));
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static String kind(JsonNode node) {
    if (node == null || node.isNull()) {
      return "nothing";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    if (node.isBoolean()) {
      return "the boolean " + node.asText();
    }
    return "the text \"" + node.asText() + "\"";
  }
}
