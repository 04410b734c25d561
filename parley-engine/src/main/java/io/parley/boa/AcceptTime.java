package io.parley.boa;

import io.parley.outcome.Outcome;

/**
 * AC_time(T) of Baarslag, Hindriks and Jonker, "Effective acceptance conditions in automated
 * negotiation" (2014): accept any offer once the progress reaches T. The negotiator still never
 * accepts below its reservation value or across its red lines, so in Parley it accepts any
 * acceptable offer from T on.
 *
 * @param time T, in [0, 1]
 */
public record AcceptTime(double time) implements AcceptanceStrategy {
  /**
   * @throws IllegalArgumentException unless T is in [0, 1]
   */
  public AcceptTime {
    if (!(time >= 0 && time <= 1)) {
      throw new IllegalArgumentException("t = " + time + " is outside [0, 1]");
    }
  }

  @Override
  public boolean accepts(Situation situation, Outcome offer, Outcome nextBid) {
    return situation.progress() >= time;
  }
}
