package io.parley.store;

import java.util.List;

/**
 * An event to append to a negotiation's log.
 *
 * @param clientId the client's id for this append; appending the same id twice to one negotiation
 *     stores the event once (idempotence)
 * @param type the event type, such as {@code text-drafted}
 * @param actor the participant who caused it, or {@code system}
 * @param recipients the participants who may read it
 * @param payload the event's data as a JSON text
 */
public record NewEvent(
    String clientId, String type, String actor, List<String> recipients, String payload) {
  public NewEvent {
    recipients = List.copyOf(recipients);
    if (clientId == null || clientId.isBlank() || clientId.length() > 200) {
      throw new IllegalArgumentException("client id must be 1 to 200 characters");
    }
  }
}
