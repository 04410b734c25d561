package io.parley.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.parley.scenario.SourceNode.ListNode;
import io.parley.scenario.SourceNode.MapNode;
import io.parley.scenario.SourceNode.ScalarNode;
import io.parley.scenario.SourceNode.ScalarType;
import io.parley.scenario.SourceNode.Where;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Parses YAML or JSON text into {@link SourceNode}s that keep their line and column. */
public final class SourceParser {
  private static final JsonFactory JSON = new JsonFactory();
  private static final JsonFactory YAML = new YAMLFactory();

  private SourceParser() {}

  /**
   * Parses one document.
   *
   * @param source the file name, used in messages
   * @param json whether the text is JSON (otherwise YAML, which also reads most JSON)
   * @throws ScenarioException if the text is empty or malformed
   */
  public static SourceNode parse(String source, String text, boolean json) {
    if (text.isBlank()) {
      throw new ScenarioException(source, 0, 0, "", "the file is empty; expected a scenario map");
    }
    var parser = new SourceParser();
    try (JsonParser p = (json ? JSON : YAML).createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ScenarioException(
            source, 0, 0, "", "the file holds no document; expected a scenario map");
      }
      SourceNode root = parser.read(p, new Where(source, line(p), column(p), ""));
      if (p.nextToken() != null) {
        throw new ScenarioException(
            source, line(p), column(p), "", "unexpected content after the end of the document");
      }
      return root;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException yaml) {
        throw malformedYaml(source, yaml);
      }
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage().lines().findFirst().orElse("malformed input");
      throw new ScenarioException(
          source,
          at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()),
          "",
          (json ? "malformed JSON: " : "malformed YAML: ") + message);
    } catch (IOException e) {
      throw new ScenarioException(source, 0, 0, "", "cannot read: " + e.getMessage());
    }
  }

  /**
   * SnakeYAML's own message spans several lines (context, snippet, problem, snippet); keep the
   * problem, which says what was expected, and place it at the problem's mark, not the context's.
   */
  private static ScenarioException malformedYaml(String source, MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String problem = e.getProblem() != null ? e.getProblem() : "malformed input";
    String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
    return new ScenarioException(
        source,
        mark == null ? 0 : mark.getLine() + 1,
        mark == null ? 0 : mark.getColumn() + 1,
        "",
        "malformed YAML: " + problem + context);
  }

  private SourceNode read(JsonParser p, Where where) throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT:
        return readMap(p, where);
      case START_ARRAY:
        return readList(p, where);
      case VALUE_STRING:
        return new ScalarNode(p.getText(), ScalarType.STRING, where);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(p.getText(), ScalarType.NUMBER, where);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new ScalarNode(p.getText(), ScalarType.BOOLEAN, where);
      case VALUE_NULL:
        return new ScalarNode("", ScalarType.NULL, where);
      default:
        throw where.fail("unexpected " + token);
    }
  }

  private MapNode readMap(JsonParser p, Where where) throws IOException {
    var entries = new LinkedHashMap<String, SourceNode>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      int keyLine = line(p);
      int keyColumn = column(p);
      p.nextToken();
      Where at = where.child(key, keyLine, keyColumn);
      if (entries.containsKey(key)) {
        throw at.fail("duplicate key '" + key + "'");
      }
      entries.put(key, read(p, at));
    }
    return new MapNode(entries, where);
  }

  private ListNode readList(JsonParser p, Where where) throws IOException {
    List<SourceNode> items = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      items.add(read(p, where.element(items.size(), line(p), column(p))));
    }
    return new ListNode(items, where);
  }

  private static int line(JsonParser p) {
    return Math.max(0, p.currentTokenLocation().getLineNr());
  }

  private static int column(JsonParser p) {
    return Math.max(0, p.currentTokenLocation().getColumnNr());
  }
}
