package io.parley.settlement;

import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.scenario.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads an agreement written as {@code ISSUE=VALUE,ISSUE=VALUE,...} (the {@code --agreement}
 * option): every issue exactly once, values as the scenario writes them, breaking no red line.
 */
public final class AgreementText {
  private AgreementText() {}

  /**
   * The agreement {@code text} names in {@code scenario}.
   *
   * @throws IllegalArgumentException naming the offending part: a part without '=', an unknown
   *     issue or value, an issue named twice or not at all, or a red line the agreement breaks
   */
  public static Outcome parse(String text, Scenario scenario) {
    var space = scenario.space();
    int[] indices = new int[space.issueCount()];
    Arrays.fill(indices, -1);
    List<String> issueIds = space.issues().stream().map(Issue::id).toList();
    for (String part : text.split(",", -1)) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            "'" + part + "' is not ISSUE=VALUE; write every issue as ISSUE=VALUE, comma-separated");
      }
      String issueId = part.substring(0, eq).trim();
      String value = part.substring(eq + 1).trim();
      int position =
          space
              .positionOf(issueId)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown issue '"
                              + issueId
                              + "'; issues are "
                              + String.join(", ", issueIds)));
      Issue issue = space.issue(position);
      if (indices[position] >= 0) {
        throw new IllegalArgumentException("issue '" + issueId + "' is named twice");
      }
      int index = issue.indexOf(value);
      if (index < 0) {
        throw new IllegalArgumentException(
            "issue '"
                + issueId
                + "' has no value '"
                + value
                + "'; its values are "
                + values(issue));
      }
      indices[position] = index;
    }
    for (int i = 0; i < indices.length; i++) {
      if (indices[i] < 0) {
        throw new IllegalArgumentException(
            "issue '" + issueIds.get(i) + "' is missing; an agreement names every issue");
      }
    }
    Outcome outcome = new Outcome(indices);
    for (Map.Entry<String, Preferences> e : scenario.preferences().entrySet()) {
      for (RedLine redLine : e.getValue().redLines()) {
        if (!redLine.allows(indices)) {
          throw new IllegalArgumentException(
              "the agreement is infeasible: it breaks "
                  + e.getKey()
                  + "'s red line "
                  + redLine.explain(space));
        }
      }
    }
    return outcome;
  }

  private static String values(Issue issue) {
    StringBuilder sb = new StringBuilder();
    int shown = Math.min(issue.size(), 12);
    for (int k = 0; k < shown; k++) {
      sb.append(k == 0 ? "" : ", ").append(issue.labelAt(k));
    }
    return issue.size() > shown ? sb + ", ... (" + issue.size() + " values)" : sb.toString();
  }
}
