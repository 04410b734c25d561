package io.parley.live.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.LiveException;
import io.parley.live.events.Creation;
import io.parley.live.rooms.Visibility;

/**
 * The limits on a scenario a live negotiation is created from, checked on the public facts every
 * participant is shown: the description is free text of at most {@link Body#MAX_TEXT} characters;
 * every other string (names, ids, issue values) is a label of at most {@link Body#MAX_NAME}
 * characters without control characters; at most {@value #MAX_PARTICIPANTS} participants and
 * {@value #MAX_ISSUES} issues of at most {@value #MAX_VALUES} values each. Every string must be
 * valid Unicode.
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
   * Checks the public facts of a new negotiation ({@link Creation}'s payload, sealed part aside).
   *
   * @throws LiveException BAD_INPUT naming the scenario's field and the limit
   */
  public static void check(ObjectNode facts) {
    count(facts.path("parties"), MAX_PARTICIPANTS, "parties");
    count(facts.path("issues"), MAX_ISSUES, "issues");
    JsonNode issues = facts.path("issues");
    for (int i = 0; i < issues.size(); i++) {
      count(issues.get(i).path("values"), MAX_VALUES, "issues[" + i + "].values");
    }
    walk(facts, "");
  }

  private static void count(JsonNode array, int max, String where) {
    if (array.size() > max) {
      throw LiveException.badInput(
          "invalid scenario: '"
              + where
              + "' has "
              + array.size()
              + " entries; at most "
              + max
              + " are allowed in a live negotiation");
    }
  }

  private static void walk(JsonNode node, String path) {
    if (node.isTextual()) {
      String text = node.textValue();
      boolean free = path.equals("description");
      int max = free ? Body.MAX_TEXT : Body.MAX_NAME;
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
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]");
      }
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> {
                if (!field.getKey().equals(Visibility.SEALED)) {
                  walk(field.getValue(), Body.where(path, field.getKey()));
                }
              });
    }
  }
}
