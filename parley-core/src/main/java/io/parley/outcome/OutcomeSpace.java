package io.parley.outcome;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The issues of a negotiation and the Cartesian product of their values.
 *
 * <p>An outcome is addressed by one value index per issue; {@link #size()} is exact.
 */
public record OutcomeSpace(List<Issue> issues) {

  /**
   * @throws IllegalArgumentException if there are no issues or two share an id
   */
  public OutcomeSpace {
    issues = List.copyOf(issues);
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("an outcome space needs at least one issue");
    }
    var ids = new HashSet<String>();
    for (Issue issue : issues) {
      if (!ids.add(issue.id())) {
        throw new IllegalArgumentException("issue id '" + issue.id() + "' is used twice");
      }
    }
  }

  /** A space over the given issues. */
  public static OutcomeSpace of(Issue... issues) {
    return new OutcomeSpace(List.of(issues));
  }

  /** The number of issues. */
  public int issueCount() {
    return issues.size();
  }

  /** The issue at {@code position}. */
  public Issue issue(int position) {
    return issues.get(position);
  }

  /** The position of the issue with this id, if any. */
  public Optional<Integer> positionOf(String issueId) {
    for (int i = 0; i < issues.size(); i++) {
      if (issues.get(i).id().equals(issueId)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The number of values of each issue, in issue order. */
  public int[] sizes() {
    int[] sizes = new int[issues.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = issues.get(i).size();
    }
    return sizes;
  }

  /** The exact number of outcomes: the product of the issue sizes. */
  public BigInteger size() {
    BigInteger size = BigInteger.ONE;
    for (Issue issue : issues) {
      size = size.multiply(BigInteger.valueOf(issue.size()));
    }
    return size;
  }

  /**
   * The outcome with mixed-radix index {@code index} (the last issue varies fastest).
   *
   * @throws IllegalArgumentException if the index is negative or not below {@link #size()}
   */
  public Outcome outcomeAt(long index) {
    if (index < 0 || BigInteger.valueOf(index).compareTo(size()) >= 0) {
      throw new IllegalArgumentException("outcome index " + index + " outside [0, " + size() + ")");
    }
    int[] values = new int[issues.size()];
    for (int i = values.length - 1; i >= 0; i--) {
      int radix = issues.get(i).size();
      values[i] = (int) (index % radix);
      index /= radix;
    }
    return new Outcome(values);
  }

  /**
   * Checks that an outcome belongs to this space.
   *
   * @throws IllegalArgumentException naming the first issue whose index is out of range
   */
  public void check(Outcome outcome) {
    if (outcome.issueCount() != issues.size()) {
      throw new IllegalArgumentException(
          "outcome has " + outcome.issueCount() + " values, the space has " + issues.size());
    }
    for (int i = 0; i < issues.size(); i++) {
      int v = outcome.valueIndex(i);
      if (v < 0 || v >= issues.get(i).size()) {
        throw new IllegalArgumentException(
            "value index " + v + " out of range for issue '" + issues.get(i).id() + "'");
      }
    }
  }
}
