package io.parley.live.followthrough;

import io.parley.live.events.PlannedStep;

/**
 * A step of the plan and where it stands.
 *
 * @param step the step as planned
 * @param state its state
 * @param note the note or reason of its last transition (empty while pending from the start)
 */
public record TrackedStep(PlannedStep step, StepState state, String note) {

  /** The step in state {@code next} with {@code why}. */
  TrackedStep to(StepState next, String why) {
    return new TrackedStep(step, next, why);
  }
}
