package io.parley.live.robots;

import io.parley.live.events.LiveEvent;
import io.parley.live.events.Verdict;
import io.parley.live.log.LoggedEvent;
import io.parley.live.rules.Command;
import io.parley.live.state.Negotiation;
import io.parley.negotiator.Action;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import java.util.List;

/**
 * The engine's negotiator playing one party's seat, kept alive between its moves: it is started
 * once, observes each event of the log as the engine's {@link io.parley.event.Event} vocabulary
 * once, in order ({@link #feed}), and is asked to act on each text released to it — so a step costs
 * one agent call, not a replay of the log.
 *
 * <p>A robot built part-way through a negotiation (a seat just assigned, or a server restarted)
 * first catches up on the log so far exactly as it would have lived through it: each earlier robot
 * answer of this party is asked of it again in place, so its state, and with the negotiation's seed
 * its next move, are those of a robot that played from the start.
 */
public final class PartyRobot {
  private final String party;
  private final String strategy;
  private final String lead;
  private final int deadline;
  private final Negotiator negotiator;
  private final List<String> audience;
  private long fed;
  private Request.Review review;
  private Outcome reviewed;
  private boolean answered;

  /** Starts the seat's negotiator; it has seen nothing yet. */
  public PartyRobot(
      Negotiation state, Scenario scenario, long seed, String party, String strategy) {
    this.party = party;
    this.strategy = strategy;
    this.lead = state.lead();
    this.deadline = state.deadline();
    this.audience = List.of(lead, party);
    this.negotiator = Strategies.shippedNegotiator(strategy);
    negotiator.start(
        new NegotiatorContext(
            party,
            scenario.preferences().get(party),
            scenario.space(),
            scenario.parties(),
            "single-text",
            deadline,
            RobotReplay.random(seed, party)));
  }

  public String strategy() {
    return strategy;
  }

  /** The sequence number of the last event this robot has seen. */
  public long fed() {
    return fed;
  }

  /**
   * Shows the robot the events after {@link #fed()}, in order: the texts released to its party and
   * its party's answers.
   */
  public void feed(List<LoggedEvent> events, Negotiation state) {
    for (LoggedEvent event : events) {
      if (event.seq() <= fed) {
        continue;
      }
      if (event.event() instanceof LiveEvent.TextReleased released
          && event.stored().recipients().contains(party)) {
        int version = released.version();
        reviewed = state.text(version).orElseThrow().outcome();
        negotiator.observe(RobotReplay.text(event, version, lead, audience, reviewed));
        review = reviewOf(version, reviewed);
      } else if (event.event() instanceof LiveEvent.ResponseSubmitted response
          && event.actor().equals(party)) {
        if (response.robot() && review != null) {
          if (answered) {
            // This robot's own answer, already asked of it: do not ask twice.
            answered = false;
          } else {
            negotiator.act(review);
          }
        }
        negotiator.observe(RobotReplay.response(event, audience, reviewed));
      }
      fed = event.seq();
    }
  }

  /**
   * The robot's answer to text {@code version}; the robot must have been fed the log up to it. A
   * failing strategy answers with a reject that says so.
   */
  public Command.Respond respond(Negotiation state, int version) {
    Outcome text = state.text(version).orElseThrow().outcome();
    try {
      Action action = negotiator.act(reviewOf(version, text));
      answered = true;
      return RobotReplay.respond(action, version, text);
    } catch (RuntimeException e) {
      return new Command.Respond(
          version,
          Verdict.REJECT,
          List.of(),
          "the robot strategy '" + strategy + "' failed: " + e.getMessage());
    }
  }

  private Request.Review reviewOf(int version, Outcome text) {
    return new Request.Review(
        version, RobotReplay.progress(version, deadline), version, text, lead);
  }
}
