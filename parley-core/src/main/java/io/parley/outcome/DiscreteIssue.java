package io.parley.outcome;

import java.util.HashSet;
import java.util.List;

/** An issue whose values are an ordered list of distinct labels. */
public record DiscreteIssue(String id, String name, List<String> labels) implements Issue {

  /**
   * @throws IllegalArgumentException if the id is blank, the list is empty or a label repeats
   */
  public DiscreteIssue {
    IssueIds.check(id);
    name = name == null || name.isBlank() ? id : name;
    labels = List.copyOf(labels);
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("issue '" + id + "' has no values");
    }
    var seen = new HashSet<String>();
    for (String label : labels) {
      if (!seen.add(label)) {
        throw new IllegalArgumentException("issue '" + id + "' lists value '" + label + "' twice");
      }
    }
  }

  /** A discrete issue named by its id. */
  public static DiscreteIssue of(String id, String... labels) {
    return new DiscreteIssue(id, id, List.of(labels));
  }

  @Override
  public int size() {
    return labels.size();
  }

  @Override
  public Object valueAt(int index) {
    return labels.get(index);
  }

  /** {@inheritDoc} A linear scan: meant for reading input, not for hot paths. */
  @Override
  public int indexOf(String text) {
    return labels.indexOf(text);
  }
}
