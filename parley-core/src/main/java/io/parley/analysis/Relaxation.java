package io.parley.analysis;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A smallest change that opens a zone of agreement: a minimal set of red lines to drop and
 * reservation values to lower, with what the changed negotiation would put on the table.
 *
 * @param changes the changes, each in plain words
 * @param dropped the red lines dropped
 * @param lowered party id to the reservation value it is lowered to (the smallest lowering that
 *     opens a zone, given the other changes)
 * @param description the relaxation in one sentence
 * @param zopa the exact size of the zone it opens, when known
 * @param packages the solutions of the relaxed negotiation, by concept
 */
public record Relaxation(
    List<String> changes,
    List<Constraint.RedLineConstraint> dropped,
    Map<String, Double> lowered,
    String description,
    Optional<BigInteger> zopa,
    Map<SolutionConcept, Solution> packages) {
  public Relaxation {
    changes = List.copyOf(changes);
    dropped = List.copyOf(dropped);
    lowered = Map.copyOf(lowered);
    packages = Map.copyOf(packages);
  }
}
