package io.parley.live.robots;

import io.parley.live.events.LiveEvent;
import io.parley.live.events.Verdict;
import io.parley.live.log.LoggedEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Command;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Status;
import io.parley.live.state.Text;
import io.parley.preference.Preferences;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The automatic steps of one live negotiation: a robot party answers each text released to it; a
 * robot lead mediator drafts, releases to every party, revises after every party has answered, and
 * records the agreement once every party accepts the latest text; and the negotiation ends when
 * every party has answered the text of the deadline's round without all accepting it.
 *
 * <p>Each robot is a shipped strategy of {@link Strategies}, an engine agent kept alive between its
 * moves ({@link PartyRobot}, {@link MediatorRobot}) and shown each new event once, so a step costs
 * one agent call. A robot is rebuilt — by catching up on the log once — only when it is first
 * needed, when a seat is assigned, when a party confides (the mediator's basis changes) and after a
 * refused or failed step; its moves depend only on the log and the negotiation's seed, also after a
 * restart. Only the server's one robot thread ({@link Autopilot}) uses an instance.
 */
public final class Robots {
  /** One automatic step: who makes it, the move, and its client id (so a retry stores it once). */
  public record Step(Viewer viewer, Command command, String clientId) {}

  private final Map<String, PartyRobot> parties = new HashMap<>();
  private MediatorRobot mediator;
  private long seen;

  /** Forgets every robot, so each is rebuilt from the log when next needed. */
  public void reset() {
    parties.clear();
    mediator = null;
  }

  /**
   * The next automatic step, if any: robot parties first (in scenario order), then the robot
   * mediator, then the end at the deadline.
   *
   * @param state the state folded from the whole log
   * @param eventsAfter the log's events after a sequence number, in order
   * @param confided party to the preferences it confided
   */
  public Optional<Step> next(
      Negotiation state,
      LongFunction<List<LoggedEvent>> eventsAfter,
      Scenario scenario,
      Map<String, Preferences> confided,
      long seed) {
    List<LoggedEvent> fresh = eventsAfter.apply(seen);
    for (LoggedEvent event : fresh) {
      if (event.event() instanceof LiveEvent.SeatAssigned
          || event.event() instanceof LiveEvent.PreferencesConfided) {
        reset();
      }
      seen = event.seq();
    }
    if (state.status() != Status.OPEN) {
      return Optional.empty();
    }
    for (String party : state.parties()) {
      String strategy = state.seats().get(party);
      int version = state.latestReleasedTo(party);
      if (strategy != null && version > 0 && state.latestResponse(party, version).isEmpty()) {
        Command.Respond respond;
        try {
          PartyRobot robot = parties.get(party);
          if (robot == null || !robot.strategy().equals(strategy)) {
            robot = new PartyRobot(state, scenario, seed, party, strategy);
            parties.put(party, robot);
          }
          robot.feed(eventsAfter.apply(robot.fed()), state);
          respond = robot.respond(state, version);
        } catch (RuntimeException e) {
          parties.remove(party);
          respond =
              new Command.Respond(
                  version,
                  Verdict.REJECT,
                  List.of(),
                  "the robot strategy '" + strategy + "' failed: " + e.getMessage());
        }
        return Optional.of(
            new Step(
                new Viewer(state.id(), party, Role.PARTY, true),
                respond,
                "robot-" + party + "-v" + version));
      }
    }
    String mediatorStrategy = state.seats().get(state.lead());
    if (mediatorStrategy == null) {
      return endAtDeadline(state);
    }
    Viewer robotMediator = new Viewer(state.id(), state.lead(), Role.MEDIATOR, true);
    Optional<Text> latest = state.latestText();
    if (latest.isPresent()) {
      Text text = latest.get();
      List<String> missing = new ArrayList<>(state.parties());
      missing.removeAll(text.releasedTo());
      if (!missing.isEmpty()) {
        return Optional.of(
            new Step(
                robotMediator,
                new Command.ReleaseText(text.version(), missing),
                "robot-release-v" + text.version() + "-" + String.join("-", missing)));
      }
      if (!answeredByAll(state, text)) {
        return Optional.empty();
      }
      if (allAccept(state, text)) {
        return Optional.of(
            new Step(
                robotMediator,
                new Command.RecordAgreement(text.version()),
                "robot-agreement-v" + text.version()));
      }
      if (state.roundsUsed() >= state.deadline()) {
        return Optional.of(end(state, text));
      }
    }
    if (mediator == null || !mediator.strategy().equals(mediatorStrategy)) {
      mediator =
          new MediatorRobot(
              state, scenario, confided, seed, mediatorStrategy, seatedAt(state, eventsAfter));
    }
    mediator.feed(eventsAfter.apply(mediator.fed()), state);
    Command.DraftText draft = mediator.draft();
    return Optional.of(
        new Step(robotMediator, draft, "robot-draft-v" + (state.texts().size() + 1)));
  }

  /** The sequence number of the event that last assigned the lead mediator's seat. */
  private static long seatedAt(Negotiation state, LongFunction<List<LoggedEvent>> eventsAfter) {
    long seatedAt = 0;
    for (LoggedEvent event : eventsAfter.apply(0)) {
      if (event.event() instanceof LiveEvent.SeatAssigned seat
          && seat.participant().equals(state.lead())) {
        seatedAt = event.seq();
      }
    }
    return seatedAt;
  }

  /**
   * The automatic step due when no robot plays the lead mediator's seat, nor a party's with a text
   * to answer: only the end at the deadline, once every party has answered the text of the
   * deadline's round without all accepting it. It reads the state alone, so a negotiation without
   * robot seats needs neither a fold of its log nor a replay.
   */
  public static Optional<Step> endAtDeadline(Negotiation state) {
    if (state.status() != Status.OPEN) {
      return Optional.empty();
    }
    Optional<Text> latest = state.latestText();
    if (latest.isEmpty()
        || state.roundsUsed() < state.deadline()
        || !answeredByAll(state, latest.get())
        || allAccept(state, latest.get())) {
      return Optional.empty();
    }
    return Optional.of(end(state, latest.get()));
  }

  private static Step end(Negotiation state, Text text) {
    return new Step(
        Viewer.system(state.id()),
        new Command.End(
            "the deadline of "
                + state.deadline()
                + " rounds passed without a text every party accepts"),
        "deadline-v" + text.version());
  }

  /** Whether every party accepted {@code text}; every party must have answered it. */
  private static boolean allAccept(Negotiation state, Text text) {
    return state.parties().stream()
        .allMatch(
            p -> state.latestResponse(p, text.version()).orElseThrow().verdict() == Verdict.ACCEPT);
  }

  private static boolean answeredByAll(Negotiation state, Text text) {
    for (String party : state.parties()) {
      if (!text.releasedTo().contains(party)
          || state.latestResponse(party, text.version()).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
