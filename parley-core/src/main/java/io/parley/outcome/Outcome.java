package io.parley.outcome;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One value per issue, held as value indices in issue order.
 *
 * <p>Immutable; equality is by the indices. Interpret it against its {@link OutcomeSpace}.
 */
public final class Outcome implements Comparable<Outcome> {
  private final int[] valueIndices;

  /** An outcome from value indices; the array is copied. */
  public Outcome(int[] valueIndices) {
    this.valueIndices = valueIndices.clone();
  }

  /** An outcome from value indices. */
  public static Outcome of(int... valueIndices) {
    return new Outcome(valueIndices);
  }

  /** The number of issues. */
  public int issueCount() {
    return valueIndices.length;
  }

  /** The value index of the issue at {@code position}. */
  public int valueIndex(int position) {
    return valueIndices[position];
  }

  /** A copy of the value indices. */
  public int[] valueIndices() {
    return valueIndices.clone();
  }

  /** This outcome with the issue at {@code position} set to {@code valueIndex}. */
  public Outcome with(int position, int valueIndex) {
    int[] copy = valueIndices.clone();
    copy[position] = valueIndex;
    return new Outcome(copy);
  }

  /** Issue id to value (label or {@code Long}), in issue order. */
  public Map<String, Object> describe(OutcomeSpace space) {
    var map = new LinkedHashMap<String, Object>();
    for (int i = 0; i < valueIndices.length; i++) {
      Issue issue = space.issue(i);
      map.put(issue.id(), issue.valueAt(valueIndices[i]));
    }
    return map;
  }

  @Override
  public int compareTo(Outcome other) {
    return Arrays.compare(valueIndices, other.valueIndices);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Outcome other && Arrays.equals(valueIndices, other.valueIndices);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(valueIndices);
  }

  @Override
  public String toString() {
    return "Outcome" + Arrays.toString(valueIndices);
  }
}
