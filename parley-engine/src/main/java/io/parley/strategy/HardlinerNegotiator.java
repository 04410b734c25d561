package io.parley.strategy;

import io.parley.negotiator.Request;

/**
 * Never concedes: always offers its best package and accepts only a package worth its best utility
 * to it. It is the limit {@code e → 0} of the time-dependent tactics of Faratin, Sierra and
 * Jennings (1998; see {@link TimeDependentNegotiator}), as in GeniusWeb's example party {@code
 * Hardliner} ("does not concede", a time-dependent party with {@code e = 0}).
 */
public final class HardlinerNegotiator extends TargetNegotiator {

  @Override
  protected long target(Request request) {
    return index().bestTicks();
  }
}
