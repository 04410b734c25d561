package io.parley.live.events;

import io.parley.live.LiveException;
import io.parley.live.events.LiveEvent.NegotiationCreated;
import io.parley.live.input.InputText;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Issue;
import java.util.List;

/**
 * The limits on a scenario a live negotiation is created from, checked on the public facts every
 * participant is shown: the description is free text of at most {@link InputText#MAX_TEXT}
 * characters; every other string (names, ids, issue values) is a label of at most {@link
 * InputText#MAX_NAME} characters without control characters; at most {@value #MAX_PARTICIPANTS}
 * participants and {@value #MAX_ISSUES} issues of at most {@value #MAX_VALUES} values each. Every
 * string must be valid Unicode. Messages name the field as the creation event's payload writes it
 * ({@code issues[2].values[5]}).
 */
public final class ScenarioLimits {
  /** The most participants (parties and mediators) a live negotiation seats. */
  static final int MAX_PARTICIPANTS = 100;

  /** The most issues a live negotiation negotiates. */
  static final int MAX_ISSUES = 100;

  /** The most values of one issue. */
  static final int MAX_VALUES = 1000;

  private ScenarioLimits() {}

  /**
   * Checks the public facts of a new negotiation (its sealed part aside).
   *
   * @throws LiveException BAD_INPUT naming the scenario's field and the limit
   */
  public static void check(NegotiationCreated facts) {
    count(facts.parties().size(), MAX_PARTICIPANTS, "parties");
    List<Issue> issues = facts.space().issues();
    count(issues.size(), MAX_ISSUES, "issues");
    for (int i = 0; i < issues.size(); i++) {
      if (issues.get(i) instanceof DiscreteIssue discrete) {
        count(discrete.labels().size(), MAX_VALUES, "issues[" + i + "].values");
      }
    }
    label(facts.name(), "name");
    text(facts.description(), "description", InputText.MAX_TEXT, true);
    label(facts.lead(), "lead");
    for (int i = 0; i < facts.parties().size(); i++) {
      Participant party = facts.parties().get(i);
      label(party.id(), "parties[" + i + "].id");
      label(party.name(), "parties[" + i + "].name");
      label(party.role().fileName(), "parties[" + i + "].role");
    }
    for (int i = 0; i < issues.size(); i++) {
      Issue issue = issues.get(i);
      label(issue.id(), "issues[" + i + "].id");
      label(issue.name(), "issues[" + i + "].name");
      if (issue instanceof DiscreteIssue discrete) {
        for (int v = 0; v < discrete.labels().size(); v++) {
          label(discrete.labels().get(v), "issues[" + i + "].values[" + v + "]");
        }
      }
    }
  }

  private static void count(int size, int max, String where) {
    if (size > max) {
      throw LiveException.badInput(
          "invalid scenario: '"
              + where
              + "' has "
              + size
              + " entries; at most "
              + max
              + " are allowed in a live negotiation");
    }
  }

  private static void label(String text, String path) {
    text(text, path, InputText.MAX_NAME, false);
  }

  private static void text(String text, String path, int max, boolean free) {
    if (text == null) {
      return;
    }
    if (text.length() > max) {
      throw LiveException.badInput(
          "invalid scenario: '"
              + path
              + "' has "
              + text.length()
              + " characters; at most "
              + max
              + " are allowed");
    }
    if (free) {
      InputText.freeText(text, "scenario " + path);
    } else {
      InputText.name(text, "scenario " + path);
    }
  }
}
