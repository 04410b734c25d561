package io.parley.stability;

import java.util.Objects;

/**
 * A yes/no option of a decision maker.
 *
 * @param id the id used in patterns, rankings and statements ({@code [A-Za-z][A-Za-z0-9_]*})
 * @param name a readable name (the id when none is given)
 * @param owner the id of the decision maker who controls the option
 * @param moves which way the option may be moved
 */
public record ConflictOption(String id, String name, String owner, OptionMoves moves) {
  public ConflictOption {
    Objects.requireNonNull(moves, "moves");
    if (!id.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(
          "option id '" + id + "' must start with a letter and hold only letters, digits and _");
    }
    if (name.isBlank() || owner.isBlank()) {
      throw new IllegalArgumentException("option " + id + " needs a name and an owner");
    }
  }
}
