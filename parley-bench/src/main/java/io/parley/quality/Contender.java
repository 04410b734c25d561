package io.parley.quality;

import io.parley.protocol.ProtocolKind;
import io.parley.run.RunOptions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One row of the quality report: a protocol with the strategies at the table.
 *
 * @param label how the row is named in the table
 * @param protocol the protocol
 * @param negotiator the strategy every party plays; empty for the default ({@code parley run} with
 *     no strategy flags)
 * @param mediator the mediator's strategy (single text only); empty for the default
 */
record Contender(
    String label, ProtocolKind protocol, Optional<String> negotiator, Optional<String> mediator) {

  /** A single-text mediator with the default party robots. */
  static Contender mediated(String mediator) {
    return new Contender(
        "single-text, mediator " + mediator,
        ProtocolKind.SINGLE_TEXT,
        Optional.empty(),
        Optional.of(mediator));
  }

  /** Alternating offers, every party playing {@code negotiator}. */
  static Contender selfPlay(String negotiator) {
    return new Contender(
        "alternating offers, all " + negotiator,
        ProtocolKind.ALTERNATING_OFFERS,
        Optional.of(negotiator),
        Optional.empty());
  }

  /** Alternating offers with no strategy flags: what {@code parley run} picks. */
  static Contender defaults() {
    return new Contender(
        "alternating offers, default agents",
        ProtocolKind.ALTERNATING_OFFERS,
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The run options of this contender for a scenario with {@code parties}: a deadline of {@code
   * rounds}, seed {@code seed}, agents called on the run's thread.
   */
  RunOptions options(Iterable<String> parties, int rounds, long seed) {
    Map<String, String> negotiators = new LinkedHashMap<>();
    negotiator.ifPresent(
        name -> {
          for (String party : parties) {
            negotiators.put(party, name);
          }
        });
    return new RunOptions(
        Optional.of(protocol),
        negotiators,
        mediator,
        Optional.empty(),
        OptionalInt.of(rounds),
        OptionalLong.of(seed),
        Duration.ZERO,
        Optional.empty());
  }
}
