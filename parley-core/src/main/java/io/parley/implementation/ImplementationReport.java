package io.parley.implementation;

import io.parley.outcome.Outcome;
import java.util.List;

/**
 * What {@code parley analyze} says about an implementation plan.
 *
 * @param terms the agreed terms the plan was assessed for
 * @param termsSource where they came from: {@code "agreement option"}, {@code "plan"} or {@code
 *     "nash"} (the Nash package, when neither names terms)
 * @param termsFeasible whether the terms break no party's red line
 * @param parties the negotiating parties, in file order
 * @param planned the plan's own order
 * @param best an order that respects the dependencies and minimises the largest exposure
 */
public record ImplementationReport(
    Outcome terms,
    String termsSource,
    boolean termsFeasible,
    List<String> parties,
    Sequence planned,
    Sequence best) {
  public ImplementationReport {
    parties = List.copyOf(parties);
  }
}
