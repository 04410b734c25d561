package io.parley.stability;

import io.parley.stability.PriorityStatement.And;
import io.parley.stability.PriorityStatement.Conditional;
import io.parley.stability.PriorityStatement.Literal;
import io.parley.stability.PriorityStatement.Or;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A recursive-descent parser for {@link PriorityStatement}s. */
final class PriorityParser {
  static PriorityStatement parse(String text, Map<String, Integer> optionIndex) {
    var parser = new PriorityParser(tokens(text), optionIndex);
    PriorityStatement statement = parser.conditional();
    if (parser.position < parser.tokens.size()) {
      throw new IllegalArgumentException(
          "unexpected '" + parser.tokens.get(parser.position) + "' in statement '" + text + "'");
    }
    return statement;
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if ("&|()-".indexOf(c) >= 0) {
        tokens.add(String.valueOf(c));
        i++;
      } else {
        int start = i;
        while (i < text.length()
            && !Character.isWhitespace(text.charAt(i))
            && "&|()-".indexOf(text.charAt(i)) < 0) {
          i++;
        }
        tokens.add(text.substring(start, i));
      }
    }
    return tokens;
  }

  private final List<String> tokens;
  private final Map<String, Integer> optionIndex;
  private int position;

  private PriorityParser(List<String> tokens, Map<String, Integer> optionIndex) {
    this.tokens = tokens;
    this.optionIndex = optionIndex;
  }

  private PriorityStatement conditional() {
    PriorityStatement then = disjunction();
    if (peek("IF") || peek("IFF")) {
      boolean both = next().equals("IFF");
      return new Conditional(then, disjunction(), both);
    }
    return then;
  }

  private PriorityStatement disjunction() {
    List<PriorityStatement> parts = new ArrayList<>(List.of(conjunction()));
    while (peek("|")) {
      next();
      parts.add(conjunction());
    }
    return parts.size() == 1 ? parts.get(0) : new Or(List.copyOf(parts));
  }

  private PriorityStatement conjunction() {
    List<PriorityStatement> parts = new ArrayList<>(List.of(literal()));
    while (peek("&")) {
      next();
      parts.add(literal());
    }
    return parts.size() == 1 ? parts.get(0) : new And(List.copyOf(parts));
  }

  private PriorityStatement literal() {
    String token = next();
    if (token.equals("(")) {
      PriorityStatement inner = conditional();
      if (!peek(")")) {
        throw new IllegalArgumentException("missing ')'");
      }
      next();
      return inner;
    }
    boolean negated = token.equals("-");
    String id = negated ? next() : token;
    Integer option = optionIndex.get(id);
    if (option == null) {
      throw new IllegalArgumentException(
          "unknown option '"
              + id
              + "'; expected one of "
              + String.join(", ", optionIndex.keySet()));
    }
    return new Literal(option, negated);
  }

  private boolean peek(String token) {
    return position < tokens.size() && tokens.get(position).equals(token);
  }

  private String next() {
    if (position >= tokens.size()) {
      throw new IllegalArgumentException("the statement ends too early");
    }
    return tokens.get(position++);
  }
}
