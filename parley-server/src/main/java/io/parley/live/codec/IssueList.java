package io.parley.live.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * The public description of a negotiation's issues, as the creation event records it and every
 * participant reads it: {@code {"id","name","values":[...]}} for a discrete issue, {@code
 * {"id","name","min","max","step"}} for a range.
 */
public final class IssueList {
  private IssueList() {}

  /** The description of every issue of {@code space}, in order. */
  public static ArrayNode describe(OutcomeSpace space) {
    ArrayNode list = Json.MAPPER.createArrayNode();
    for (Issue issue : space.issues()) {
      ObjectNode node = list.addObject();
      node.put("id", issue.id());
      node.put("name", issue.name());
      if (issue instanceof DiscreteIssue discrete) {
        ArrayNode values = node.putArray("values");
        discrete.labels().forEach(values::add);
      } else {
        IntegerIssue range = (IntegerIssue) issue;
        node.put("min", range.min());
        node.put("max", range.last());
        node.put("step", range.step());
      }
    }
    return list;
  }

  /** The outcome space a description written by {@link #describe} stands for. */
  public static OutcomeSpace space(ArrayNode description) {
    List<Issue> issues = new ArrayList<>();
    for (JsonNode node : description) {
      String id = node.get("id").textValue();
      String name = node.get("name").textValue();
      if (node.has("values")) {
        List<String> labels = new ArrayList<>();
        node.get("values").forEach(label -> labels.add(label.textValue()));
        issues.add(new DiscreteIssue(id, name, labels));
      } else {
        issues.add(
            new IntegerIssue(
                id,
                name,
                node.get("min").longValue(),
                node.get("max").longValue(),
                node.get("step").longValue()));
      }
    }
    return new OutcomeSpace(issues);
  }
}
