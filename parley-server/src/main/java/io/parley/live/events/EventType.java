package io.parley.live.events;

import java.util.Locale;
import java.util.Optional;

/** The closed set of things that happen in a live negotiation, as stored in its log. */
public enum EventType {
  NEGOTIATION_CREATED,
  PARTICIPANT_INVITED,
  INVITATION_REVOKED,
  TEXT_DRAFTED,
  TEXT_RELEASED,
  RESPONSE_SUBMITTED,
  MESSAGE_SENT,
  MESSAGE_RELEASED,
  PREFERENCES_CONFIDED,
  SESSION_SCHEDULED,
  ADJOURNED,
  SUGGESTION_MADE,
  SUGGESTION_RELEASED,
  SEAT_ASSIGNED,
  AGREEMENT_RECORDED,
  NEGOTIATION_ENDED,
  // follow-through (issue 17)
  RATIFICATION_OPENED,
  RATIFIER_VOTED,
  PARTY_RATIFIED,
  RATIFICATION_FAILED,
  AGREEMENT_RATIFIED,
  IMPROVEMENT_PROPOSED,
  IMPROVEMENT_ANSWERED,
  IMPROVEMENT_ADOPTED,
  IMPROVEMENT_DECLINED,
  IMPLEMENTATION_BEGAN,
  STEP_REPORTED,
  STEP_VERIFIED,
  STEP_DISPUTED,
  DISPUTE_RESOLVED,
  STEP_BREACHED,
  // The mediator's day (issue 16): sessions, deadlines, notes, paraphrases, outside events,
  // signatures.
  SESSION_ADJOURNED,
  SESSION_RESUMED,
  DEADLINE_SET,
  NOTE_WRITTEN,
  MESSAGE_PARAPHRASED,
  OUTSIDE_EVENT_RECORDED,
  AGREEMENT_SIGNED;

  /** The name in the log and the API: {@code text-drafted}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The type with wire name {@code name}, if any. */
  public static Optional<EventType> fromWire(String name) {
    for (EventType type : values()) {
      if (type.wire().equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
