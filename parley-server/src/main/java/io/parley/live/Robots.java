package io.parley.live;

import io.parley.live.events.LiveEvent;
import io.parley.live.events.Verdict;
import io.parley.negotiator.Action;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The automatic steps of a live negotiation, decided from its log: a robot party answers each text
 * released to it; a robot lead mediator drafts, releases to every party, revises after every party
 * has answered, and records the agreement once every party accepts the latest text; and the
 * negotiation ends when every party has answered the text of the deadline's round without all
 * accepting it. Each robot is a shipped strategy of {@link Strategies}, rebuilt by replaying the
 * log ({@link RobotReplay}), so its moves depend only on the log and the negotiation's seed.
 */
final class Robots {
  /** One automatic step: who makes it, the move, and its client id (so a retry stores it once). */
  record Step(Viewer viewer, Command command, String clientId) {}

  private Robots() {}

  /**
   * The next automatic step, if any: robot parties first (in scenario order), then the robot
   * mediator, then the end at the deadline.
   *
   * @param events the whole log, in order
   * @param confided party to the preferences it confided
   */
  static Optional<Step> next(
      String id,
      List<LoggedEvent> events,
      Scenario scenario,
      Map<String, Preferences> confided,
      long seed) {
    List<SeenEvent> full = events.stream().map(Visibility::full).toList();
    Negotiation state = Negotiation.fold(id, full);
    if (state.status() != Status.OPEN) {
      return Optional.empty();
    }
    for (String party : state.parties()) {
      String strategy = state.seats().get(party);
      int version = state.latestReleasedTo(party);
      if (strategy != null && version > 0 && state.latestResponse(party, version).isEmpty()) {
        return Optional.of(partyStep(state, events, scenario, seed, party, strategy, version));
      }
    }
    String mediatorStrategy = state.seats().get(state.lead());
    if (mediatorStrategy == null) {
      return endAtDeadline(state);
    }
    Optional<Text> latest = state.latestText();
    if (latest.isEmpty()) {
      return Optional.of(draftStep(state, events, scenario, confided, seed, mediatorStrategy));
    }
    Text text = latest.get();
    Viewer robotMediator = new Viewer(id, state.lead(), Role.MEDIATOR, true);
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
    if (text.version() >= state.deadline()) {
      return Optional.of(end(state, text));
    }
    return Optional.of(draftStep(state, events, scenario, confided, seed, mediatorStrategy));
  }

  /**
   * The automatic step due when no robot plays the lead mediator's seat, nor a party's with a text
   * to answer: only the end at the deadline, once every party has answered the text of the
   * deadline's round without all accepting it. It reads the state alone, so a negotiation without
   * robot seats needs neither a fold of its log nor a replay.
   */
  static Optional<Step> endAtDeadline(Negotiation state) {
    if (state.status() != Status.OPEN) {
      return Optional.empty();
    }
    Optional<Text> latest = state.latestText();
    if (latest.isEmpty()
        || latest.get().version() < state.deadline()
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

  private static Step partyStep(
      Negotiation state,
      List<LoggedEvent> events,
      Scenario scenario,
      long seed,
      String party,
      String strategy,
      int version) {
    Text text = state.text(version).orElseThrow();
    Viewer viewer = new Viewer(state.id(), party, Role.PARTY, true);
    String clientId = "robot-" + party + "-v" + version;
    Command.Respond respond;
    try {
      Negotiator negotiator = Strategies.shippedNegotiator(strategy);
      negotiator.start(
          new NegotiatorContext(
              party,
              scenario.preferences().get(party),
              scenario.space(),
              scenario.parties(),
              "single-text",
              state.deadline(),
              RobotReplay.random(seed, party)));
      List<String> audience = List.of(state.lead(), party);
      Request.Review review = null;
      Outcome reviewed = null;
      for (LoggedEvent event : events) {
        if (event.event() instanceof LiveEvent.TextReleased released
            && event.stored().recipients().contains(party)) {
          int v = released.version();
          reviewed = state.text(v).orElseThrow().outcome();
          negotiator.observe(RobotReplay.text(event, v, state.lead(), audience, reviewed));
          review =
              new Request.Review(
                  v, RobotReplay.progress(v, state.deadline()), v, reviewed, state.lead());
        } else if (event.event() instanceof LiveEvent.ResponseSubmitted response
            && event.actor().equals(party)) {
          if (response.robot() && review != null) {
            negotiator.act(review);
          }
          negotiator.observe(RobotReplay.response(event, audience, reviewed));
        }
      }
      Action action =
          negotiator.act(
              new Request.Review(
                  version,
                  RobotReplay.progress(version, state.deadline()),
                  version,
                  text.outcome(),
                  state.lead()));
      respond = RobotReplay.respond(action, version, text.outcome());
    } catch (RuntimeException e) {
      respond =
          new Command.Respond(
              version,
              Verdict.REJECT,
              List.of(),
              "the robot strategy '" + strategy + "' failed: " + e.getMessage());
    }
    return new Step(viewer, respond, clientId);
  }

  private static Step draftStep(
      Negotiation state,
      List<LoggedEvent> events,
      Scenario scenario,
      Map<String, Preferences> confided,
      long seed,
      String strategy) {
    String lead = state.lead();
    Mediator mediator = Strategies.shippedMediator(strategy);
    mediator.start(
        new MediatorContext(
            lead,
            scenario.space(),
            scenario.parties(),
            Suggestions.basis(scenario, confided),
            state.deadline(),
            RobotReplay.random(seed, lead)));
    long seatedAt = 0;
    for (LoggedEvent event : events) {
      if (event.event() instanceof LiveEvent.SeatAssigned seat && seat.participant().equals(lead)) {
        seatedAt = event.seq();
      }
    }
    List<String> audience = Recipients.mediatorsAnd(state.parties());
    Outcome current = null;
    int version = 0;
    Map<String, Action> responses = new LinkedHashMap<>();
    for (LoggedEvent event : events) {
      if (event.event() instanceof LiveEvent.TextDrafted drafted) {
        int v = drafted.version();
        if (event.seq() > seatedAt && drafted.robot()) {
          mediator.draft(draftRequest(v, state, current, responses));
        }
        current = state.text(v).orElseThrow().outcome();
        version = v;
        responses.clear();
        mediator.observe(RobotReplay.text(event, v, lead, audience, current));
      } else if (event.event() instanceof LiveEvent.ResponseSubmitted response
          && response.version() == version) {
        responses.put(event.actor(), RobotReplay.action(response));
        mediator.observe(RobotReplay.response(event, audience, current));
      }
    }
    int next = version + 1;
    Outcome drafted = mediator.draft(draftRequest(next, state, current, responses));
    String note =
        "Version "
            + next
            + ", drafted by the "
            + strategy
            + " robot mediator"
            + (drafted.equals(current) ? " (unchanged from version " + version + ")" : "");
    return new Step(
        new Viewer(state.id(), lead, Role.MEDIATOR, true),
        new Command.DraftText(drafted, note),
        "robot-draft-v" + next);
  }

  private static DraftRequest draftRequest(
      int version, Negotiation state, Outcome current, Map<String, Action> responses) {
    return new DraftRequest(
        version,
        RobotReplay.progress(version - 1, state.deadline()),
        Optional.ofNullable(current),
        responses);
  }
}
