package io.parley.tournament;

import io.parley.protocol.ProtocolKind;
import java.io.Serializable;
import java.util.List;

/**
 * One negotiation of a {@link Plan}: everything needed to run it anywhere, given the config.
 *
 * @param index the position in the plan, from 0; results are written in this order
 * @param key the stable identity: 16 hex digits of SHA-256 over the scenario id, protocol,
 *     mediator, seating and repetition, the same on every machine and for every runner
 * @param scenario the scenario
 * @param protocol the protocol
 * @param mediator the mediator competitor's name for mediated protocols; empty ("") for alternating
 *     offers
 * @param seats one seat per negotiating party of the scenario, in the scenario's party order
 * @param repetition the repetition, from 1
 * @param seed the negotiation's own seed, derived from the tournament seed and the key
 */
public record PlannedNegotiation(
    long index,
    String key,
    ScenarioRef scenario,
    ProtocolKind protocol,
    String mediator,
    List<Seat> seats,
    int repetition,
    long seed)
    implements Serializable {
  public PlannedNegotiation {
    seats = List.copyOf(seats);
    if (index < 0) {
      throw new IllegalArgumentException("plan index " + index + " is negative");
    }
    if (repetition < 1) {
      throw new IllegalArgumentException("repetition " + repetition + "; expected at least 1");
    }
  }
}
