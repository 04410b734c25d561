package io.parley.implementation;

import java.util.List;

/**
 * An order of a plan's steps, assessed.
 *
 * @param steps the steps in this order
 * @param largestExposure the largest exposure of any party after any step, in utility
 * @param selfEnforcing whether no performer gains by defecting at any step
 */
public record Sequence(List<StepReport> steps, double largestExposure, boolean selfEnforcing) {
  public Sequence {
    steps = List.copyOf(steps);
  }

  /** The step ids in this order. */
  public List<String> order() {
    return steps.stream().map(StepReport::step).toList();
  }
}
