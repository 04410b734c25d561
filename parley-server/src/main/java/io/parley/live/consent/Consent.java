package io.parley.live.consent;

import java.util.Locale;
import java.util.Optional;

/**
 * What a party's confided preferences allow the mediators to see, chosen by the party with the
 * field {@value #FIELD} of its confiding. Each level allows what the one before it allows:
 *
 * <ul>
 *   <li>{@link #SUGGESTIONS} (the default): the suggested packages computed from the confided
 *       preferences, and the fact that the party confided. The mediators' chart uses the scenario's
 *       preferences for the party, as if it had not confided, and draws no reservation for it; a
 *       robot mediator drafts from the scenario's preferences too.
 *   <li>{@link #UTILITIES}: also the party's utility of every outcome the chart draws (frontier,
 *       texts, packages) from what it confided; its reservation only with {@code
 *       "shareReservation": true}.
 *   <li>{@link #FULL}: the full preferences as confided (weights, scores, reservation, red lines),
 *       in the mediators' room view, and the reservation on the chart.
 * </ul>
 */
public enum Consent {
  /** Suggested packages only; never the party's utilities. */
  SUGGESTIONS,
  /** The party's utility of each outcome the chart draws. */
  UTILITIES,
  /** The full preferences as confided. */
  FULL;

  /** The confiding's field that states the consent. */
  public static final String FIELD = "consent";

  /** The level's name in the API: {@code suggestions}, {@code utilities} or {@code full}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the mediators may see the party's utility of an outcome. */
  public boolean allowsUtilities() {
    return this != SUGGESTIONS;
  }

  /** The level whose {@link #wire} name is {@code wire}, if any (case matters). */
  public static Optional<Consent> fromWire(String wire) {
    for (Consent level : values()) {
      if (level.wire().equals(wire)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /** The refusal of a {@value #FIELD} field that names no level. */
  public static IllegalArgumentException notALevel() {
    return new IllegalArgumentException(
        "field '"
            + FIELD
            + "' must be \"suggestions\", \"utilities\" or \"full\" (what the mediators may see"
            + " of your preferences)");
  }

  /**
   * The consent a confiding states.
   *
   * @param stated the level its {@value #FIELD} field names, or empty when absent
   * @param sharesReservation its {@code shareReservation} (false when absent)
   * @param shareGiven whether it holds {@code shareReservation} at all
   * @return the stated level; when absent, {@link #UTILITIES} if the confiding shares its
   *     reservation (the chart can draw a reservation only beside the party's utilities, so a
   *     client of the first API that ticked "share my reservation" keeps what it asked for), else
   *     {@link #SUGGESTIONS}
   * @throws IllegalArgumentException naming the field, when the level contradicts {@code
   *     shareReservation}
   */
  public static Consent stated(
      Optional<Consent> stated, boolean sharesReservation, boolean shareGiven) {
    if (stated.isEmpty()) {
      return sharesReservation ? UTILITIES : SUGGESTIONS;
    }
    Consent consent = stated.get();
    if (consent == SUGGESTIONS && sharesReservation) {
      throw new IllegalArgumentException(
          "field 'shareReservation' is true but consent \"suggestions\" shows the mediators none"
              + " of your utilities; consent \"utilities\" or \"full\" to share your reservation");
    }
    if (consent == FULL && shareGiven && !sharesReservation) {
      throw new IllegalArgumentException(
          "field 'shareReservation' is false but consent \"full\" shows the mediators your"
              + " reservation with the rest of your preferences; consent \"utilities\" to keep it");
    }
    return consent;
  }
}
