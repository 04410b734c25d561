package io.parley.live.robots;

import io.parley.event.Event;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.protocol.MoveNotReady;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The lead mediator's seat in the engine's mechanism of a live negotiation. Asked for a round's
 * text, it answers with the round's text in the log ({@link LogRounds#version}); when the log has
 * none yet, a robot seat uses its own draft still to be released, else asks its strategy (a fresh
 * draft, which the server then logs and releases to every party), and a person's seat throws {@link
 * MoveNotReady}, so that the mechanism waits for the mediators.
 *
 * <p>The robot starts with the mediators' basis of what the parties confided (what their consent
 * allows, the scenario's preferences otherwise) instead of the engine's, and, like a robot party
 * ({@link PartySeat}), is asked again for each of the robots' earlier drafts in place.
 */
final class LeadSeat implements Mediator {
  /** How the mechanism got a round's text. */
  enum Source {
    /** Released to every party, in the log. */
    LOGGED,
    /** The robot's draft in the log, not yet released to every party. */
    RELEASE_DUE,
    /** The robot's draft made just now, not yet in the log. */
    FRESH
  }

  /** A text the mechanism took. */
  record Taken(Outcome text, Source source) {}

  private final Mediator robot;
  private final Map<String, Preferences> basis;
  private final LogRounds log;
  private final Map<Integer, Taken> taken = new HashMap<>();

  /**
   * @param robot the seat's strategy, or null for a person's seat
   * @param basis each party's preferences as the mediators may use them
   */
  LeadSeat(Mediator robot, Map<String, Preferences> basis, LogRounds log) {
    this.robot = robot;
    this.basis = Map.copyOf(basis);
    this.log = log;
  }

  boolean isRobot() {
    return robot != null;
  }

  @Override
  public void start(MediatorContext context) {
    if (robot != null) {
      robot.start(
          new MediatorContext(
              context.mediator(),
              context.space(),
              context.participants(),
              basis,
              context.deadlineRounds(),
              context.random()));
    }
  }

  @Override
  public void observe(Event event) {
    if (robot != null) {
      robot.observe(event);
    }
  }

  @Override
  public Outcome draft(DraftRequest request) {
    int round = request.round();
    Optional<Integer> logged = log.version(round);
    if (logged.isPresent()) {
      if (robot != null && log.robotDrafted(logged.get())) {
        robot.draft(request); // the robots' earlier draft, lived through again; the log's stands
      }
      return take(round, log.outcome(logged.get()), Source.LOGGED);
    }
    if (robot == null) {
      throw new MoveNotReady("no text of round " + round + " has been released to every party");
    }
    Optional<Integer> due = log.robotDraft(round);
    Outcome drafted = robot.draft(request);
    return due.isPresent()
        ? take(round, log.outcome(due.get()), Source.RELEASE_DUE)
        : take(round, drafted, Source.FRESH);
  }

  private Outcome take(int round, Outcome text, Source source) {
    taken.put(round, new Taken(text, source));
    return text;
  }

  /** The text taken in {@code round}, if the mechanism took one. */
  Optional<Taken> taken(int round) {
    return Optional.ofNullable(taken.get(round));
  }

  /** Whether every text the mechanism took still reads the same in the log. */
  boolean agreesWith(LogRounds rounds) {
    for (var entry : taken.entrySet()) {
      int round = entry.getKey();
      Optional<Integer> version =
          rounds
              .version(round)
              .or(() -> robot == null ? Optional.empty() : rounds.robotDraft(round));
      Taken was = entry.getValue();
      if (version.isPresent()
          ? !rounds.outcome(version.get()).equals(was.text())
          : was.source() != Source.FRESH) {
        return false;
      }
    }
    return true;
  }
}
