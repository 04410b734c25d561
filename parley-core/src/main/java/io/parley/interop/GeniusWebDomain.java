package io.parley.interop;

import io.parley.outcome.OutcomeSpace;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A GeniusWeb domain as read by {@link GeniusWebReader}.
 *
 * @param file the file it was read from
 * @param name the domain's {@code name}
 * @param space the outcome space; issue {@code i} of the space is {@code issues().get(i)}
 * @param issues per issue in file order, its original name and, for a number range, the range
 */
public record GeniusWebDomain(
    String file, String name, OutcomeSpace space, List<IssueInfo> issues) {
  public GeniusWebDomain {
    issues = List.copyOf(issues);
  }

  /**
   * How the file describes one issue.
   *
   * @param name the original issue name
   * @param range for a {@code {"range": {low, high, step}}} issue, the range; its grid numbers are
   *     the issue's values, in order
   */
  public record IssueInfo(String name, Optional<NumberRange> range) {}

  /**
   * A GeniusWeb number range: the values {@code low + k·step <= high}, as exact decimals.
   *
   * @param grid the values, ascending
   */
  public record NumberRange(
      BigDecimal low, BigDecimal high, BigDecimal step, List<BigDecimal> grid) {
    public NumberRange {
      grid = List.copyOf(grid);
    }
  }

  /** The position of the issue named {@code name}, if any. */
  public Optional<Integer> positionOf(String name) {
    for (int i = 0; i < issues.size(); i++) {
      if (issues.get(i).name().equals(name)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
