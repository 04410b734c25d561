package io.parley.live.robots;

import io.parley.live.events.LiveEvent.ResponseSubmitted;
import io.parley.live.events.Verdict;
import io.parley.live.rules.Command;
import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.outcome.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * A party's answer to a text in both vocabularies: the live log's {@link ResponseSubmitted} and the
 * engine's {@link Action}, translated so that a robot's answer, logged and read back, is the action
 * the engine's mechanism took.
 */
final class Answers {
  private Answers() {}

  /** The engine action a logged answer stands for. */
  static Action action(ResponseSubmitted response) {
    return switch (response.verdict()) {
      case ACCEPT -> Action.accept();
      case REJECT -> new Action.Reject(response.reason());
      case AMEND -> new Action.Amend(response.amendments());
    };
  }

  /**
   * The answer a robot's review {@code action} of {@code text} is logged as, in the engine's
   * vocabulary: the live rules refuse an amendment that repeats the text, so such amendments are
   * dropped (a rejection when none is left). Other actions are returned as they are: a walk-away or
   * a move a review does not allow is the engine's to judge.
   */
  static Action loggable(Action action, Outcome text) {
    if (action instanceof Action.Amend amend) {
      List<Amendment> kept = new ArrayList<>();
      for (Amendment amendment : amend.amendments()) {
        if (text.valueIndex(amendment.issue()) != amendment.value()) {
          kept.add(amendment);
        }
      }
      if (kept.isEmpty()) {
        return new Action.Reject("the text does not give us what we need");
      }
      return kept.size() == amend.amendments().size() ? amend : new Action.Amend(kept);
    }
    return action;
  }

  /** The response command of a {@linkplain #loggable loggable} accept, reject or amend. */
  static Command.Respond respond(Action action, int version) {
    if (action instanceof Action.Accept) {
      return new Command.Respond(version, Verdict.ACCEPT, List.of(), "");
    }
    if (action instanceof Action.Reject reject) {
      return new Command.Respond(version, Verdict.REJECT, List.of(), reject.reason());
    }
    if (action instanceof Action.Amend amend) {
      List<Command.AmendmentInput> inputs = new ArrayList<>();
      for (Amendment amendment : amend.amendments()) {
        inputs.add(
            new Command.AmendmentInput(amendment.issue(), amendment.value(), amendment.reason()));
      }
      return new Command.Respond(version, Verdict.AMEND, inputs, "");
    }
    throw new IllegalArgumentException("no response is logged for " + action);
  }
}
