package io.parley.live.robots;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.live.log.LoggedEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Command;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Text;
import io.parley.live.suggest.Suggestions;
import io.parley.negotiator.Action;
import io.parley.preference.Preferences;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.session.Timeline;
import io.parley.strategy.Strategies;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The engine's {@link io.parley.protocol.SingleTextMechanism} of one live negotiation: the single
 * text over the rounds the log holds and those still to come up to the deadline ({@link
 * LogRounds#timeline}), with the scenario, the negotiation's seed and one seat per party and for
 * the lead mediator ({@link PartySeat}, {@link LeadSeat}) that a robot strategy plays or whose
 * moves are read from the log. Stepped, the mechanism waits on a person's seat until the log holds
 * the person's move; each event it makes with a robot's fresh move, and its end, becomes the live
 * command the server takes as the robot (or as the server itself):
 *
 * <ul>
 *   <li>the robot mediator's draft: a {@link Command.DraftText} and a {@link Command.ReleaseText}
 *       of it to every party (like the engine, which starts a new version with each round's draft,
 *       the live log numbers every draft, so live version {@code r} is the text of the engine's
 *       round {@code r});
 *   <li>a robot party's review: a {@link Command.Respond} to the round's version ({@link Answers});
 *   <li>the end in agreement: a {@link Command.RecordAgreement} of the round's version by the robot
 *       mediator; a person mediator records the agreement in person, and the robots make no further
 *       move. The engine ends in agreement only when every party has accepted the round's own
 *       version, which is what the live rules need to record it;
 *   <li>the end without agreement (the deadline, a walk-away, a failed robot): a {@link
 *       Command.End} by the server. At the deadline its reason is the engine's first sentence only:
 *       the engine's detail lists each party's last answer, which only mediators may read.
 * </ul>
 *
 * Everything else the live rules allow (messages, suggestions, sessions and adjournments, a text
 * released to some parties only, answering a version again) leaves the mechanism as it is, except
 * through the {@linkplain LogRounds reading of the log}.
 */
final class LiveMechanism {
  private static final int STEP_LIMIT = 100_000;

  private final String id;
  private final String lead;
  private final int deadline;
  private final LogRounds log;
  private final Timeline timeline;
  private final Map<String, PartySeat> parties = new LinkedHashMap<>();
  private final LeadSeat leadSeat;
  private final String leadStrategy;
  private final Mechanism mechanism;

  /** The live steps due, in order; each made from the state when it is taken. */
  private final Deque<Function<Negotiation, Robots.Step>> due = new ArrayDeque<>();

  /** The client key of the first due step once handed out. */
  private String issued;

  /**
   * The mechanism of the negotiation whose log so far is {@code events}, before its first step.
   *
   * @param confided party to the preferences the mediators may use
   */
  LiveMechanism(
      Negotiation state,
      List<LoggedEvent> events,
      Scenario scenario,
      Map<String, Preferences> confided,
      long seed) {
    this.id = state.id();
    this.lead = state.lead();
    this.deadline = state.deadline();
    this.log = new LogRounds(state.parties());
    events.forEach(log::add);
    this.timeline = log.timeline(deadline);
    if (scenario.parties().stream().noneMatch(p -> p.id().equals(lead))) {
      // The server added the lead mediator to a scenario that names none.
      List<Party> participants = new ArrayList<>(scenario.parties());
      participants.add(new Party(lead, "Mediator", Role.MEDIATOR));
      scenario = scenario.withParties(participants);
    }
    NegotiationSetup.Builder setup =
        NegotiationSetup.builder(scenario)
            .protocol(ProtocolKind.SINGLE_TEXT)
            .timeline(timeline)
            .seed(seed)
            .leadMediator(lead);
    for (String party : scenario.negotiatingParties()) {
      String strategy = state.seats().get(party);
      PartySeat seat =
          new PartySeat(
              party, strategy == null ? null : Strategies.shippedNegotiator(strategy), log);
      parties.put(party, seat);
      setup.negotiator(party, strategy == null ? "person" : strategy, seat);
      setup.externalSeat(party); // a person's moves, or a robot's waiting on the log
    }
    leadStrategy = state.seats().get(lead);
    leadSeat =
        new LeadSeat(
            leadStrategy == null ? null : Strategies.shippedMediator(leadStrategy),
            Suggestions.basis(scenario, confided),
            log);
    setup.mediator(lead, leadStrategy == null ? "person" : leadStrategy, leadSeat);
    setup.externalSeat(lead);
    this.mechanism = Mechanisms.create(setup.build());
  }

  /** Reads the log's next event. */
  void add(LoggedEvent event) {
    log.add(event);
    String key = event.stored().clientId();
    if (issued != null && (key.equals(issued) || key.startsWith(issued + "#"))) {
      due.poll();
      issued = null;
    }
  }

  /**
   * Whether the log still reads as the mechanism was built and stepped: the same rounds with the
   * same parties attending, and every move the mechanism took from it the same.
   */
  boolean agreesWithLog() {
    return log.timeline(deadline).equals(timeline)
        && leadSeat.agreesWith(log)
        && parties.values().stream().allMatch(s -> s.agreesWith(log));
  }

  /**
   * The next live step: the first one due, else the mechanism is stepped until it makes one, waits
   * on a person's seat, or has ended.
   *
   * @param state the state folded from the log this mechanism has read
   */
  Optional<Robots.Step> next(Negotiation state) {
    for (int i = 0; i < STEP_LIMIT; i++) {
      if (!due.isEmpty()) {
        Robots.Step step = due.peek().apply(state);
        issued = step.viewer().participant() + "/" + step.clientId();
        return Optional.of(step);
      }
      if (mechanism.state().isEnded()) {
        return Optional.empty();
      }
      for (Event event : mechanism.step()) {
        translate(event);
      }
      if (due.isEmpty() && mechanism.awaiting().isPresent()) {
        return Optional.empty();
      }
    }
    throw new IllegalStateException("negotiation " + id + ": no live step after many engine steps");
  }

  private void translate(Event event) {
    int round = event.round();
    Payload payload = event.payload();
    if (payload instanceof Payload.TextDrafted) {
      LeadSeat.Taken text = leadSeat.taken(round).orElseThrow();
      if (text.source() == LeadSeat.Source.FRESH) {
        due.add(state -> draft(state, text));
      }
      if (text.source() != LeadSeat.Source.LOGGED) {
        due.add(this::release);
      }
    } else if (payload instanceof Payload.Accepted
        || payload instanceof Payload.Rejected
        || payload instanceof Payload.Amended) {
      PartySeat.Taken review = parties.get(event.sender()).taken(round).orElseThrow();
      if (review.fresh()) {
        respond(event.sender(), log.version(round).orElseThrow(), review.action());
      }
    } else if (payload instanceof Payload.Ended ended) {
      end(round, ended.end());
    }
  }

  private Robots.Step draft(Negotiation state, LeadSeat.Taken text) {
    int version = state.texts().size() + 1;
    boolean unchanged =
        state.latestText().map(Text::outcome).filter(text.text()::equals).isPresent();
    String note =
        "Version "
            + version
            + ", drafted by the "
            + leadStrategy
            + " robot mediator"
            + (unchanged ? " (unchanged from version " + (version - 1) + ")" : "");
    return new Robots.Step(
        mediator(), new Command.DraftText(text.text(), note), "robot-draft-v" + version);
  }

  private Robots.Step release(Negotiation state) {
    int version = state.latestText().orElseThrow().version();
    List<String> missing = log.notReleasedTo(version);
    return new Robots.Step(
        mediator(),
        new Command.ReleaseText(version, missing),
        "robot-release-v" + version + "-" + String.join("-", missing));
  }

  private void respond(String party, int version, Action action) {
    Command.Respond respond = Answers.respond(action, version);
    Robots.Step step =
        new Robots.Step(
            new Viewer(id, party, Role.PARTY, true), respond, "robot-" + party + "-v" + version);
    due.add(state -> step);
  }

  private void end(int round, End end) {
    if (end instanceof End.Agreement) {
      int version = log.version(round).orElseThrow();
      if (leadSeat.isRobot()) {
        Robots.Step step =
            new Robots.Step(
                mediator(), new Command.RecordAgreement(version), "robot-agreement-v" + version);
        due.add(state -> step);
      }
      // A person mediator records the agreement in person.
      return;
    }
    End.NoAgreement none = (End.NoAgreement) end;
    String reason;
    String clientId;
    if (none.reason() == EndReason.DEADLINE) {
      reason = "the deadline of " + deadline + " rounds passed without a text every party accepts";
      clientId = "deadline-v" + log.version(deadline).orElse(0);
    } else {
      reason = none.detail();
      clientId = "engine-end-" + none.reason().name().toLowerCase(java.util.Locale.ROOT);
    }
    Robots.Step step = new Robots.Step(Viewer.system(id), new Command.End(reason), clientId);
    due.add(state -> step);
  }

  private Viewer mediator() {
    return new Viewer(id, lead, Role.MEDIATOR, true);
  }
}
