package io.parley.store;

import java.util.Optional;

/**
 * The result of checking one negotiation's hash chain.
 *
 * @param negotiation the negotiation's id
 * @param events the number of events checked
 * @param firstBroken the sequence of the first event whose link does not hold, if any
 * @param problem what is wrong there, in plain words (empty when the chain holds)
 */
public record ChainCheck(
    String negotiation, long events, Optional<Long> firstBroken, String problem) {
  /** Whether every link holds. */
  public boolean intact() {
    return firstBroken.isEmpty();
  }
}
