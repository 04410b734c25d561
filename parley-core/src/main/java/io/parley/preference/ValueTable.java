package io.parley.preference;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Issue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Scores for the labels of a discrete issue, each in [0, 1]. */
public record ValueTable(Map<String, Double> scoresByLabel) implements ValueFunction {

  /**
   * @throws IllegalArgumentException if a score is outside [0, 1] or NaN
   */
  public ValueTable {
    scoresByLabel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scoresByLabel));
    scoresByLabel.forEach((label, score) -> Scores.check(score, "score of '" + label + "'"));
  }

  @Override
  public double[] scores(Issue issue) {
    if (!(issue instanceof DiscreteIssue discrete)) {
      throw new IllegalArgumentException(
          "a value table scores labels, but issue '" + issue.id() + "' is a range");
    }
    double[] scores = new double[discrete.size()];
    for (var entry : scoresByLabel.entrySet()) {
      int index = discrete.indexOf(entry.getKey());
      if (index < 0) {
        throw new IllegalArgumentException(
            "issue '" + issue.id() + "' has no value '" + entry.getKey() + "'");
      }
      scores[index] = entry.getValue();
    }
    for (String label : discrete.labels()) {
      if (!scoresByLabel.containsKey(label)) {
        throw new IllegalArgumentException(
            "no score for value '" + label + "' of issue '" + issue.id() + "'");
      }
    }
    return scores;
  }
}
