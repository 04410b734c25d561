package io.parley.run;

import io.parley.protocol.ProtocolKind;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Choices for one run that override the scenario's {@code run} section; every field may be left
 * out.
 *
 * @param protocol the protocol
 * @param negotiators party id to strategy name
 * @param mediatorStrategy the strategy every mediator plays
 * @param leadMediator the mediator who drafts the single text
 * @param deadline a deadline in rounds; replaces the scenario's session timeline with one plenary
 *     session of that many rounds
 * @param seed the random seed
 * @param callBudget the time budget per agent call (zero: unlimited, calls on the run's thread)
 * @param timeLimit a wall-clock deadline for the whole run
 */
public record RunOptions(
    Optional<ProtocolKind> protocol,
    Map<String, String> negotiators,
    Optional<String> mediatorStrategy,
    Optional<String> leadMediator,
    OptionalInt deadline,
    OptionalLong seed,
    Duration callBudget,
    Optional<Duration> timeLimit) {

  /** No overrides, a one-second budget per agent call. */
  public static final RunOptions DEFAULTS =
      new RunOptions(
          Optional.empty(),
          Map.of(),
          Optional.empty(),
          Optional.empty(),
          OptionalInt.empty(),
          OptionalLong.empty(),
          Duration.ofSeconds(1),
          Optional.empty());

  public RunOptions {
    negotiators = Map.copyOf(negotiators);
  }
}
