package io.parley.outcome;

/**
 * One dimension of a negotiation: a finite, ordered set of values.
 *
 * <p>Values are addressed by index {@code 0 .. size()-1}; an {@link Outcome} holds one index per
 * issue. Real-valued issues from imports become integer or discrete grids with a stated step.
 */
public sealed interface Issue permits DiscreteIssue, IntegerIssue {

  /** The identifier used in scenario files and outputs; never blank. */
  String id();

  /** A display name; the id when the file gives none. */
  String name();

  /** The number of values, at least 1. */
  int size();

  /** The value at {@code index} as it appears in outputs: a label or an {@code Integer}. */
  Object valueAt(int index);

  /** The value at {@code index} as text. */
  default String labelAt(int index) {
    return String.valueOf(valueAt(index));
  }

  /**
   * The index of a value written as text ({@code "mid"}, {@code "5"}), or -1 if the issue has no
   * such value.
   */
  int indexOf(String text);
}
