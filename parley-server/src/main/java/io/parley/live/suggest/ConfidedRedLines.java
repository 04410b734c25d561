package io.parley.live.suggest;

import io.parley.live.LiveException;
import io.parley.live.suggest.PreferenceStatement.StatedRedLine;
import io.parley.live.suggest.PreferenceStatement.StatedValues;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.RedLine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The red lines of a confiding ({@link ConfidedPreferences}), checked against the issues and built
 * as {@link RedLine}s: each has exactly one of {@code forbid}, {@code require} or {@code if} with
 * {@code then}; a condition names at least one issue, each with a non-empty list of its values or,
 * for a range issue, bounds {@code {min, max}} that take in at least one value.
 */
final class ConfidedRedLines {
  private ConfidedRedLines() {}

  /**
   * The red line {@code stated} states.
   *
   * @param path where it is ({@code redLines[2]}), for messages
   * @throws LiveException BAD_INPUT naming the field and the broken rule
   */
  static RedLine read(OutcomeSpace space, StatedRedLine stated, String path) {
    String label = stated.label().orElse("");
    if (stated.label().isPresent() && label.isBlank()) {
      throw ConfidedPreferences.invalid(path + ".label", "expected a label, got an empty string");
    }
    List<String> forms = new ArrayList<>();
    stated.forbid().ifPresent(c -> forms.add("'forbid'"));
    stated.require().ifPresent(c -> forms.add("'require'"));
    if (stated.when().isPresent() || stated.then().isPresent()) {
      forms.add("'if'/'then'");
    }
    if (forms.size() != 1) {
      throw ConfidedPreferences.invalid(
          path,
          (forms.isEmpty()
                  ? "a red line with no rule"
                  : "a red line with " + String.join(" and ", forms))
              + "; expected exactly one of 'forbid', 'require' or 'if' with 'then'");
    }
    if (stated.forbid().isPresent()) {
      return new RedLine.Forbid(condition(space, stated.forbid().get(), path + ".forbid"), label);
    }
    if (stated.require().isPresent()) {
      return new RedLine.Require(
          condition(space, stated.require().get(), path + ".require"), label);
    }
    if (stated.when().isEmpty() || stated.then().isEmpty()) {
      throw ConfidedPreferences.invalid(
          path,
          stated.when().isEmpty()
              ? "'then' without 'if'; a linkage needs both 'if' and 'then'"
              : "'if' without 'then'; a linkage needs both 'if' and 'then'");
    }
    return new RedLine.Linkage(
        condition(space, stated.when().get(), path + ".if"),
        condition(space, stated.then().get(), path + ".then"),
        label);
  }

  private static Condition condition(
      OutcomeSpace space, Map<String, StatedValues> stated, String path) {
    if (stated.isEmpty()) {
      throw ConfidedPreferences.invalid(
          path, "the condition is empty; expected at least one issue");
    }
    List<Clause> clauses = new ArrayList<>();
    for (var entry : stated.entrySet()) {
      String issueId = entry.getKey();
      String where = path + "." + issueId;
      int position =
          space
              .positionOf(issueId)
              .orElseThrow(
                  () ->
                      ConfidedPreferences.invalid(
                          where, ConfidedPreferences.unknownIssue(issueId, space)));
      Issue issue = space.issue(position);
      BitSet allowed = new BitSet(issue.size());
      if (entry.getValue() instanceof StatedValues.Bounds bounds) {
        if (!(issue instanceof IntegerIssue range)) {
          throw ConfidedPreferences.invalid(
              where,
              "bounds {min, max} need a range issue, but '"
                  + issueId
                  + "' is discrete; list its values instead");
        }
        long lo =
            bounds.min().isPresent()
                ? ConfidedPreferences.integer(bounds.min().get(), where + ".min", "an integer min")
                : range.min();
        long hi =
            bounds.max().isPresent()
                ? ConfidedPreferences.integer(bounds.max().get(), where + ".max", "an integer max")
                : range.last();
        for (int k = 0; k < range.size(); k++) {
          long value = range.valueOf(k);
          if (value >= lo && value <= hi) {
            allowed.set(k);
          }
        }
        if (allowed.isEmpty()) {
          throw ConfidedPreferences.invalid(
              where, "no value of issue '" + issueId + "' lies in [" + lo + ", " + hi + "]");
        }
      } else {
        List<String> values = ((StatedValues.Listed) entry.getValue()).values();
        if (values.isEmpty()) {
          throw ConfidedPreferences.invalid(
              where,
              "the list of values of issue '"
                  + issueId
                  + "' is empty; expected at least one value");
        }
        for (int k = 0; k < values.size(); k++) {
          int index = issue.indexOf(values.get(k));
          if (index < 0) {
            throw ConfidedPreferences.invalid(
                where + "[" + k + "]",
                "issue '"
                    + issueId
                    + "' has no value '"
                    + values.get(k)
                    + "'; its values are "
                    + valuesOf(issue));
          }
          allowed.set(index);
        }
      }
      clauses.add(new Clause(position, allowed, issue.size()));
    }
    return new Condition(clauses);
  }

  private static String valuesOf(Issue issue) {
    if (issue instanceof IntegerIssue range) {
      return range.min()
          + " to "
          + range.last()
          + (range.step() == 1 ? "" : " in steps of " + range.step());
    }
    return String.join(", ", ((DiscreteIssue) issue).labels());
  }
}
