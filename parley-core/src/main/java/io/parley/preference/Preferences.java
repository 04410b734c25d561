package io.parley.preference;

import java.util.List;

/**
 * What one party wants: a utility function, the utility of no agreement, hard constraints and a
 * time discount.
 *
 * @param utility the party's utility over the outcome space
 * @param reservation the utility of no agreement (the BATNA), in [0, 1]
 * @param redLines hard constraints; an outcome breaking one is unacceptable to this party
 * @param discount the time discount factor in (0, 1]; 1 means no discount
 */
public record Preferences(
    UtilityFunction utility, double reservation, List<RedLine> redLines, double discount) {

  /**
   * @throws IllegalArgumentException if the reservation is outside [0, 1] or the discount outside
   *     (0, 1]
   */
  public Preferences {
    redLines = List.copyOf(redLines);
    if (!(reservation >= 0 && reservation <= 1)) {
      throw new IllegalArgumentException("reservation " + reservation + " outside [0, 1]");
    }
    if (!(discount > 0 && discount <= 1)) {
      throw new IllegalArgumentException("discount " + discount + " outside (0, 1]");
    }
  }

  /** Preferences with no red lines and no discount. */
  public static Preferences of(UtilityFunction utility, double reservation) {
    return new Preferences(utility, reservation, List.of(), 1.0);
  }

  /** Whether the outcome with these value indices breaks none of the red lines. */
  public boolean allows(int[] valueIndices) {
    for (RedLine redLine : redLines) {
      if (!redLine.allows(valueIndices)) {
        return false;
      }
    }
    return true;
  }

  /** These preferences with another reservation value. */
  public Preferences withReservation(double newReservation) {
    return new Preferences(utility, newReservation, redLines, discount);
  }

  /** These preferences with other red lines. */
  public Preferences withRedLines(List<RedLine> newRedLines) {
    return new Preferences(utility, reservation, newRedLines, discount);
  }
}
