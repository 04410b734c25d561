package io.parley.implementation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of an implementation plan: who does what, in which phase, after which earlier steps,
 * guaranteed by whom.
 *
 * <p>What a step is worth to each party is defined by {@link StepValues}: the shares of issues it
 * {@code delivers} (each a fraction of the move of that issue from the status quo to the agreed
 * value) plus its explicit {@code values}.
 *
 * @param id unique among the plan's steps
 * @param performer the id of the participant who carries the step out
 * @param description what the step does, in plain words (may be empty)
 * @param phase the phase's label (may be empty); descriptive only, order comes from {@code
 *     dependsOn}
 * @param delivers issue id to the share in (0, 1] of that move the step delivers
 * @param values party id to an explicit change of that party's utility the step brings, in [-1, 1]
 * @param dependsOn ids of the steps that must be done before this one
 * @param guarantees who guarantees the step, with the penalty each imposes on a defector
 */
public record Step(
    String id,
    String performer,
    String description,
    String phase,
    Map<String, Double> delivers,
    Map<String, Double> values,
    List<String> dependsOn,
    List<Guarantee> guarantees) {

  /**
   * @throws IllegalArgumentException if the id or performer is blank, a share is outside (0, 1], a
   *     value outside [-1, 1], or the step depends on itself
   */
  public Step {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("step id is blank");
    }
    if (performer == null || performer.isBlank()) {
      throw new IllegalArgumentException("step '" + id + "' has no performer");
    }
    description = description == null ? "" : description;
    phase = phase == null ? "" : phase;
    delivers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(delivers));
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    dependsOn = List.copyOf(dependsOn);
    guarantees = List.copyOf(guarantees);
    for (var e : delivers.entrySet()) {
      if (!(e.getValue() > 0 && e.getValue() <= 1)) {
        throw new IllegalArgumentException(
            "step '" + id + "' delivers share " + e.getValue() + " of '" + e.getKey() + "'");
      }
    }
    for (var e : values.entrySet()) {
      if (!(e.getValue() >= -1 && e.getValue() <= 1)) {
        throw new IllegalArgumentException(
            "step '" + id + "' value " + e.getValue() + " for '" + e.getKey() + "'");
      }
    }
    if (dependsOn.contains(id)) {
      throw new IllegalArgumentException("step '" + id + "' depends on itself");
    }
  }

  /** The sum of the guarantees' penalties. */
  public double penalty() {
    return guarantees.stream().mapToDouble(Guarantee::penalty).sum();
  }
}
