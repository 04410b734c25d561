package io.parley.negotiator;

import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.Party;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Everything a negotiator may know at the start: its own preferences and the public facts. It never
 * holds another party's preferences.
 *
 * @param party this negotiator's party id
 * @param preferences this party's own preferences
 * @param space the outcome space (public)
 * @param participants every participant with its role (public)
 * @param protocol the protocol's name (public)
 * @param deadlineRounds the deadline in rounds, or 0 when the deadline is in time only
 * @param random this negotiator's own random source, split from the run's seed
 */
public record NegotiatorContext(
    String party,
    Preferences preferences,
    OutcomeSpace space,
    List<Party> participants,
    String protocol,
    int deadlineRounds,
    RandomGenerator random) {
  public NegotiatorContext {
    participants = List.copyOf(participants);
  }
}
