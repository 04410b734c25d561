package io.parley.ratification;

import io.parley.analysis.Deadlock;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * What ratification does to the zone of agreement.
 *
 * @param winSets one per party with ratifiers, in file order
 * @param zone how many outcomes of the zone of agreement every side ratifies (the zone that
 *     survives ratification); empty beyond the enumeration limit
 * @param responsible when ratification empties a non-empty zone: the ratifiers whose constraints
 *     take part in the clashes, in file order; otherwise empty
 * @param deadlock when ratification empties a non-empty zone: the clashes and the smallest
 *     relaxations that reopen it, found by the analysis' deadlock explainer with the ratifiers of
 *     each minimal winning coalition taken as parties
 * @param notes what could not be computed, and why
 */
public record RatificationReport(
    List<WinSet> winSets,
    Optional<BigInteger> zone,
    List<String> responsible,
    Optional<Deadlock> deadlock,
    List<String> notes) {
  public RatificationReport {
    winSets = List.copyOf(winSets);
    responsible = List.copyOf(responsible);
    notes = List.copyOf(notes);
  }
}
