package io.parley.run;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.protocol.NegotiationSetup;
import java.util.Optional;

/**
 * A run that ended because an agent failed (threw, overran its time budget or made an invalid
 * move), with the seat and the strategy to blame.
 *
 * @param seat the participant whose agent failed
 * @param strategy the strategy that agent plays ({@link NegotiationSetup#strategyOf})
 * @param detail what went wrong, as the end event records it
 */
public record RunFault(String seat, String strategy, String detail) {

  /** The fault that ended a run of {@code setup} with {@code end}; empty for any other end. */
  public static Optional<RunFault> of(NegotiationSetup setup, End end) {
    if (!(end instanceof End.NoAgreement none) || none.reason() != EndReason.FAILURE) {
      return Optional.empty();
    }
    String strategy =
        setup.negotiators().containsKey(none.party()) || setup.mediators().containsKey(none.party())
            ? setup.strategyOf(none.party())
            : "unknown";
    return Optional.of(new RunFault(none.party(), strategy, none.detail()));
  }

  /** One line naming the seat, the strategy and the cause. */
  public String message() {
    return "the run failed: seat '" + seat + "' playing " + strategy + ": " + detail;
  }
}
