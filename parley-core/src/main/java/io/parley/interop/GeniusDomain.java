package io.parley.interop;

import io.parley.outcome.OutcomeSpace;
import java.util.List;
import java.util.Optional;

/**
 * A GENIUS domain as read by {@link GeniusDomainReader}: the outcome space and, per issue, what the
 * profiles need to refer to it.
 *
 * @param file the domain file
 * @param name the domain's name: the file name without extension
 * @param space the outcome space; issue {@code i} of the space is {@code issues().get(i)}
 * @param issues per issue in space order (GENIUS's pre-order), its GENIUS index, type and, for a
 *     real issue, the numbers of its grid points
 */
public record GeniusDomain(String file, String name, OutcomeSpace space, List<IssueInfo> issues) {
  public GeniusDomain {
    issues = List.copyOf(issues);
  }

  /** The GENIUS issue types ({@code ISSUETYPE}). */
  public enum IssueType {
    DISCRETE,
    INTEGER,
    REAL
  }

  /**
   * How the file describes one issue.
   *
   * @param index the 1-based {@code index} attribute profiles refer to the issue by
   * @param name the original name
   * @param type the GENIUS type
   * @param gridValues for a real issue, the number of each grid point (in value order); empty
   *     otherwise
   */
  public record IssueInfo(int index, String name, IssueType type, List<Double> gridValues) {
    public IssueInfo {
      gridValues = List.copyOf(gridValues);
    }
  }

  /** The position in the space of the issue with GENIUS index {@code index}, if any. */
  public Optional<Integer> positionOfIndex(int index) {
    for (int i = 0; i < issues.size(); i++) {
      if (issues.get(i).index() == index) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
