package io.parley.boa;

import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;

/**
 * The acceptance of MiCRO (de Jonge, IJCAI 2022): accept an offer worth at least as much as the
 * least preferred outcome MiCRO is prepared to propose at this point, {@code ω_m} when it may
 * concede now and {@code ω_(m−1)} otherwise (see {@link MicroBidding}).
 */
public final class MicroAcceptance implements AcceptanceStrategy {

  @Override
  public boolean accepts(Situation situation, Outcome offer, Outcome nextBid) {
    UtilityIndex index = situation.index();
    int made = situation.distinctBids();
    int lowest = MicroBidding.mayConcede(situation) ? made : made - 1;
    lowest = Math.max(0, Math.min(index.size() - 1, lowest));
    return situation.ticks(offer) >= situation.ticks(MicroBidding.nth(index, lowest));
  }
}
