package io.parley.live.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.LiveException;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.Iterator;

/**
 * Outcomes and values in the API's JSON form (the form of {@code io.parley.outcome.OutcomeJson}):
 * an outcome is an object of issue id to value; a value is its label, or a JSON integer for a range
 * issue. Reading is strict and names the offending issue and value.
 */
public final class OutcomeCodec {
  private OutcomeCodec() {}

  /**
   * Reads a complete package: every issue of {@code space} exactly once.
   *
   * @param where the field's path, for messages
   * @throws LiveException BAD_INPUT for a missing or unknown issue or a value the issue lacks
   */
  public static Outcome read(JsonNode node, OutcomeSpace space, String where) {
    if (!(node instanceof ObjectNode object)) {
      throw LiveException.badInput(
          "field '"
              + where
              + "' is a "
              + Body.kind(node)
              + "; expected an object of issue id to value");
    }
    int[] values = new int[space.issueCount()];
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String issueId = names.next();
      int position = position(space, issueId, where);
      values[position] = value(space.issue(position), object.get(issueId), where + "." + issueId);
    }
    for (int i = 0; i < space.issueCount(); i++) {
      if (!object.has(space.issue(i).id())) {
        throw LiveException.badInput(
            "field '"
                + where
                + "' has no value for issue '"
                + space.issue(i).id()
                + "'; a text must settle every issue");
      }
    }
    return Outcome.of(values);
  }

  /** The position of issue {@code issueId}, or BAD_INPUT listing the issues. */
  public static int position(OutcomeSpace space, String issueId, String where) {
    return space
        .positionOf(issueId)
        .orElseThrow(
            () ->
                LiveException.badInput(
                    "unknown issue '"
                        + issueId
                        + "' in '"
                        + where
                        + "'; issues are "
                        + String.join(", ", space.issues().stream().map(Issue::id).toList())));
  }

  /** The index of the value {@code node} names for {@code issue}. */
  public static int value(Issue issue, JsonNode node, String where) {
    if (issue instanceof DiscreteIssue discrete) {
      if (node == null || !node.isTextual()) {
        throw LiveException.badInput(
            "field '"
                + where
                + "' is a "
                + Body.kind(node)
                + "; expected one of the labels "
                + String.join(", ", discrete.labels()));
      }
      int index = discrete.indexOf(node.textValue());
      if (index < 0) {
        throw LiveException.badInput(
            "issue '"
                + issue.id()
                + "' has no value '"
                + node.textValue()
                + "' (field '"
                + where
                + "'); its values are "
                + String.join(", ", discrete.labels()));
      }
      return index;
    }
    IntegerIssue range = (IntegerIssue) issue;
    if (node == null || !node.isNumber()) {
      throw LiveException.badInput(
          "field '"
              + where
              + "' is a "
              + Body.kind(node)
              + "; expected an integer from "
              + range.min()
              + " to "
              + range.last());
    }
    long value = Body.integerValue(node, where, range.min(), range.last());
    int index = range.indexOfValue(value);
    if (index < 0) {
      throw LiveException.badInput(
          "field '"
              + where
              + "' is "
              + value
              + ", which is not on issue '"
              + issue.id()
              + "''s grid from "
              + range.min()
              + " in steps of "
              + range.step());
    }
    return index;
  }

  /** The JSON form of {@code outcome}. */
  public static ObjectNode write(Outcome outcome, OutcomeSpace space) {
    ObjectNode node = Json.object();
    for (int i = 0; i < space.issueCount(); i++) {
      node.set(space.issue(i).id(), valueNode(space.issue(i), outcome.valueIndex(i)));
    }
    return node;
  }

  /** The JSON form of value {@code index} of {@code issue}. */
  public static JsonNode valueNode(Issue issue, int index) {
    Object value = issue.valueAt(index);
    if (value instanceof Long number) {
      return Json.MAPPER.getNodeFactory().numberNode(number);
    }
    return Json.MAPPER.getNodeFactory().textNode(String.valueOf(value));
  }
}
