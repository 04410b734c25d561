package io.parley.preference;

import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** A conjunction of clauses, each on a different issue: "price is low and units is 0 to 3". */
public record Condition(List<Clause> clauses) {

  /**
   * @throws IllegalArgumentException if there are no clauses or two name the same issue
   */
  public Condition {
    clauses = List.copyOf(clauses);
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("a condition needs at least one issue");
    }
    var seen = new HashSet<Integer>();
    for (Clause clause : clauses) {
      if (!seen.add(clause.position())) {
        throw new IllegalArgumentException(
            "a condition names issue " + clause.position() + " twice");
      }
    }
  }

  /** A condition of the given clauses. */
  public static Condition of(Clause... clauses) {
    return new Condition(List.of(clauses));
  }

  /** Whether the outcome with these value indices meets every clause. */
  public boolean matches(int[] valueIndices) {
    for (Clause clause : clauses) {
      if (!clause.allows(valueIndices[clause.position()])) {
        return false;
      }
    }
    return true;
  }

  /** The positions of the issues this condition names. */
  public List<Integer> positions() {
    List<Integer> positions = new ArrayList<>();
    for (Clause clause : clauses) {
      positions.add(clause.position());
    }
    return positions;
  }

  /** Plain words, the clauses joined by "and". */
  public String describe(OutcomeSpace space) {
    List<String> parts = new ArrayList<>();
    for (Clause clause : clauses) {
      parts.add(clause.describe(space));
    }
    return String.join(" and ", parts);
  }
}
