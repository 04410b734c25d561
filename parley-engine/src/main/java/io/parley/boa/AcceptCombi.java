package io.parley.boa;

import io.parley.outcome.Outcome;

/**
 * AC_combi(T, MAX^W) of Baarslag, Hindriks and Jonker, "Effective acceptance conditions in
 * automated negotiation" (2014), the combination the paper found best: accept when AC_next accepts
 * (the offer is at least as good as the party's next bid), or when the progress {@code t} has
 * reached T and the offer is at least as good as the best offer received in the window of the last
 * {@code 1 − t} of time, {@code [t − (1 − t), t]}: as much time as remains, so the party expects no
 * better offer before the deadline.
 *
 * @param time T, in [0, 1]
 */
public record AcceptCombi(double time) implements AcceptanceStrategy {
  /**
   * @throws IllegalArgumentException unless T is in [0, 1]
   */
  public AcceptCombi {
    if (!(time >= 0 && time <= 1)) {
      throw new IllegalArgumentException("t = " + time + " is outside [0, 1]");
    }
  }

  @Override
  public boolean accepts(Situation situation, Outcome offer, Outcome nextBid) {
    long offered = situation.ticks(offer);
    if (offered >= situation.ticks(nextBid)) {
      return true;
    }
    double t = situation.progress();
    if (t < time) {
      return false;
    }
    double from = t - (1 - t);
    long best = Long.MIN_VALUE;
    for (Situation.Received received : situation.received()) {
      if (received.progress() >= from) {
        best = Math.max(best, received.ticks());
      }
    }
    return offered >= best;
  }
}
