package io.parley.implementation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One step in an order, with what it does to the parties.
 *
 * @param step the step's id
 * @param performer who carries it out
 * @param phase its phase label (may be empty)
 * @param values party id to the step's value to it (positive: received), in utility
 * @param exposure party id to its exposure after this step (given minus received so far)
 * @param defectionGain the performer's gain from defecting here ({@link Defection}); empty when the
 *     performer is not a negotiating party
 * @param penalty the sum of the step's guarantees' penalties
 */
public record StepReport(
    String step,
    String performer,
    String phase,
    Map<String, Double> values,
    Map<String, Double> exposure,
    OptionalDouble defectionGain,
    double penalty) {
  public StepReport {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    exposure = Collections.unmodifiableMap(new LinkedHashMap<>(exposure));
  }

  /** Whether the performer would gain by defecting at this step. */
  public boolean defectionPays() {
    return defectionGain.isPresent() && defectionGain.getAsDouble() > 0;
  }
}
