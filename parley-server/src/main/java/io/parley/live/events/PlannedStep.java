package io.parley.live.events;

import java.util.List;

/**
 * One step of an implementation plan as the live server tracks it: who carries it out, after which
 * steps, guaranteed by whom at which penalty. It is the public part of the scenario's {@code
 * io.parley.implementation.Step} (the shares it delivers stay with the server).
 *
 * @param id unique among the plan's steps
 * @param performer the participant who owes the step and reports it done
 * @param description what the step does, in plain words (may be empty)
 * @param phase the phase's label (may be empty)
 * @param dependsOn the steps that must be verified before this one may be reported done
 * @param guarantees who verifies or disputes the step, each with the penalty a breach costs the
 *     performer (in its own utility units, in [0, 1]); empty when the mediators verify it
 */
public record PlannedStep(
    String id,
    String performer,
    String description,
    String phase,
    List<String> dependsOn,
    List<Guarantee> guarantees) {
  public PlannedStep {
    dependsOn = List.copyOf(dependsOn);
    guarantees = List.copyOf(guarantees);
  }

  /** A guarantor of the step and the penalty it imposes on a breach. */
  public record Guarantee(String guarantor, double penalty) {}

  /** The ids of the step's guarantors, in plan order. */
  public List<String> guarantors() {
    return guarantees.stream().map(Guarantee::guarantor).toList();
  }

  /** The sum of the guarantees' penalties: what a breach of this step costs its performer. */
  public double penalty() {
    return guarantees.stream().mapToDouble(Guarantee::penalty).sum();
  }
}
