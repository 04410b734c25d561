package io.parley.live.robots;

import io.parley.live.events.LiveEvent;
import io.parley.live.log.LoggedEvent;
import io.parley.live.rooms.Recipients;
import io.parley.live.rules.Command;
import io.parley.live.state.Negotiation;
import io.parley.live.suggest.Suggestions;
import io.parley.negotiator.Action;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's mediator playing the lead mediator's seat, kept alive between its drafts: started
 * once with the basis of what the parties confided, it observes each text and each answer to the
 * current text once, in order ({@link #feed}), and is asked for each next draft — one agent call
 * per step, not a replay of the log.
 *
 * <p>Built part-way through a negotiation, it first catches up on the log so far as it would have
 * lived through it: each earlier robot draft since the seat was last assigned is asked of it again
 * in place.
 */
public final class MediatorRobot {
  private final String lead;
  private final String strategy;
  private final int deadline;
  private final long seatedAt;
  private final Mediator mediator;
  private final List<String> audience;
  private final Map<String, Action> responses = new LinkedHashMap<>();
  private long fed;
  private Outcome current;
  private int version;
  private boolean drafted;

  /**
   * Starts the seat's mediator.
   *
   * @param seatedAt the sequence number of the event that last assigned the seat
   * @param confided party to the preferences it confided
   */
  public MediatorRobot(
      Negotiation state,
      Scenario scenario,
      Map<String, Preferences> confided,
      long seed,
      String strategy,
      long seatedAt) {
    this.lead = state.lead();
    this.strategy = strategy;
    this.deadline = state.deadline();
    this.seatedAt = seatedAt;
    this.audience = Recipients.mediatorsAnd(state.parties());
    this.mediator = Strategies.shippedMediator(strategy);
    mediator.start(
        new MediatorContext(
            lead,
            scenario.space(),
            scenario.parties(),
            Suggestions.basis(scenario, confided),
            deadline,
            RobotReplay.random(seed, lead)));
  }

  public String strategy() {
    return strategy;
  }

  public long fed() {
    return fed;
  }

  /** Shows the robot the events after {@link #fed()}: every draft, and answers to the latest. */
  public void feed(List<LoggedEvent> events, Negotiation state) {
    for (LoggedEvent event : events) {
      if (event.seq() <= fed) {
        continue;
      }
      if (event.event() instanceof LiveEvent.TextDrafted text) {
        if (event.seq() > seatedAt && text.robot()) {
          if (drafted) {
            // This robot's own draft, already asked of it: do not ask twice.
            drafted = false;
          } else {
            mediator.draft(request(text.version()));
          }
        }
        current = state.text(text.version()).orElseThrow().outcome();
        version = text.version();
        responses.clear();
        mediator.observe(RobotReplay.text(event, version, lead, audience, current));
      } else if (event.event() instanceof LiveEvent.ResponseSubmitted response
          && response.version() == version) {
        responses.put(event.actor(), RobotReplay.action(response));
        mediator.observe(RobotReplay.response(event, audience, current));
      }
      fed = event.seq();
    }
  }

  /** The next draft and its note; the robot must have been fed the whole log. */
  public Command.DraftText draft() {
    int next = version + 1;
    Outcome text = mediator.draft(request(next));
    drafted = true;
    String note =
        "Version "
            + next
            + ", drafted by the "
            + strategy
            + " robot mediator"
            + (text.equals(current) ? " (unchanged from version " + version + ")" : "");
    return new Command.DraftText(text, note);
  }

  private DraftRequest request(int next) {
    return new DraftRequest(
        next, RobotReplay.progress(next - 1, deadline), Optional.ofNullable(current), responses);
  }
}
