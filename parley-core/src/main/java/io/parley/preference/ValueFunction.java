package io.parley.preference;

import io.parley.outcome.Issue;

/**
 * How one party scores the values of one issue, each score in [0, 1].
 *
 * <p>A {@link ValueTable} scores the labels of a discrete issue; {@link LinearValueFunction} and
 * {@link TriangularValueFunction} score an integer range.
 */
public sealed interface ValueFunction
    permits ValueTable, LinearValueFunction, TriangularValueFunction {

  /**
   * The score of every value of {@code issue}, by value index.
   *
   * @throws IllegalArgumentException if this function does not fit the issue
   */
  double[] scores(Issue issue);
}
