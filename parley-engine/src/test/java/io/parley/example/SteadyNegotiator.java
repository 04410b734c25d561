package io.parley.example;

import io.parley.analysis.UtilityScale;
import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The example of docs/agents.md: a negotiator that lowers its demand in equal steps from its best
 * package to its reservation value, accepts anything at least as good as its current demand, and
 * answers a mediator's text with amendments towards the package it wants.
 */
public final class SteadyNegotiator implements Negotiator {
  private UtilityIndex index;

  @Override
  public void start(NegotiatorContext context) {
    // Our own acceptable packages (our red lines, at least our reservation), sorted by utility.
    index = UtilityIndex.of(context.preferences());
  }

  /** The utility we demand at progress t: from our best down to our reservation, linearly. */
  private long demand(double t) {
    long best = index.bestTicks();
    long reservation = index.reservationTicks();
    return best - Math.round((best - reservation) * t);
  }

  @Override
  public Action act(Request request) {
    if (index.isEmpty()) {
      return new Action.WalkAway("nothing respects our red lines and reaches our reservation");
    }
    long demand = demand(request.progress());
    Outcome wanted = index.atOrAbove(demand).orElseThrow();
    if (request instanceof Request.Turn turn) {
      if (turn.standingOffer().isPresent() && good(turn.standingOffer().get(), demand)) {
        return new Action.Accept();
      }
      return new Action.Offer(wanted);
    }
    Request.Review review = (Request.Review) request;
    if (good(review.text(), demand)) {
      return new Action.Accept();
    }
    List<Amendment> amendments = new ArrayList<>();
    for (int issue = 0; issue < wanted.issueCount(); issue++) {
      if (wanted.valueIndex(issue) != review.text().valueIndex(issue)) {
        String reason = "we need " + UtilityScale.toUtility(demand);
        amendments.add(new Amendment(issue, wanted.valueIndex(issue), reason));
      }
    }
    return new Action.Amend(amendments);
  }

  private boolean good(Outcome outcome, long demand) {
    return index.isAcceptable(outcome) && index.utilityTicks(outcome) >= demand;
  }
}
