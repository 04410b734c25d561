package io.parley.stability;

import java.util.List;
import java.util.Map;

/**
 * One option-prioritisation statement, as in GMCR II (Fang, Hipel, Kilgour and Peng 2003): a
 * condition on options that a decision maker would like to hold.
 *
 * <p>Syntax: an option id is true when the option is taken; {@code -id} when it is not; {@code &}
 * (and) binds tighter than {@code |} (or); {@code A IF B} means "A whenever B" and {@code A IFF B}
 * "A exactly when B"; parentheses group. Example: {@code modify IFF -insist}.
 */
public sealed interface PriorityStatement {

  /** Whether the statement holds for the combination {@code bits} (option k is bit k, 1 is Y). */
  boolean holds(long bits);

  /** Whether it holds for every combination of a state (a merged state only when all agree). */
  default boolean holds(State state) {
    for (long member : state.members()) {
      if (!holds(member)) {
        return false;
      }
    }
    return true;
  }

  /** An option taken ({@code negated} false) or not taken ({@code negated} true). */
  record Literal(int option, boolean negated) implements PriorityStatement {
    @Override
    public boolean holds(long bits) {
      return (((bits >>> option) & 1L) == 1L) != negated;
    }
  }

  /** Every part holds. */
  record And(List<PriorityStatement> parts) implements PriorityStatement {
    @Override
    public boolean holds(long bits) {
      return parts.stream().allMatch(p -> p.holds(bits));
    }
  }

  /** Some part holds. */
  record Or(List<PriorityStatement> parts) implements PriorityStatement {
    @Override
    public boolean holds(long bits) {
      return parts.stream().anyMatch(p -> p.holds(bits));
    }
  }

  /** {@code then} holds whenever {@code when} holds; with {@code both}, exactly when. */
  record Conditional(PriorityStatement then, PriorityStatement when, boolean both)
      implements PriorityStatement {
    @Override
    public boolean holds(long bits) {
      boolean condition = when.holds(bits);
      return both ? condition == then.holds(bits) : !condition || then.holds(bits);
    }
  }

  /**
   * Parses a statement.
   *
   * @param text the statement
   * @param optionIndex option id to index
   * @throws IllegalArgumentException naming the unknown option or the unexpected token
   */
  static PriorityStatement parse(String text, Map<String, Integer> optionIndex) {
    return PriorityParser.parse(text, optionIndex);
  }
}
