package io.parley.strategy;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tit for tat in its own utility: it concedes from its best utility exactly as much as the other
 * side's proposals have improved for it since their first one. It measures everything with its own
 * utility function and never sees anyone else's preferences.
 *
 * <p>After the imitative tactics of Faratin, Sierra and Jennings, "Negotiation decision functions
 * for autonomous agents" (1998), which reproduce the opponent's concessions, and the tit for tat of
 * Baarslag, Hindriks and Jonker, "A tit for tat negotiation strategy for real-time bilateral
 * negotiations" (in Complex Automated Negotiations, Springer SCI 435, 2013), which measures the
 * opponent's concession in the agent's own utility:
 *
 * <pre>target = best − max(0, u(latest proposal) − u(first proposal))</pre>
 *
 * <p>clamped at the reservation value. The other side's proposals are the offers of the other
 * parties (alternating offers) or the texts a mediator puts to it (single text). With several
 * others, it concedes as much as the least forthcoming of them. Before any proposal it asks for its
 * best.
 */
public final class TitForTatNegotiator extends TargetNegotiator {
  /** Proposer to the utilities (ticks) of its first and latest proposal. */
  private final Map<String, long[]> proposers = new LinkedHashMap<>();

  @Override
  public void observe(Event event) {
    Outcome proposal;
    if (event.payload() instanceof Payload.Offered offered) {
      proposal = offered.outcome();
    } else if (event.payload() instanceof Payload.TextDrafted drafted) {
      proposal = drafted.text();
    } else {
      return;
    }
    if (event.sender().equals(context().party())) {
      return;
    }
    long utility = index().utilityTicks(proposal);
    proposers.computeIfAbsent(event.sender(), sender -> new long[] {utility, utility})[1] = utility;
  }

  @Override
  protected long target(Request request) {
    long best = index().bestTicks();
    if (proposers.isEmpty()) {
      return best;
    }
    long reciprocated = Long.MAX_VALUE;
    for (long[] firstAndLatest : proposers.values()) {
      reciprocated = Math.min(reciprocated, Math.max(0, firstAndLatest[1] - firstAndLatest[0]));
    }
    return best - reciprocated;
  }
}
