package io.parley.live.consent;

import io.parley.preference.Preferences;
import java.util.Objects;

/**
 * Preferences a party confided, as a typed value: read once, where they enter the server (the
 * request, or the log's payload when it is loaded), and computed from directly ever after.
 *
 * <p>Two confidings are equal when their bodies, consent and reservation sharing are: the
 * preferences are a function of the body (over the negotiation's issues).
 *
 * @param preferences the party's utility function, reservation and red lines, in Parley's
 *     preference model
 * @param consent what it lets the mediators see
 * @param sharesReservation whether it said {@code "shareReservation": true}
 * @param body the confided body as sent (without its {@code clientId}), as compact JSON text: what
 *     the log's sealed payload holds, what the party reads back, and what the mediators see under
 *     {@link Consent#FULL} only
 */
public record Confiding(
    Preferences preferences, Consent consent, boolean sharesReservation, String body) {
  public Confiding {
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(body, "body");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Confiding that
        && consent == that.consent
        && sharesReservation == that.sharesReservation
        && body.equals(that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(consent, sharesReservation, body);
  }

  /** Whether the mediators' chart may draw the party's reservation. */
  public boolean showsReservation() {
    return consent == Consent.FULL || consent == Consent.UTILITIES && sharesReservation;
  }
}
