package io.parley.tournament.run;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.NegotiationState;
import io.parley.event.Payload;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.plugin.PluginAgents;
import io.parley.preference.Preferences;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.run.RunConfiguration;
import io.parley.run.RunOptions;
import io.parley.scenario.Scenario;
import io.parley.tournament.Deadline;
import io.parley.tournament.PlannedNegotiation;
import io.parley.tournament.ScenarioCache;
import io.parley.tournament.ScenarioMeasures;
import io.parley.tournament.Seat;
import io.parley.tournament.TournamentConfig;
import io.parley.tournament.result.Failure;
import io.parley.tournament.result.ResultRow;
import io.parley.tournament.result.SeatResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Runs one planned negotiation to one {@link ResultRow}: the pure function every runner (local
 * threads, a Spark executor) maps over a plan. The same config and planned negotiation give the
 * same row, bar the wall time, on any thread or machine (with a rounds deadline).
 *
 * <p>Thread-safe and stateless apart from the JVM-wide {@link ScenarioCache}. The negotiation is
 * built as {@code parley run} builds one ({@link RunConfiguration}). Nothing escapes: an agent that
 * throws, times out or breaks the protocol ends the negotiation with a failure the engine records;
 * anything else that goes wrong becomes a {@code crash} failure row. The negotiation stops between
 * steps when the running thread is interrupted (a {@code hang} failure row).
 */
public final class NegotiationRunner {
  private final TournamentConfig config;
  private final PluginAgents agents;

  /**
   * A runner for {@code config}, resolving plug-in competitors through the config's agent path
   * ({@link PluginAgents#of}, shared by every runner of the same path in this JVM).
   *
   * @throws IllegalArgumentException if an agent path entry is missing or not a jar or folder
   */
  public NegotiationRunner(TournamentConfig config) {
    this.config = config;
    this.agents = PluginAgents.of(config.agentPath());
  }

  public TournamentConfig config() {
    return config;
  }

  /** Runs {@code planned} and returns its row. Never throws for a failing negotiation. */
  public ResultRow run(PlannedNegotiation planned) {
    long start = System.nanoTime();
    NegotiationSetup setup = null;
    try {
      ScenarioCache.LoadedScenario loaded = ScenarioCache.get(planned.scenario());
      setup = setup(loaded.scenario(), planned);
      Mechanism mechanism = Mechanisms.create(setup);
      while (!mechanism.state().isEnded()) {
        if (Thread.currentThread().isInterrupted()) {
          return failure(
              planned, loaded, new Failure("", "hang", "stopped: " + hangMessage()), start);
        }
        mechanism.step();
      }
      return row(planned, loaded, mechanism, start);
    } catch (RuntimeException | StackOverflowError e) {
      String message =
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      try {
        return failure(
            planned,
            ScenarioCache.get(planned.scenario()),
            new Failure("", "crash", message),
            start);
      } catch (RuntimeException unreadable) {
        throw new IllegalStateException(
            "negotiation "
                + planned.key()
                + ": scenario "
                + planned.scenario().id()
                + ": "
                + message,
            unreadable);
      }
    } finally {
      closeSeats(setup);
    }
  }

  /**
   * Closes every seat that holds a resource (a plug-in's child process), so that an abandoned or
   * crashed negotiation leaves nothing running; a seat that already stopped ignores the call.
   */
  private static void closeSeats(NegotiationSetup setup) {
    if (setup == null) {
      return;
    }
    List<Object> seats = new ArrayList<>(setup.negotiators().values());
    seats.addAll(setup.mediators().values());
    for (Object seat : seats) {
      if (seat instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          // Closing is best effort: the row already says how the negotiation ended.
        }
      }
    }
  }

  /**
   * The events of {@code planned}, run again; used to draw a sample of negotiations' offers.
   * Deterministic like {@link #run} for a rounds deadline.
   */
  public List<Event> events(PlannedNegotiation planned) {
    ScenarioCache.LoadedScenario loaded = ScenarioCache.get(planned.scenario());
    NegotiationSetup setup = setup(loaded.scenario(), planned);
    try {
      Mechanism mechanism = Mechanisms.create(setup);
      mechanism.run();
      return mechanism.events();
    } finally {
      closeSeats(setup);
    }
  }

  /** The hang failure's message. */
  String hangMessage() {
    return "no end within the negotiation timeout of "
        + config.negotiationTimeout().toMillis()
        + " ms";
  }

  private NegotiationSetup setup(Scenario scenario, PlannedNegotiation planned) {
    Map<String, String> negotiators = new LinkedHashMap<>();
    for (Seat seat : planned.seats()) {
      negotiators.put(seat.party(), config.competitor(seat.competitor()).spec());
    }
    Optional<String> mediator =
        planned.mediator().isEmpty()
            ? Optional.empty()
            : Optional.of(config.mediator(planned.mediator()).spec());
    int rounds =
        config.deadline() instanceof Deadline.Rounds r ? r.rounds() : Integer.MAX_VALUE / 4;
    RunOptions options =
        new RunOptions(
            Optional.of(planned.protocol()),
            negotiators,
            mediator,
            Optional.empty(),
            OptionalInt.of(rounds),
            OptionalLong.of(planned.seed()),
            config.callBudget(),
            Optional.empty());
    NegotiationSetup setup = RunConfiguration.setup(scenario, options, agents);
    if (config.deadline() instanceof Deadline.Time time) {
      return withWallClock(setup, time);
    }
    return setup;
  }

  private static NegotiationSetup withWallClock(NegotiationSetup setup, Deadline.Time time) {
    var builder =
        NegotiationSetup.builder(setup.scenario())
            .protocol(setup.protocol())
            .timeline(setup.timeline())
            .seed(setup.seed())
            .callBudget(setup.callBudget())
            .confiding(setup.confiding())
            .clock(Clock.systemUTC())
            .timeLimit(time.limit());
    setup.negotiators().forEach(builder::negotiator);
    setup.mediators().forEach(builder::mediator);
    if (!setup.leadMediator().isEmpty()) {
      builder.leadMediator(setup.leadMediator());
    }
    return builder.build();
  }

  private ResultRow row(
      PlannedNegotiation planned,
      ScenarioCache.LoadedScenario loaded,
      Mechanism mechanism,
      long start) {
    NegotiationState state = mechanism.state();
    End end = state.end().orElseThrow();
    Optional<Failure> failure = Optional.empty();
    if (end instanceof End.NoAgreement no && no.reason() == EndReason.FAILURE) {
      failure =
          Optional.of(
              new Failure(no.party(), faultKind(mechanism.events(), no.party()), no.detail()));
    }
    Optional<Outcome> agreement =
        end instanceof End.Agreement a ? Optional.of(a.outcome()) : Optional.empty();
    return build(planned, loaded, agreement, state.round(), end.key(), failure, start);
  }

  private static String faultKind(List<Event> events, String party) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).payload() instanceof Payload.Faulted f && f.party().equals(party)) {
        return f.kind().key();
      }
    }
    return "exception";
  }

  ResultRow failure(
      PlannedNegotiation planned,
      ScenarioCache.LoadedScenario loaded,
      Failure failure,
      long start) {
    return build(planned, loaded, Optional.empty(), 0, "failure", Optional.of(failure), start);
  }

  private ResultRow build(
      PlannedNegotiation planned,
      ScenarioCache.LoadedScenario loaded,
      Optional<Outcome> agreement,
      int rounds,
      String end,
      Optional<Failure> failure,
      long start) {
    Scenario scenario = loaded.scenario();
    ScenarioMeasures measures = loaded.measures();
    List<String> parties = measures.parties();
    double[] u = new double[parties.size()];
    List<SeatResult> seats = new ArrayList<>(parties.size());
    double welfare = 0;
    for (int i = 0; i < parties.size(); i++) {
      Preferences preferences = scenario.preferences().get(parties.get(i));
      u[i] = agreement.map(o -> preferences.utility().utility(o)).orElse(preferences.reservation());
      welfare += u[i];
      seats.add(
          new SeatResult(
              parties.get(i),
              competitorOf(planned, parties.get(i)),
              u[i],
              measures.reservation(i),
              measures.advantage(i, u[i])));
    }
    return new ResultRow(
        planned.index(),
        planned.key(),
        planned.scenario().id(),
        planned.protocol().key(),
        planned.mediator(),
        planned.repetition(),
        planned.seed(),
        seats,
        agreement.isPresent(),
        agreement.map(o -> describe(o, scenario.space())).orElse(""),
        welfare,
        optional(measures.paretoOptimality(u)),
        optional(measures.nashOptimality(u)),
        optional(measures.kalaiOptimality(u)),
        rounds,
        end,
        failure,
        (System.nanoTime() - start) / 1e6);
  }

  private static String competitorOf(PlannedNegotiation planned, String party) {
    for (Seat seat : planned.seats()) {
      if (seat.party().equals(party)) {
        return seat.competitor();
      }
    }
    throw new IllegalStateException("no seat for party " + party + " in " + planned.key());
  }

  private static OptionalDouble optional(Optional<Double> value) {
    return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  /** An outcome as {@code issue=value;issue=value}, issues in space order. */
  public static String describe(Outcome outcome, OutcomeSpace space) {
    var sb = new StringBuilder();
    for (int i = 0; i < space.issueCount(); i++) {
      if (i > 0) {
        sb.append(';');
      }
      sb.append(space.issue(i).id())
          .append('=')
          .append(space.issue(i).valueAt(outcome.valueIndex(i)));
    }
    return sb.toString();
  }
}
