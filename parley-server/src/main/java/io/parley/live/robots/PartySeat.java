package io.parley.live.robots;

import io.parley.event.Event;
import io.parley.live.events.LiveEvent.ResponseSubmitted;
import io.parley.negotiator.Action;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.protocol.MoveNotReady;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A party's seat in the engine's mechanism of a live negotiation. Asked for its review of a round's
 * text, it answers with the party's answer in the log ({@link LogRounds#review}); when the log has
 * none yet, a robot seat asks its strategy (a fresh move, which the server then logs) and a
 * person's seat throws {@link MoveNotReady}, so that the mechanism waits for the person.
 *
 * <p>The robot, if any, lives through the negotiation as an agent of the mechanism: it observes
 * every event the mechanism addresses to the party, and each of its own earlier answers in the log
 * is asked of it again in place, so its state, and with the seed its next move, are those of a
 * robot that played from the start.
 */
final class PartySeat implements Negotiator {
  /** A review the mechanism took: the action, and whether the robot made it just now. */
  record Taken(Action action, boolean fresh) {}

  private final String party;
  private final Negotiator robot;
  private final LogRounds log;
  private final Map<Integer, Taken> taken = new HashMap<>();

  /**
   * @param robot the seat's strategy, or null for a person's seat
   */
  PartySeat(String party, Negotiator robot, LogRounds log) {
    this.party = party;
    this.robot = robot;
    this.log = log;
  }

  @Override
  public void start(NegotiatorContext context) {
    if (robot != null) {
      robot.start(context);
    }
  }

  @Override
  public void observe(Event event) {
    if (robot != null) {
      robot.observe(event);
    }
  }

  @Override
  public Action act(Request request) {
    Request.Review review = (Request.Review) request;
    int round = review.round();
    Optional<Action> logged = log.review(party, round);
    if (logged.isPresent()) {
      if (robot != null && log.logged(party, round).map(ResponseSubmitted::robot).orElse(false)) {
        // The robot's own earlier answer: asked again so that it lives through it; the log's
        // answer stands.
        robot.act(review);
      }
      taken.put(round, new Taken(logged.get(), false));
      return logged.get();
    }
    if (robot == null) {
      throw new MoveNotReady(party + " has not answered the text of round " + round);
    }
    Action action = Answers.loggable(robot.act(review), review.text());
    taken.put(round, new Taken(action, true));
    return action;
  }

  /** The review taken in {@code round}, if the mechanism took one. */
  Optional<Taken> taken(int round) {
    return Optional.ofNullable(taken.get(round));
  }

  /**
   * Whether every review the mechanism took still reads the same in the log: a fresh robot answer
   * may be still unlogged, anything else must be what the log now gives.
   */
  boolean agreesWith(LogRounds rounds) {
    for (var entry : taken.entrySet()) {
      Optional<Action> now = rounds.review(party, entry.getKey());
      Taken was = entry.getValue();
      if (now.isPresent() ? !now.get().equals(was.action()) : !was.fresh()) {
        return false;
      }
    }
    return true;
  }
}
