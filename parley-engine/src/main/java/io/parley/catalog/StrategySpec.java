package io.parley.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A strategy or component named with its parameters, as the command line and tournament configs
 * spell it:
 *
 * <pre>
 * spec     = name [ "(" [ argument { "," argument } ] ")" ]
 * argument = key "=" spec
 * name     = one or more of  A-Z a-z 0-9 _ . + -
 * key      = name
 * </pre>
 *
 * <p>Blanks around names and punctuation are ignored. A value is itself a spec: a number ({@code
 * e=0.2}), a word ({@code reoffer=true}) or a component with parameters ({@code
 * bidding=time-dependent(e=0.2)}). For example {@code boa(bidding=time-dependent(e=0.2),
 * model=frequency, accept=ac-combi(t=0.98))}.
 *
 * @param name the strategy's or component's name, or the value's text
 * @param arguments key to value, in the order written; keys are unique
 * @param text the spec as written (trimmed)
 */
public record StrategySpec(String name, Map<String, StrategySpec> arguments, String text) {
  public StrategySpec {
    arguments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException naming the position and what was expected, for text that does
   *     not follow the grammar or repeats a key
   */
  public static StrategySpec parse(String text) {
    if (text == null) {
      throw new SpecException("a strategy name is required, got none");
    }
    var parser = new Parser(text);
    StrategySpec spec = parser.spec();
    parser.skipBlanks();
    if (parser.position < text.length()) {
      throw parser.error("unexpected '" + text.charAt(parser.position) + "'");
    }
    return spec;
  }

  /** Whether the spec has no parameters. */
  public boolean isBare() {
    return arguments.isEmpty();
  }

  @Override
  public String toString() {
    return text;
  }

  private static final class Parser {
    private final String text;
    private int position;

    Parser(String text) {
      this.text = text;
    }

    StrategySpec spec() {
      skipBlanks();
      int start = position;
      String name = word("a name");
      Map<String, StrategySpec> arguments = new LinkedHashMap<>();
      skipBlanks();
      if (position < text.length() && text.charAt(position) == '(') {
        position++;
        skipBlanks();
        if (peek() != ')') {
          while (true) {
            skipBlanks();
            int keyAt = position;
            String key = word("a parameter name");
            expect('=');
            StrategySpec value = spec();
            if (arguments.put(key, value) != null) {
              position = keyAt;
              throw error("parameter '" + key + "' given twice");
            }
            skipBlanks();
            if (peek() == ',') {
              position++;
              continue;
            }
            break;
          }
        }
        expect(')');
      }
      return new StrategySpec(name, arguments, text.substring(start, position).trim());
    }

    private String word(String what) {
      int start = position;
      while (position < text.length() && isNameChar(text.charAt(position))) {
        position++;
      }
      if (start == position) {
        throw error("expected " + what);
      }
      return text.substring(start, position);
    }

    private static boolean isNameChar(char c) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '.'
          || c == '+'
          || c == '-';
    }

    private char peek() {
      return position < text.length() ? text.charAt(position) : '\0';
    }

    private void expect(char c) {
      skipBlanks();
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      position++;
    }

    void skipBlanks() {
      while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
        position++;
      }
    }

    SpecException error(String what) {
      String found = position < text.length() ? "" : " (end of text)";
      return new SpecException(
          "bad strategy spec '"
              + text
              + "': "
              + what
              + " at position "
              + (position + 1)
              + found
              + "; the form is name(key=value, ...)");
    }
  }
}
