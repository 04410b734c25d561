package io.parley.preference;

import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** "Issue at {@code position} takes one of these values": one part of a {@link Condition}. */
public final class Clause {
  private final int position;
  private final BitSet allowed;
  private final int issueSize;

  /**
   * @param position the issue's position in its space
   * @param allowed the allowed value indices; copied
   * @param issueSize the issue's number of values
   * @throws IllegalArgumentException if no value is allowed or an index is out of range
   */
  public Clause(int position, BitSet allowed, int issueSize) {
    this.position = position;
    this.allowed = (BitSet) allowed.clone();
    this.issueSize = issueSize;
    if (allowed.isEmpty()) {
      throw new IllegalArgumentException("a condition on an issue must allow some value");
    }
    if (allowed.length() > issueSize) {
      throw new IllegalArgumentException(
          "value index " + (allowed.length() - 1) + " out of range (" + issueSize + " values)");
    }
  }

  /** A clause allowing the listed value indices. */
  public static Clause of(int position, int issueSize, int... valueIndices) {
    var set = new BitSet(issueSize);
    for (int v : valueIndices) {
      set.set(v);
    }
    return new Clause(position, set, issueSize);
  }

  /** The issue's position in its space. */
  public int position() {
    return position;
  }

  /** Whether the clause allows value index {@code valueIndex}. */
  public boolean allows(int valueIndex) {
    return allowed.get(valueIndex);
  }

  /** The allowed value indices, ascending. */
  public int[] allowedIndices() {
    return allowed.stream().toArray();
  }

  /** The number of allowed values. */
  public int allowedCount() {
    return allowed.cardinality();
  }

  /** Whether every value of the issue is allowed. */
  public boolean allowsAll() {
    return allowed.cardinality() == issueSize;
  }

  /** Plain words: {@code ceasefire is permanent-end}, {@code units is 2 to 8}. */
  public String describe(OutcomeSpace space) {
    Issue issue = space.issue(position);
    int[] values = allowedIndices();
    if (values.length == 1) {
      return issue.id() + " is " + issue.labelAt(values[0]);
    }
    boolean contiguous = values[values.length - 1] - values[0] == values.length - 1;
    if (issue instanceof IntegerIssue && contiguous) {
      return issue.id()
          + " is "
          + issue.labelAt(values[0])
          + " to "
          + issue.labelAt(values[values.length - 1]);
    }
    List<String> labels = new ArrayList<>();
    for (int v : values) {
      labels.add(issue.labelAt(v));
    }
    return issue.id() + " is one of " + String.join(", ", labels);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Clause other
        && position == other.position
        && issueSize == other.issueSize
        && allowed.equals(other.allowed);
  }

  @Override
  public int hashCode() {
    return 31 * position + allowed.hashCode();
  }

  @Override
  public String toString() {
    return "Clause[" + position + " in " + allowed + "]";
  }
}
