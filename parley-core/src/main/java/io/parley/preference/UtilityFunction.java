package io.parley.preference;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;

/**
 * A party's utility over the outcomes of one {@link OutcomeSpace}, in [0, 1].
 *
 * <p>Linear additive functions are the common case and the one the exact analysis handles without
 * enumerating the space; other kinds are evaluated outcome by outcome.
 */
public sealed interface UtilityFunction
    permits LinearAdditiveUtility, CappedAdditiveUtility, HyperRectangleUtility {

  /** The space this function is defined on. */
  OutcomeSpace space();

  /** The utility of an outcome of {@link #space()}, in [0, 1]. */
  double utility(Outcome outcome);
}
