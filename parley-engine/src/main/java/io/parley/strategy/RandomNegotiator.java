package io.parley.strategy;

import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;

/**
 * A baseline that moves at random within what it can live with: it offers (or, on a single text,
 * amends toward) an outcome drawn uniformly from its acceptable outcomes with the context's {@link
 * java.util.random.RandomGenerator}, and accepts any acceptable package. The random agent of the
 * GENIUS platform (Lin, Kraus, Baarslag et al., "Genius: an integrated environment for supporting
 * the design of generic automated negotiators", Computational Intelligence 30(1), 2014), restricted
 * to the party's red lines and reservation value.
 */
public final class RandomNegotiator extends TargetNegotiator {

  @Override
  protected long target(Request request) {
    return index().reservationTicks();
  }

  @Override
  protected Outcome proposal(long targetTicks) {
    UtilityIndex index = index();
    int from = index.rankAtOrAbove(targetTicks);
    return index.outcomeAt(context().random().nextInt(from, index.size()));
  }
}
