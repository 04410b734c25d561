package io.parley.scenario;

import io.parley.implementation.ImplementationPlan;
import io.parley.ratification.Ratification;
import java.util.Optional;

/**
 * What a scenario says happens around and after agreement: how the terms are carried out ({@code
 * implementation:}) and who must ratify them at home ({@code ratification:}).
 *
 * @param implementation the phased plan, if the file gives one
 * @param ratification the parties' constituencies, if the file gives any
 */
public record FollowThrough(
    Optional<ImplementationPlan> implementation, Optional<Ratification> ratification) {

  /** Neither a plan nor ratifiers. */
  public static final FollowThrough NONE = new FollowThrough(Optional.empty(), Optional.empty());

  /** Whether the scenario has neither section. */
  public boolean isEmpty() {
    return implementation.isEmpty() && ratification.isEmpty();
  }
}
