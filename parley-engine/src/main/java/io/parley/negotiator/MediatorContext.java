package io.parley.negotiator;

import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.Party;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Everything a mediator may know at the start: the public facts and the preferences parties
 * confided to it.
 *
 * @param mediator this mediator's id
 * @param space the outcome space
 * @param participants every participant with its role
 * @param confided party id to the preferences that party confided (possibly none)
 * @param deadlineRounds the deadline in rounds, or 0 when the deadline is in time only
 * @param random this mediator's own random source, split from the run's seed
 */
public record MediatorContext(
    String mediator,
    OutcomeSpace space,
    List<Party> participants,
    Map<String, Preferences> confided,
    int deadlineRounds,
    RandomGenerator random) {
  public MediatorContext {
    participants = List.copyOf(participants);
    confided = Map.copyOf(confided);
  }
}
