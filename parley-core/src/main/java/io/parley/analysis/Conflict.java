package io.parley.analysis;

import java.util.List;

/**
 * A minimal set of constraints that cannot hold together: no outcome satisfies them all, but
 * dropping any one of them leaves a set some outcome satisfies.
 *
 * @param constraints the constraints, in party order
 * @param explanation the conflict in plain words
 */
public record Conflict(List<Constraint> constraints, String explanation) {
  public Conflict {
    constraints = List.copyOf(constraints);
  }
}
