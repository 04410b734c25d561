package io.parley.implementation;

/**
 * A participant's guarantee of one step: if the step's performer defects at that step, the
 * guarantor imposes {@code penalty} on it.
 *
 * @param guarantor the id of a participant of the scenario (any role)
 * @param penalty the loss the guarantor imposes on a defector, in the defector's own utility units;
 *     in [0, 1]
 */
public record Guarantee(String guarantor, double penalty) {

  /**
   * @throws IllegalArgumentException if the guarantor is blank or the penalty outside [0, 1]
   */
  public Guarantee {
    if (guarantor == null || guarantor.isBlank()) {
      throw new IllegalArgumentException("guarantor id is blank");
    }
    if (!(penalty >= 0 && penalty <= 1)) {
      throw new IllegalArgumentException("penalty " + penalty + " outside [0, 1]");
    }
  }
}
