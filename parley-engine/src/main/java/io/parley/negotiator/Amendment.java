package io.parley.negotiator;

import io.parley.outcome.OutcomeSpace;

/**
 * A proposed change to one provision of a text: set issue {@code issue} to value {@code value}.
 *
 * @param issue the issue's position in the outcome space
 * @param value the proposed value index
 * @param reason why, in plain words (may be empty)
 */
public record Amendment(int issue, int value, String reason) {
  public Amendment {
    reason = reason == null ? "" : reason;
  }

  /** {@code ceasefire -> extended-truce (reason)}. */
  public String describe(OutcomeSpace space) {
    var issueObject = space.issue(issue);
    return issueObject.id()
        + " -> "
        + issueObject.labelAt(value)
        + (reason.isEmpty() ? "" : " (" + reason + ")");
  }
}
