package io.parley.live.followthrough;

import java.util.Locale;

/**
 * Where one step of the implementation plan stands. The transitions, and who makes each (see
 * docs/server.md, "Follow-through"):
 *
 * <pre>
 *   PENDING  --report (the performer; every step it depends on VERIFIED)--&gt; DONE
 *   DONE     --verify (a guarantor of the step; a mediator if it has none)--&gt; VERIFIED
 *   DONE     --dispute (a guarantor of the step; a mediator if it has none)--&gt; DISPUTED
 *   DISPUTED --resolve as verified (a mediator)--&gt; VERIFIED
 *   DISPUTED --resolve as redo (a mediator)--&gt; PENDING
 *   DISPUTED --declare a breach (a mediator)--&gt; BREACHED
 * </pre>
 *
 * VERIFIED and BREACHED are final. Every other move on a step is refused.
 */
public enum StepState {
  PENDING,
  DONE,
  VERIFIED,
  DISPUTED,
  BREACHED;

  /** The name in the API: {@code pending}, {@code done}, ... */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
