package io.parley.live.rules;

/** The moves the API offers, one per action endpoint; each names who may make it. */
public enum Move {
  INVITE,
  REVOKE,
  DRAFT_TEXT,
  RELEASE_TEXT,
  SEND_MESSAGE,
  RELEASE_MESSAGE,
  SCHEDULE_SESSION,
  ADJOURN,
  SUGGEST,
  RELEASE_SUGGESTION,
  ASSIGN_SEAT,
  RECORD_AGREEMENT,
  END,
  RESPOND,
  CONFIDE,
  // The mediator's day (issue 16).
  ADJOURN_SESSION,
  RESUME_SESSION,
  SET_DEADLINE,
  WRITE_NOTE,
  PARAPHRASE_MESSAGE,
  RECORD_OUTSIDE_EVENT,
  SIGN_AGREEMENT
}
