package io.parley.live.robots;

import io.parley.live.events.LiveEvent;
import io.parley.live.log.LoggedEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Command;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Status;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The automatic steps of one live negotiation, decided by the engine's single-text mechanism
 * ({@link LiveMechanism}): a robot party answers each round's text, a robot lead mediator drafts
 * and releases each round's text and records the agreement, and the server ends the negotiation at
 * the deadline (or when a robot walks away or fails) — each when the engine's rules say so. People
 * in the other seats move through the HTTP API as the live rules allow; the mechanism reads their
 * moves from the log and waits for them.
 *
 * <p>The mechanism is kept alive between steps and shown each new event of the log once, so a step
 * costs what the engine's step costs. It is rebuilt from the log — the same log and seed give the
 * same mechanism and the same next step, also after a restart — when first needed, when a seat is
 * assigned, when a party confides (the robot mediator's basis changes), when the log no longer
 * reads as the rounds and moves it took ({@link LogRounds}: a text released to some parties only, a
 * person answering a round's text again or after the next round began), and after a refused or
 * failed step ({@link #reset}). Only the server's one robot thread ({@link Autopilot}) uses an
 * instance.
 */
public final class Robots {
  /** One automatic step: who makes it, the move, and its client id (so a retry stores it once). */
  public record Step(Viewer viewer, Command command, String clientId) {}

  private LiveMechanism mechanism;
  private long seen;

  /** Forgets the mechanism, so that it is rebuilt from the log when next needed. */
  public void reset() {
    mechanism = null;
  }

  /**
   * The next automatic step, if any.
   *
   * @param state the state folded from the whole log
   * @param eventsAfter the log's events after a sequence number, in order, up to {@code state}'s
   * @param scenario the negotiation's scenario
   * @param confided party to the confided preferences the mediators may use
   * @param seed the negotiation's seed
   */
  public Optional<Step> next(
      Negotiation state,
      LongFunction<List<LoggedEvent>> eventsAfter,
      Scenario scenario,
      Map<String, Preferences> confided,
      long seed) {
    for (LoggedEvent event : eventsAfter.apply(seen)) {
      if (event.event() instanceof LiveEvent.SeatAssigned
          || event.event() instanceof LiveEvent.PreferencesConfided) {
        reset();
      } else if (mechanism != null) {
        mechanism.add(event);
      }
      seen = event.seq();
    }
    if (state.status() != Status.OPEN) {
      return Optional.empty();
    }
    if (mechanism != null && !mechanism.agreesWithLog()) {
      reset();
    }
    if (mechanism == null) {
      mechanism = new LiveMechanism(state, eventsAfter.apply(0), scenario, confided, seed);
    }
    try {
      return mechanism.next(state);
    } catch (RuntimeException e) {
      reset(); // rebuilt from the log at the next look
      throw e;
    }
  }
}
