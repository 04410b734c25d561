package io.parley.live.consent;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the mediators' room view shows of the parties' consent. */
public final class ConsentView {
  private ConsentView() {}

  /**
   * Adds to a mediator's {@code view}: {@code "consent": {party: "suggestions"|"utilities"|"full"}}
   * for each party that confided, and {@code "confidedPreferences": {party: body}} with the
   * confided body of each party that consented to {@link Consent#FULL} (and of no other).
   */
  public static void addTo(ObjectNode view, MediatorBasis basis) {
    ObjectNode consent = view.putObject("consent");
    basis.consents().forEach(consent::put);
    ObjectNode full = view.putObject("confidedPreferences");
    basis.fullPreferences().forEach(full::set);
  }
}
