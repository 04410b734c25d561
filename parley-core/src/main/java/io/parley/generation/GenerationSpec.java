package io.parley.generation;

/**
 * What random scenarios to draw: how many parties, whether a mediator sits at the table, how many
 * outcomes at most, and what share of the outcomes the zone of agreement must hold.
 *
 * @param minParties the fewest negotiating parties, at least 2
 * @param maxParties the most negotiating parties, at least {@code minParties}, at most 8
 * @param mediator whether the scenario has a participant {@code mediator} with role mediator
 * @param maxOutcomes the most outcomes the space may have, at least 4
 * @param zoneLow the smallest share of all outcomes the zone of agreement may hold, in (0, 1]
 * @param zoneHigh the largest share, in [{@code zoneLow}, 1]
 */
public record GenerationSpec(
    int minParties,
    int maxParties,
    boolean mediator,
    long maxOutcomes,
    double zoneLow,
    double zoneHigh) {

  /** The default bound on the number of outcomes. */
  public static final long DEFAULT_MAX_OUTCOMES = 30_000;

  /**
   * @throws IllegalArgumentException naming the offending field and value
   */
  public GenerationSpec {
    if (minParties < 2 || maxParties < minParties || maxParties > 8) {
      throw new IllegalArgumentException(
          "parties " + minParties + " to " + maxParties + ": expected 2 <= min <= max <= 8");
    }
    if (maxOutcomes < 4) {
      throw new IllegalArgumentException("maxOutcomes " + maxOutcomes + " is below 4");
    }
    if (!(zoneLow > 0 && zoneLow <= zoneHigh && zoneHigh <= 1)) {
      throw new IllegalArgumentException(
          "zone share [" + zoneLow + ", " + zoneHigh + "]: expected 0 < low <= high <= 1");
    }
  }

  /**
   * Two or three parties, a mediator, at most {@value #DEFAULT_MAX_OUTCOMES} outcomes, a zone of
   * agreement of any nonempty size.
   */
  public static GenerationSpec defaults() {
    return new GenerationSpec(2, 3, true, DEFAULT_MAX_OUTCOMES, Double.MIN_VALUE, 1.0);
  }

  /** This spec with the zone of agreement holding a share in [{@code low}, {@code high}]. */
  public GenerationSpec withZone(double low, double high) {
    return new GenerationSpec(minParties, maxParties, mediator, maxOutcomes, low, high);
  }

  /** This spec with {@code min} to {@code max} parties. */
  public GenerationSpec withParties(int min, int max) {
    return new GenerationSpec(min, max, mediator, maxOutcomes, zoneLow, zoneHigh);
  }

  /** This spec with or without a mediator. */
  public GenerationSpec withMediator(boolean withMediator) {
    return new GenerationSpec(minParties, maxParties, withMediator, maxOutcomes, zoneLow, zoneHigh);
  }

  /** This spec with at most {@code outcomes} outcomes. */
  public GenerationSpec withMaxOutcomes(long outcomes) {
    return new GenerationSpec(minParties, maxParties, mediator, outcomes, zoneLow, zoneHigh);
  }
}
