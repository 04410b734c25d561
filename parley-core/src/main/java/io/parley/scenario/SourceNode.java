package io.parley.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A node of a parsed YAML or JSON document that remembers where it came from, so that every
 * complaint about it can name the file, line, column and key path.
 */
public sealed interface SourceNode
    permits SourceNode.MapNode, SourceNode.ListNode, SourceNode.ScalarNode {

  /** Where the node is. */
  Where where();

  /** The file, position and key path of a node. */
  record Where(String source, int line, int column, String path) {
    public Where child(String key, int childLine, int childColumn) {
      return new Where(source, childLine, childColumn, path.isEmpty() ? key : path + "." + key);
    }

    public Where element(int index, int childLine, int childColumn) {
      return new Where(source, childLine, childColumn, path + "[" + index + "]");
    }

    public ScenarioException fail(String problem) {
      return new ScenarioException(source, line, column, path, problem);
    }
  }

  /** Throws a {@link ScenarioException} located at this node. */
  default ScenarioException fail(String problem) {
    return where().fail(problem);
  }

  /** A short description of what the node is, for "expected X, got Y" messages. */
  String kind();

  /** This node as a map, or a failure saying {@code expected} was expected. */
  default MapNode asMap(String expected) {
    if (this instanceof MapNode map) {
      return map;
    }
    throw fail("expected " + expected + ", got " + kind());
  }

  /** This node as a list, or a failure saying {@code expected} was expected. */
  default ListNode asList(String expected) {
    if (this instanceof ListNode list) {
      return list;
    }
    throw fail("expected " + expected + ", got " + kind());
  }

  /** This node as a scalar, or a failure saying {@code expected} was expected. */
  default ScalarNode asScalar(String expected) {
    if (this instanceof ScalarNode scalar && scalar.type() != ScalarType.NULL) {
      return scalar;
    }
    throw fail("expected " + expected + ", got " + kind());
  }

  /** The text of a non-empty scalar. */
  default String text(String expected) {
    String text = asScalar(expected).text();
    if (text.isBlank()) {
      throw fail("expected " + expected + ", got an empty string");
    }
    return text;
  }

  /**
   * A finite number written in decimal. YAML's other number forms ({@code .inf}, {@code .nan},
   * {@code 0x1F}, {@code 1_000}) are rejected with a message rather than a parse exception.
   */
  default double number(String expected) {
    ScalarNode scalar = asScalar(expected);
    if (scalar.type() != ScalarType.NUMBER) {
      throw fail("expected " + expected + ", got " + kind());
    }
    double value;
    try {
      value = Double.parseDouble(scalar.text());
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value)) {
      throw fail(
          "expected " + expected + ", got " + scalar.text() + ", which is not a finite decimal");
    }
    return value;
  }

  /** A number in [lo, hi]. */
  default double numberIn(double lo, double hi, String what) {
    double value = number(what + " (a number in [" + fmt(lo) + ", " + fmt(hi) + "])");
    if (value < lo || value > hi) {
      throw fail(what + " " + scalarText() + " outside [" + fmt(lo) + ", " + fmt(hi) + "]");
    }
    return value;
  }

  /** An integer that fits a long. */
  default long integer(String expected) {
    ScalarNode scalar = asScalar(expected);
    try {
      if (scalar.type() == ScalarType.NUMBER) {
        return Long.parseLong(scalar.text());
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw fail("expected " + expected + ", got " + kind());
  }

  private String scalarText() {
    return this instanceof ScalarNode s ? s.text() : kind();
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  /** The type of a scalar as the parser saw it. */
  enum ScalarType {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  /** A scalar: its text as written, and its type. */
  record ScalarNode(String text, ScalarType type, Where where) implements SourceNode {
    @Override
    public String kind() {
      return switch (type) {
        case NULL -> "nothing (null)";
        case NUMBER -> "the number " + text;
        case BOOLEAN -> "the boolean " + text;
        case STRING -> "the text \"" + text + "\"";
      };
    }
  }

  /** A list. */
  record ListNode(List<SourceNode> items, Where where) implements SourceNode {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A map with unique keys, in document order. */
  record MapNode(Map<String, SourceNode> entries, Where where) implements SourceNode {
    @Override
    public String kind() {
      return "a map";
    }

    /** The value at {@code key}, if present and not null. */
    public Optional<SourceNode> find(String key) {
      SourceNode node = entries.get(key);
      if (node instanceof ScalarNode s && s.type() == ScalarType.NULL) {
        return Optional.empty();
      }
      return Optional.ofNullable(node);
    }

    /** The value at {@code key}, or a failure naming the missing key. */
    public SourceNode require(String key, String expected) {
      return find(key).orElseThrow(() -> fail("missing key '" + key + "' (" + expected + ")"));
    }

    /** Fails on the first key not in {@code allowed}, listing what is allowed in its order. */
    public void allowOnly(List<String> allowed, String what) {
      for (var entry : entries.entrySet()) {
        if (!allowed.contains(entry.getKey())) {
          throw entry
              .getValue()
              .fail(
                  "unknown key '"
                      + entry.getKey()
                      + "' in "
                      + what
                      + "; expected one of "
                      + String.join(", ", allowed));
        }
      }
    }
  }
}
