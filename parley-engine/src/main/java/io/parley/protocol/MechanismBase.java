package io.parley.protocol;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.FaultKind;
import io.parley.event.NegotiationState;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * What every protocol shares: the event log and its fold, delivery of each event to its recipients
 * only (visibility is enforced here, not by the agents' good manners), isolation of faulty agents,
 * and the deadline in time.
 */
abstract class MechanismBase implements Mechanism {
  protected final NegotiationSetup setup;
  protected final OutcomeSpace space;
  private final List<Event> log = new ArrayList<>();
  private final List<Event> view = Collections.unmodifiableList(log);
  private final boolean retain;

  /** The events of the step in progress. */
  private final List<Event> made = new ArrayList<>();

  private AgentCalls calls;
  private Awaiting awaiting;
  private String abandoned = "";
  private volatile boolean stopping;
  private NegotiationState state = NegotiationState.initial();
  private boolean started;
  private double time;
  private long startMillis;

  MechanismBase(NegotiationSetup setup) {
    this.setup = setup;
    this.space = setup.scenario().space();
    this.calls = new AgentCalls(setup.callBudget());
    this.retain = setup.retainEvents();
  }

  /** Performs one step of the protocol, emitting at least one event. */
  protected abstract void advance();

  @Override
  public final List<Event> step() {
    if (state.isEnded()) {
      return List.of();
    }
    made.clear();
    awaiting = null;
    try {
      if (!started) {
        started = true;
        startMillis = setup.clock().millis();
        startAgents();
      }
      if (setup.timeLimit().isPresent() && elapsedMillis() > setup.timeLimit().get().toMillis()) {
        endWithoutAgreement(
            EndReason.DEADLINE,
            "",
            "the time limit of " + setup.timeLimit().get().toMillis() + " ms passed");
      } else {
        advance();
      }
    } catch (AgentFault fault) {
      fail(fault);
    } catch (MoveNotReady notReady) {
      // ask/askDraft recorded the seat: the step ends here, keeping what it made.
      if (awaiting == null) {
        throw new IllegalStateException(
            "an agent threw MoveNotReady outside a request for its move", notReady);
      }
    }
    if (state.isEnded()) {
      calls.close();
    }
    return List.copyOf(made);
  }

  @Override
  public final Optional<Awaiting> awaiting() {
    return Optional.ofNullable(awaiting);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Without any budget the loop runs on the caller's thread; with one, on a run thread from
   * {@link RunThreads} while the caller waits and abandons an agent that ignores its interrupt (see
   * {@link AgentCalls#abandon()}). A caller interrupted while waiting stops the run: its thread is
   * interrupted and the loop ends at the next event, which no longer reaches the listener. However
   * the loop ends (the end of the negotiation, a listener that throws, a stop), it closes the run's
   * agent calls, which the watchdog then no longer watches.
   */
  @Override
  public final NegotiationState run(Consumer<? super Event> listener) {
    if (setup.callBudget().isZero() && setup.startBudget().isZero()) {
      return Mechanism.super.run(listener);
    }
    Future<?> loop = RunThreads.submit(() -> loop(listener));
    while (true) {
      try {
        loop.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        return state;
      } catch (TimeoutException e) {
        Optional<AgentFault> fault = calls.abandon();
        if (fault.isPresent()) {
          abandoned = fault.get().participant;
          calls = new AgentCalls(setup.callBudget());
          // what the stuck step made before the call is in the log but was never returned: the
          // listener hears it before the fault and the end
          fail(fault.get());
          calls.close();
          for (Event event : List.copyOf(made)) {
            listener.accept(event);
          }
          return state;
        }
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        stopping = true;
        loop.cancel(true);
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the run to end", e);
      }
    }
  }

  /**
   * The loop of a budgeted run, on its run thread: runs to the end, or until the listener throws,
   * or until the caller stops waiting ({@code stopping}: nothing more reaches the listener), and
   * closes the calls however it ends, so that no ended or stopped run stays watched.
   */
  private void loop(Consumer<? super Event> listener) {
    try {
      Mechanism.super.run(
          event -> {
            if (stopping) {
              throw new Stopped();
            }
            listener.accept(event);
          });
    } catch (Stopped stopped) {
      // the caller was interrupted and has gone: the run ends here
    } finally {
      calls.close();
    }
  }

  /** Whether this run's agent calls are watched for overruns (for tests: none once it ended). */
  final boolean callsWatched() {
    return calls.isWatched();
  }

  /** Unwinds the loop of a run whose caller stopped waiting. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the caller stopped waiting for the run", null, false, false);
    }
  }

  /** How often a waiting {@link #run(Consumer)} checks for an agent to abandon. */
  private static final long POLL_MILLIS = 50;

  @Override
  public final NegotiationState state() {
    return state;
  }

  @Override
  public final List<Event> events() {
    if (!retain) {
      throw new IllegalStateException(
          "this run does not retain its events (NegotiationSetup.retainEvents(false)); take them"
              + " from step() or run(listener)");
    }
    return view;
  }

  /** Records {@code event}: the step's events, the log if retained, and the state's fold. */
  private void record(Event event) {
    made.add(event);
    if (retain) {
      log.add(event);
    }
    state = state.apply(event);
  }

  @Override
  public final double time() {
    return time;
  }

  /**
   * Progress in [0, 1]: the larger of the round fraction and, with a time limit, the time fraction.
   * It becomes the mechanism's {@link #time()}.
   */
  protected final double progress(double roundsDone) {
    double byRounds = Math.min(1.0, roundsDone / setup.timeline().rounds());
    if (setup.timeLimit().isEmpty()) {
      time = byRounds;
      return byRounds;
    }
    double byTime = Math.min(1.0, (double) elapsedMillis() / setup.timeLimit().get().toMillis());
    time = Math.max(byRounds, byTime);
    return time;
  }

  private long elapsedMillis() {
    return setup.clock().millis() - startMillis;
  }

  /** Appends an event and delivers it to its recipients that have agents. */
  protected final Event emit(int round, String sender, List<String> recipients, Payload payload) {
    Event event =
        new Event(state.events() + 1, setup.clock().millis(), round, sender, recipients, payload);
    record(event);
    for (String recipient : recipients) {
      deliver(recipient, event);
    }
    return event;
  }

  private void deliver(String recipient, Event event) {
    Negotiator negotiator = setup.negotiators().get(recipient);
    if (negotiator != null) {
      calls.call(recipient, "observe", MechanismBase::observe, negotiator, event);
    }
    Mediator mediator = setup.mediators().get(recipient);
    if (mediator != null) {
      calls.call(recipient, "observe", MechanismBase::observe, mediator, event);
    }
  }

  private static Void observe(Negotiator negotiator, Event event) {
    negotiator.observe(event);
    return null;
  }

  private static Void observe(Mediator mediator, Event event) {
    mediator.observe(event);
    return null;
  }

  /** Every participant: the recipients of public events. */
  protected final List<String> everyone() {
    return setup.participants();
  }

  /** Ends with an agreement on {@code outcome}, announced to everyone. */
  protected final void endWithAgreement(int round, Outcome outcome) {
    emit(round, Event.MECHANISM, everyone(), new Payload.Ended(new End.Agreement(outcome)));
  }

  /** Ends without agreement, announced to everyone. */
  protected final void endWithoutAgreement(EndReason reason, String party, String detail) {
    if (reason == EndReason.DEADLINE) {
      time = 1.0;
    }
    emit(
        state.round(),
        Event.MECHANISM,
        everyone(),
        new Payload.Ended(new End.NoAgreement(reason, party, detail)));
  }

  /** Records that {@code party} walked away and ends the run. */
  protected final void walkAway(int round, String party, Action.WalkAway walkAway) {
    emit(round, party, everyone(), new Payload.WalkedAway(walkAway.reason()));
    String why = walkAway.reason().isEmpty() ? "" : ": " + walkAway.reason();
    endWithoutAgreement(EndReason.WALK_AWAY, party, party + " walked away" + why);
  }

  /**
   * Announces an adjournment if {@code round} closes a session that another follows.
   *
   * @return whether an event was emitted
   */
  protected final boolean adjournAfter(int round) {
    var timeline = setup.timeline();
    if (!timeline.closesSession(round) || timeline.nextAfter(round).isEmpty()) {
      return false;
    }
    var next = timeline.nextAfter(round).get();
    emit(
        round,
        Event.MECHANISM,
        everyone(),
        SessionEvents.adjourned(timeline.sessionOf(round), next));
    return true;
  }

  /** The invalid-move fault of answering {@code request} with a move it does not allow. */
  protected final AgentFault disallowed(
      String party, Action action, String request, String allowed) {
    String move = action.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    return invalid(party, "answered " + request + " with " + move + "; expected " + allowed);
  }

  /** Asks a negotiator to act, isolating faults. */
  protected final Action ask(String party, Request request) {
    Negotiator negotiator = setup.negotiators().get(party);
    Action action;
    try {
      action = calls.call(party, "act", Negotiator::act, negotiator, request);
    } catch (MoveNotReady notReady) {
      awaiting = new Awaiting.Act(external(party, notReady), request);
      throw notReady;
    }
    if (action == null) {
      throw invalid(party, "answered with no action (null)");
    }
    return action;
  }

  /** Asks a mediator for a text, isolating faults and checking the text is in the space. */
  protected final Outcome askDraft(String mediator, io.parley.negotiator.DraftRequest request) {
    Mediator agent = setup.mediators().get(mediator);
    Outcome text;
    try {
      text = calls.call(mediator, "draft", () -> agent.draft(request));
    } catch (MoveNotReady notReady) {
      awaiting = new Awaiting.Draft(external(mediator, notReady), request);
      throw notReady;
    }
    checkOutcome(mediator, text, "drafted");
    return text;
  }

  /**
   * {@code seat}, if its moves come from outside the run; otherwise its {@link MoveNotReady} is a
   * fault like any other exception, so that no agent but a declared external seat can stall a run.
   */
  private String external(String seat, MoveNotReady notReady) {
    if (!setup.externalSeats().contains(seat)) {
      throw new AgentFault(
          seat,
          FaultKind.EXCEPTION,
          "threw "
              + notReady.getClass().getName()
              + " ("
              + notReady.getMessage()
              + "), but its seat takes no moves from outside the run");
    }
    return seat;
  }

  /** Fails the run if {@code outcome} is not an outcome of the space. */
  protected final void checkOutcome(String participant, Outcome outcome, String what) {
    if (outcome == null) {
      throw invalid(participant, what + " no outcome (null)");
    }
    try {
      space.check(outcome);
    } catch (IllegalArgumentException e) {
      throw invalid(participant, what + " an outcome outside the space: " + e.getMessage());
    }
  }

  /** An invalid-move fault of {@code participant}. */
  protected final AgentFault invalid(String participant, String detail) {
    return new AgentFault(participant, FaultKind.INVALID_MOVE, detail);
  }

  private void fail(AgentFault fault) {
    if (state.isEnded()) {
      return;
    }
    String detail = fault.participant + " failed (" + fault.kind.key() + "): " + fault.getMessage();
    // The run is ending: deliver the last two events without letting a second fault interrupt them.
    appendQuietly(new Payload.Faulted(fault.participant, fault.kind, fault.getMessage()));
    appendQuietly(
        new Payload.Ended(new End.NoAgreement(EndReason.FAILURE, fault.participant, detail)));
  }

  private void appendQuietly(Payload payload) {
    Event event =
        new Event(
            state.events() + 1,
            setup.clock().millis(),
            state.round(),
            Event.MECHANISM,
            everyone(),
            payload);
    record(event);
    for (String recipient : everyone()) {
      if (recipient.equals(abandoned)) {
        continue;
      }
      try {
        deliver(recipient, event);
      } catch (AgentFault ignored) {
        // Already ending with a failure; a further fault changes nothing that is recorded.
      }
    }
  }

  private void startAgents() {
    SplittableRandom root = new SplittableRandom(setup.seed());
    Map<String, Preferences> confided = new LinkedHashMap<>();
    for (String party : setup.parties()) {
      if (setup.confiding().contains(party)) {
        confided.put(party, setup.scenario().preferences().get(party));
      }
    }
    for (String participant : setup.participants()) {
      SplittableRandom random = root.split();
      Negotiator negotiator = setup.negotiators().get(participant);
      if (negotiator != null) {
        var context =
            new NegotiatorContext(
                participant,
                setup.scenario().preferences().get(participant),
                space,
                setup.scenario().parties(),
                setup.protocol().key(),
                setup.timeline().rounds(),
                random);
        calls.run(participant, "start", setup.startBudget(), () -> negotiator.start(context));
      }
      Mediator mediator = setup.mediators().get(participant);
      if (mediator != null) {
        var context =
            new MediatorContext(
                participant,
                space,
                setup.scenario().parties(),
                confided,
                setup.timeline().rounds(),
                random);
        calls.run(participant, "start", setup.startBudget(), () -> mediator.start(context));
      }
    }
  }
}
