package io.parley.stability;

import java.util.List;

/**
 * A decision maker and the options it controls.
 *
 * @param id its id
 * @param name a readable name (the id when none is given)
 * @param options the indices of its options in the model's option list, at least one
 */
public record DecisionMaker(String id, String name, List<Integer> options) {
  public DecisionMaker {
    if (id.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("a decision maker needs an id and a name");
    }
    options = List.copyOf(options);
  }

  /** The bit mask of its options (option k is bit k). */
  public long mask() {
    long mask = 0;
    for (int option : options) {
      mask |= 1L << option;
    }
    return mask;
  }
}
