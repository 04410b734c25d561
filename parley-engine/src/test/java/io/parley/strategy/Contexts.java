package io.parley.strategy;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.MediatorContext;
import io.parley.negotiator.NegotiatorContext;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Contexts and events for calling agents directly, outside a mechanism. */
final class Contexts {
  private Contexts() {}

  static final List<Party> PARTICIPANTS =
      List.of(Party.of("us"), Party.of("them"), new Party("m", "m", Role.MEDIATOR));

  /** The context of party {@code us} with these preferences. */
  static NegotiatorContext negotiator(Preferences preferences, long seed) {
    return new NegotiatorContext(
        "us",
        preferences,
        preferences.utility().space(),
        PARTICIPANTS,
        "alternating-offers",
        10,
        new SplittableRandom(seed));
  }

  /** The context of mediator {@code m}, with the preferences confided to it. */
  static MediatorContext mediator(
      OutcomeSpace space, Map<String, Preferences> confided, long seed) {
    return new MediatorContext("m", space, PARTICIPANTS, confided, 10, new SplittableRandom(seed));
  }

  /** The context of mediator {@code m} in {@code scenario}, with the preferences confided to it. */
  static MediatorContext mediator(Scenario scenario, Map<String, Preferences> confided, long seed) {
    return new MediatorContext(
        "m", scenario.space(), scenario.parties(), confided, 10, new SplittableRandom(seed));
  }

  /** An event from {@code sender}, addressed to everyone. */
  static Event event(long sequence, String sender, Payload payload) {
    return new Event(sequence, sequence, 1, sender, List.of("us", "them", "m"), payload);
  }
}
