package io.parley.live.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.Json;
import io.parley.live.LiveException;
import io.parley.live.consent.Consent;
import io.parley.live.events.IssueList;
import io.parley.live.input.Body;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioException;
import io.parley.scenario.ScenarioReader;
import java.util.List;

/**
 * Preferences a party confides through the API: {@code {"weights": {issue: w}, "scores": {issue:
 * {value: s}} (or {from, to} for a range issue), "reservation": r, "redLines": [...],
 * "shareReservation": true|false}} — the scenario format's preferences with camel-case names. They
 * are checked by the scenario reader itself, so every rule of the format (weights sum to 1, scores
 * in [0, 1], known issues and values, well-formed red lines) holds exactly as in a scenario file.
 *
 * <p>{@code consent} ({@code suggestions}, the default, {@code utilities} or {@code full}) is what
 * the confiding lets the mediators see ({@link Consent}); {@code shareReservation} (default false)
 * lets the chart draw the reservation under {@code utilities} ({@link
 * io.parley.live.consent.MediatorBasis}).
 */
public final class ConfidedPreferences {
  /** The field consenting to show the reservation on the mediators' chart. */
  static final String SHARE_RESERVATION = "shareReservation";

  /** The fields a confided-preferences body may hold. */
  static final List<String> FIELDS =
      List.of("weights", "scores", "reservation", "redLines", SHARE_RESERVATION, Consent.FIELD);

  /** The longest label of a confided red line, in characters. */
  static final int MAX_LABEL = 1_000;

  /** The most red lines a party may confide. */
  static final int MAX_RED_LINES = 100;

  private static final String OTHER = "confided-preferences-placeholder-party";

  private ConfidedPreferences() {}

  /**
   * The preferences {@code body} states for {@code party} over {@code issues}.
   *
   * @param body the request body without its {@code clientId}
   * @throws LiveException BAD_INPUT naming the field and the broken rule
   */
  public static Preferences read(ArrayNode issues, String party, JsonNode body) {
    Body fields = Body.of(body, "", FIELDS);
    consent(body);
    if (!fields.has("weights")) {
      throw LiveException.badInput("missing field 'weights'; every issue needs a weight");
    }
    ObjectNode preferences = Json.object();
    preferences.set("weights", fields.raw("weights"));
    if (fields.has("scores")) {
      preferences.set("values", fields.raw("scores"));
    }
    if (fields.has("reservation")) {
      preferences.set("reservation", fields.raw("reservation"));
    }
    if (fields.has("redLines")) {
      JsonNode redLines = fields.raw("redLines");
      if (redLines.isArray() && redLines.size() > MAX_RED_LINES) {
        throw LiveException.badInput(
            "field 'redLines' has "
                + redLines.size()
                + " entries; at most "
                + MAX_RED_LINES
                + " red lines may be confided");
      }
      for (int i = 0; i < redLines.size(); i++) {
        JsonNode label = redLines.get(i).path("label");
        if (label.isTextual() && label.textValue().length() > MAX_LABEL) {
          throw LiveException.badInput(
              "field 'redLines["
                  + i
                  + "].label' has "
                  + label.textValue().length()
                  + " characters; at most "
                  + MAX_LABEL
                  + " are allowed");
        }
      }
      preferences.set("red_lines", fields.raw("redLines"));
    }
    OutcomeSpace space = IssueList.space(issues);
    ObjectNode scenario = Json.object();
    scenario.put("name", "confided");
    ArrayNode parties = scenario.putArray("parties");
    parties.addObject().put("id", party).put("role", "party");
    parties.addObject().put("id", OTHER).put("role", "party");
    scenario.set("issues", IssueList.scenarioForm(issues));
    ObjectNode all = scenario.putObject("preferences");
    all.set(party, preferences);
    all.set(OTHER, placeholder(space));
    try {
      Scenario read = ScenarioReader.parse("preferences", Json.write(scenario), true);
      return read.preferences().get(party);
    } catch (ScenarioException e) {
      throw LiveException.badInput(message(e, party));
    }
  }

  /**
   * Whether the confided {@code body} lets the mediators' chart draw the party's reservation.
   *
   * @throws LiveException BAD_INPUT when {@code shareReservation} is present but not a boolean
   */
  public static boolean sharesReservation(JsonNode body) {
    JsonNode share = body.get(SHARE_RESERVATION);
    if (share == null) {
      return false;
    }
    if (!share.isBoolean()) {
      throw LiveException.badInput(
          "field '"
              + SHARE_RESERVATION
              + "' is a "
              + Body.kind(share)
              + "; expected true or false");
    }
    return share.booleanValue();
  }

  /**
   * What the confided {@code body} lets the mediators see ({@link Consent#read}).
   *
   * @throws LiveException BAD_INPUT when {@code consent} is not a level or contradicts {@code
   *     shareReservation}
   */
  public static Consent consent(JsonNode body) {
    try {
      return Consent.read(
          body.get(Consent.FIELD), sharesReservation(body), body.has(SHARE_RESERVATION));
    } catch (IllegalArgumentException e) {
      throw LiveException.badInput(e.getMessage());
    }
  }

  /** The scenario reader's complaint, with the API's field names and without the wrapper. */
  private static String message(ScenarioException e, String party) {
    String prefix = "preferences." + party;
    String path = e.path();
    if (path.startsWith(prefix)) {
      path = path.substring(prefix.length());
      path = path.startsWith(".") ? path.substring(1) : path;
    }
    path = path.replaceFirst("^values", "scores").replaceFirst("^red_lines", "redLines");
    String problem =
        e.problem().replace("'red_lines'", "'redLines'").replace("'values'", "'scores'");
    return "invalid preferences" + (path.isEmpty() ? "" : " at '" + path + "'") + ": " + problem;
  }

  private static ObjectNode placeholder(OutcomeSpace space) {
    ObjectNode preferences = Json.object();
    ObjectNode weights = preferences.putObject("weights");
    ObjectNode values = preferences.putObject("values");
    for (int i = 0; i < space.issueCount(); i++) {
      Issue issue = space.issue(i);
      weights.put(issue.id(), i == 0 ? 1.0 : 0.0);
      if (i == 0) {
        ObjectNode function = values.putObject(issue.id());
        if (issue instanceof DiscreteIssue discrete) {
          discrete.labels().forEach(label -> function.put(label, 0.0));
        } else {
          function.put("from", 0.0).put("to", 0.0);
        }
      }
    }
    return preferences;
  }
}
