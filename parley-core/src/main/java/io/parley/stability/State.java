package io.parley.stability;

import java.util.List;

/**
 * A state of the graph model: one feasible option combination, or several indistinguishable ones
 * merged.
 *
 * @param index 0-based position in the model's state list
 * @param members the option combinations it stands for (option k is bit k, 1 is Y), ascending
 * @param label one character per option in option order: {@code Y}, {@code N}, or {@code -} where
 *     the merged combinations differ
 */
public record State(int index, List<Long> members, String label) {
  public State {
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("state " + label + " has no option combination");
    }
  }
}
