package io.parley.live.consent;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.preference.Preferences;
import java.util.Objects;

/**
 * A party's latest confiding, as the server holds it.
 *
 * @param preferences the preferences read from it
 * @param consent what it lets the mediators see
 * @param sharesReservation whether it said {@code "shareReservation": true}
 * @param body the confided body as sent (without its {@code clientId}); shown to the mediators only
 *     under {@link Consent#FULL}
 */
public record Confiding(
    Preferences preferences, Consent consent, boolean sharesReservation, JsonNode body) {
  public Confiding {
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(consent, "consent");
    body = body.deepCopy();
  }

  /** Whether the mediators' chart may draw the party's reservation. */
  public boolean showsReservation() {
    return consent == Consent.FULL || consent == Consent.UTILITIES && sharesReservation;
  }

  @Override
  public JsonNode body() {
    return body.deepCopy();
  }
}
