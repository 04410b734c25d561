package io.parley.live.robots;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.live.events.LiveEvent.ResponseSubmitted;
import io.parley.live.events.Verdict;
import io.parley.live.log.LoggedEvent;
import io.parley.live.rules.Command;
import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.outcome.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Translations between the live log and the engine's agent interface, so that a robot seat can be
 * rebuilt at any time by replaying the log to a fresh agent: the same log and seed give the same
 * agent state and the same next move, also after a restart.
 */
public final class RobotReplay {
  private RobotReplay() {}

  /** The seat's own random source, split from the negotiation's seed by the participant's id. */
  public static RandomGenerator random(long seed, String participant) {
    return new SplittableRandom(seed ^ (participant.hashCode() * 0x9E3779B97F4A7C15L));
  }

  /** Progress towards the deadline after {@code rounds} rounds, in [0, 1]. */
  public static double progress(int rounds, int deadline) {
    return Math.max(0, Math.min(1.0, (double) rounds / Math.max(1, deadline)));
  }

  /** Text {@code version} put to {@code recipients}, as the engine's agents observe it. */
  public static Event text(
      LoggedEvent event, int version, String mediator, List<String> recipients, Outcome text) {
    return new Event(
        event.seq(),
        event.stored().time().toEpochMilli(),
        version,
        mediator,
        recipients,
        new Payload.TextDrafted(version, text));
  }

  /** A party's response as the engine's agents observe it. */
  public static Event response(LoggedEvent event, List<String> recipients, Outcome text) {
    ResponseSubmitted response = (ResponseSubmitted) event.event();
    return new Event(
        event.seq(),
        event.stored().time().toEpochMilli(),
        response.version(),
        event.actor(),
        recipients,
        payload(action(response), text, response.version()));
  }

  /** The engine action a stored response stands for. */
  public static Action action(ResponseSubmitted response) {
    return switch (response.verdict()) {
      case ACCEPT -> Action.accept();
      case REJECT -> new Action.Reject(response.reason());
      case AMEND -> new Action.Amend(response.amendments());
    };
  }

  private static Payload payload(Action action, Outcome text, int version) {
    if (action instanceof Action.Accept) {
      return new Payload.Accepted(text);
    }
    if (action instanceof Action.Reject reject) {
      return new Payload.Rejected(version, reject.reason());
    }
    return new Payload.Amended(version, ((Action.Amend) action).amendments());
  }

  /**
   * The response command for a robot party's action on {@code text}: amendments that repeat the
   * text are dropped (a reject when none is left); a walk-away or an offer becomes a reject with
   * the reason.
   */
  public static Command.Respond respond(Action action, int version, Outcome text) {
    if (action instanceof Action.Accept) {
      return new Command.Respond(version, Verdict.ACCEPT, List.of(), "");
    }
    if (action instanceof Action.Amend amend) {
      List<Command.AmendmentInput> inputs = new ArrayList<>();
      for (Amendment amendment : amend.amendments()) {
        if (text.valueIndex(amendment.issue()) != amendment.value()) {
          inputs.add(
              new Command.AmendmentInput(amendment.issue(), amendment.value(), amendment.reason()));
        }
      }
      if (!inputs.isEmpty()) {
        return new Command.Respond(version, Verdict.AMEND, inputs, "");
      }
      return new Command.Respond(
          version, Verdict.REJECT, List.of(), "the text does not give us what we need");
    }
    if (action instanceof Action.Reject reject) {
      return new Command.Respond(version, Verdict.REJECT, List.of(), reject.reason());
    }
    String reason =
        action instanceof Action.WalkAway walkAway
            ? "we would walk away: " + walkAway.reason()
            : "the robot made a move a text review does not allow";
    return new Command.Respond(version, Verdict.REJECT, List.of(), reason);
  }
}
