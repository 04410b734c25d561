package io.parley.boa;

import io.parley.outcome.Outcome;

/**
 * The opponent model that learns nothing: every outcome is worth 0.5 to everyone, so a bidding
 * strategy that consults it picks the bid nearest its own target.
 */
public enum NoModel implements OpponentModel {
  INSTANCE;

  @Override
  public void update(String party, Outcome offer, Situation situation) {}

  @Override
  public double utility(String party, Outcome outcome) {
    return 0.5;
  }
}
