package io.parley.boa;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;
import java.util.Optional;

/**
 * AgentK's bidding (Kawaguchi, Fujita and Ito, ANAC 2010; see {@link AgentKEstimate} for the
 * target): when the best offer received reaches the target it offers that one back; otherwise a
 * package drawn at random among its acceptable ones worth at least the target, as AgentK searches
 * randomly above its target.
 *
 * @param alpha the exponent α of the target curve, a finite number > 0
 */
public record AgentKBidding(double alpha) implements BiddingStrategy {
  /**
   * @throws IllegalArgumentException unless α is a finite number > 0
   */
  public AgentKBidding {
    if (!(alpha > 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha = " + alpha + " is not a finite number > 0");
    }
  }

  @Override
  public Outcome bid(Situation situation) {
    UtilityIndex index = situation.index();
    long target = UtilityScale.toTicks(AgentKEstimate.of(situation, alpha).target());
    Optional<Situation.Received> best = situation.bestReceived();
    if (best.isPresent()
        && best.get().ticks() >= target
        && situation.isAcceptable(best.get().outcome())) {
      return best.get().outcome();
    }
    int from = Math.min(index.rankAtOrAbove(target), index.size() - 1);
    return index.outcomeAt(situation.context().random().nextInt(from, index.size()));
  }
}
