package io.parley.settlement;

import io.parley.analysis.Improvement;
import io.parley.implementation.ImplementationReport;
import io.parley.outcome.Outcome;
import io.parley.ratification.RatificationReport;
import java.util.List;
import java.util.Optional;

/**
 * What {@code parley analyze} says about the settlement beyond the agreement space: how the terms
 * are carried out, who must ratify them, and whether an agreement can still be improved.
 *
 * @param agreement the agreement given with {@code --agreement}, if any
 * @param improvement present exactly when {@code agreement} is: the post-settlement improvement, or
 *     empty when no feasible outcome is strictly better for every party
 * @param implementation the assessment of the scenario's implementation plan, if it has one and
 *     there are terms to carry out
 * @param ratification the win-sets and the ratified zone, if the scenario has ratifiers
 * @param notes what could not be assessed, and why
 */
public record Settlement(
    Optional<Outcome> agreement,
    Optional<Optional<Improvement>> improvement,
    Optional<ImplementationReport> implementation,
    Optional<RatificationReport> ratification,
    List<String> notes) {
  public Settlement {
    notes = List.copyOf(notes);
    if (agreement.isPresent() != improvement.isPresent()) {
      throw new IllegalArgumentException("an improvement is assessed exactly for an agreement");
    }
  }

  /** Whether there is nothing to report. */
  public boolean isEmpty() {
    return agreement.isEmpty()
        && implementation.isEmpty()
        && ratification.isEmpty()
        && notes.isEmpty();
  }
}
