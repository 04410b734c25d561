package io.parley.protocol;

import io.parley.negotiator.Mediator;
import io.parley.negotiator.Negotiator;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.session.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a run needs: the scenario, the protocol, the timeline, an agent per seat, the seed,
 * the clock and the time budget per agent call. Built with {@link #builder(Scenario)}; a run is
 * reproducible from its setup (with the default simulated clock).
 */
public final class NegotiationSetup {
  /**
   * The time an agent's {@code start} may take when a call budget is set and no start budget is
   * given: 60 s, for agents that prepare (index the outcome space, compute a frontier) before the
   * first move, as GENIUS and ANAC agents do in their initialisation.
   */
  public static final Duration DEFAULT_START_BUDGET = Duration.ofSeconds(60);

  private final Scenario scenario;
  private final ProtocolKind protocol;
  private final Timeline timeline;
  private final Optional<Duration> timeLimit;
  private final Map<String, Negotiator> negotiators;
  private final Map<String, Mediator> mediators;
  private final Map<String, String> strategies;
  private final String leadMediator;
  private final long seed;
  private final Clock clock;
  private final Duration callBudget;
  private final Duration startBudget;
  private final boolean retainEvents;
  private final Set<String> confiding;
  private final Set<String> externalSeats;
  private final List<String> participants;

  private NegotiationSetup(Builder b) {
    this.scenario = b.scenario;
    this.protocol = b.protocol;
    this.timeline = b.timeline;
    this.timeLimit = Optional.ofNullable(b.timeLimit);
    this.negotiators = Map.copyOf(b.negotiators);
    this.mediators = Map.copyOf(b.mediators);
    this.strategies = Map.copyOf(b.strategies);
    this.leadMediator = b.leadMediator;
    this.seed = b.seed;
    this.clock = b.clock == null ? new SimulatedClock(0, 1) : b.clock;
    this.callBudget = b.callBudget;
    this.startBudget =
        b.startBudget != null
            ? b.startBudget
            : b.callBudget.isZero() ? Duration.ZERO : DEFAULT_START_BUDGET;
    this.retainEvents = b.retainEvents;
    this.confiding =
        Set.copyOf(b.confiding == null ? scenario.preferences().keySet() : b.confiding);
    this.externalSeats = Set.copyOf(b.externalSeats);
    List<String> ids = new ArrayList<>();
    for (Party party : scenario.parties()) {
      ids.add(party.id());
    }
    this.participants = List.copyOf(ids);
  }

  /** A builder for a run of {@code scenario}. */
  public static Builder builder(Scenario scenario) {
    return new Builder(scenario);
  }

  public Scenario scenario() {
    return scenario;
  }

  public ProtocolKind protocol() {
    return protocol;
  }

  public Timeline timeline() {
    return timeline;
  }

  /** The wall-clock deadline, if any, on top of the timeline's rounds. */
  public Optional<Duration> timeLimit() {
    return timeLimit;
  }

  public Map<String, Negotiator> negotiators() {
    return negotiators;
  }

  public Map<String, Mediator> mediators() {
    return mediators;
  }

  /**
   * The name of the strategy the agent on {@code seat} plays, as given to the builder; for an agent
   * given without a name, its class's simple name (or {@code "custom agent"} for a lambda or an
   * anonymous class). Used to name the culprit when an agent fails.
   *
   * @throws IllegalArgumentException if no agent sits on {@code seat}
   */
  public String strategyOf(String seat) {
    String name = strategies.get(seat);
    if (name == null) {
      throw new IllegalArgumentException("no agent sits on seat '" + seat + "'");
    }
    return name;
  }

  /** The mediator who drafts the single text; empty for alternating offers. */
  public String leadMediator() {
    return leadMediator;
  }

  public long seed() {
    return seed;
  }

  public Clock clock() {
    return clock;
  }

  /**
   * The time budget per agent call after {@code start}; zero means unlimited. Calls run on the
   * thread that steps the mechanism either way; with a budget a watchdog interrupts a call that
   * overruns it (see {@link Mechanism#run(java.util.function.Consumer)}).
   */
  public Duration callBudget() {
    return callBudget;
  }

  /**
   * The time budget of each agent's {@code start}; zero means unlimited. Unless set, {@link
   * #DEFAULT_START_BUDGET} when there is a call budget and unlimited when there is none.
   */
  public Duration startBudget() {
    return startBudget;
  }

  /**
   * Whether the mechanism keeps every event for {@link Mechanism#events()} (the default). Without,
   * a run takes memory independent of its length: its events are only handed out by {@link
   * Mechanism#step()} and {@link Mechanism#run(java.util.function.Consumer)}, and its {@link
   * Mechanism#state()} is their fold.
   */
  public boolean retainEvents() {
    return retainEvents;
  }

  /** The parties whose preferences the mediators may see. */
  public Set<String> confiding() {
    return confiding;
  }

  /** The seats whose moves come from outside the run (see {@link Builder#externalSeat}). */
  public Set<String> externalSeats() {
    return externalSeats;
  }

  /** The negotiating parties, in file order. */
  public List<String> parties() {
    return scenario.negotiatingParties();
  }

  /**
   * Every participant id, in file order; an unmodifiable list, the same instance at every call (it
   * is the recipient list of every public event).
   */
  public List<String> participants() {
    return participants;
  }

  /** The ids of participants with role mediator, in file order. */
  public List<String> mediatorIds() {
    List<String> ids = new ArrayList<>();
    for (Party party : scenario.parties()) {
      if (party.role() == Role.MEDIATOR) {
        ids.add(party.id());
      }
    }
    return ids;
  }

  /** Builds a {@link NegotiationSetup}; every setter validates at {@link #build()}. */
  public static final class Builder {
    private final Scenario scenario;
    private ProtocolKind protocol = ProtocolKind.ALTERNATING_OFFERS;
    private Timeline timeline = Timeline.single(100);
    private Duration timeLimit;
    private final Map<String, Negotiator> negotiators = new LinkedHashMap<>();
    private final Map<String, Mediator> mediators = new LinkedHashMap<>();
    private final Map<String, String> strategies = new LinkedHashMap<>();
    private String leadMediator = "";
    private long seed;
    private Clock clock;
    private Duration callBudget = Duration.ZERO;
    private Duration startBudget;
    private boolean retainEvents = true;
    private Set<String> confiding;
    private final Set<String> externalSeats = new LinkedHashSet<>();

    private Builder(Scenario scenario) {
      this.scenario = scenario;
    }

    public Builder protocol(ProtocolKind protocol) {
      this.protocol = protocol;
      return this;
    }

    public Builder timeline(Timeline timeline) {
      this.timeline = timeline;
      return this;
    }

    /** A deadline of {@code rounds} rounds in one plenary session (replaces the timeline). */
    public Builder deadlineRounds(int rounds) {
      this.timeline = Timeline.single(rounds);
      return this;
    }

    public Builder timeLimit(Duration timeLimit) {
      if (timeLimit.isNegative() || timeLimit.isZero()) {
        throw new IllegalArgumentException("time limit " + timeLimit + " must be positive");
      }
      this.timeLimit = timeLimit;
      return this;
    }

    public Builder negotiator(String party, Negotiator negotiator) {
      return negotiator(party, nameOf(negotiator), negotiator);
    }

    /**
     * Seats {@code negotiator}, which plays the strategy named {@code strategy}, on {@code party}.
     */
    public Builder negotiator(String party, String strategy, Negotiator negotiator) {
      negotiators.put(party, negotiator);
      strategies.put(party, strategy);
      return this;
    }

    public Builder mediator(String mediator, Mediator agent) {
      return mediator(mediator, nameOf(agent), agent);
    }

    /**
     * Seats {@code agent}, which plays the strategy named {@code strategy}, on {@code mediator}.
     */
    public Builder mediator(String mediator, String strategy, Mediator agent) {
      mediators.put(mediator, agent);
      strategies.put(mediator, strategy);
      return this;
    }

    private static String nameOf(Object agent) {
      Class<?> type = agent.getClass();
      return type.isAnonymousClass() || type.isSynthetic() || type.getSimpleName().contains("$")
          ? "custom agent"
          : type.getSimpleName();
    }

    public Builder leadMediator(String mediator) {
      this.leadMediator = mediator;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder callBudget(Duration budget) {
      if (budget.isNegative()) {
        throw new IllegalArgumentException("call budget " + budget + " is negative");
      }
      this.callBudget = budget;
      return this;
    }

    /** The time budget of each agent's {@code start}; zero for unlimited. */
    public Builder startBudget(Duration budget) {
      if (budget.isNegative()) {
        throw new IllegalArgumentException("start budget " + budget + " is negative");
      }
      this.startBudget = budget;
      return this;
    }

    /** Whether to keep every event for {@link Mechanism#events()}; true unless set. */
    public Builder retainEvents(boolean retain) {
      this.retainEvents = retain;
      return this;
    }

    public Builder confiding(Set<String> parties) {
      this.confiding = new LinkedHashSet<>(parties);
      return this;
    }

    /**
     * Declares {@code seat} one whose moves come from outside the run (a person's, read from a
     * log): only such a seat's agent may answer with {@link MoveNotReady}, which makes a stepped
     * mechanism {@linkplain Mechanism#awaiting() wait}; from any other seat — a plug-in, say — it
     * is that seat's fault, like any other exception.
     */
    public Builder externalSeat(String seat) {
      this.externalSeats.add(Objects.requireNonNull(seat, "seat"));
      return this;
    }

    /**
     * @throws IllegalArgumentException if a negotiating party has no negotiator, an agent sits on a
     *     seat that is not its role's, a mediated protocol has no lead mediator with an agent, or
     *     the timeline names an unknown party or, in a mediated protocol, a broker without an agent
     */
    public NegotiationSetup build() {
      List<String> parties = scenario.negotiatingParties();
      for (String party : parties) {
        if (!negotiators.containsKey(party)) {
          throw new IllegalArgumentException("no negotiator for party '" + party + "'");
        }
      }
      for (String seat : negotiators.keySet()) {
        if (!parties.contains(seat)) {
          throw new IllegalArgumentException(
              "'" + seat + "' is not a negotiating party; parties are " + parties);
        }
      }
      List<String> mediatorIds = new ArrayList<>();
      for (Party party : scenario.parties()) {
        if (party.role() == Role.MEDIATOR) {
          mediatorIds.add(party.id());
        }
      }
      for (String seat : mediators.keySet()) {
        if (!mediatorIds.contains(seat)) {
          throw new IllegalArgumentException(
              "'" + seat + "' is not a mediator; mediators are " + mediatorIds);
        }
      }
      if (protocol != ProtocolKind.ALTERNATING_OFFERS) {
        if (leadMediator.isEmpty() && !mediators.isEmpty()) {
          leadMediator = mediators.keySet().iterator().next();
        }
        if (!mediators.containsKey(leadMediator)) {
          throw new IllegalArgumentException(
              "protocol "
                  + protocol.key()
                  + " needs a lead mediator with an agent; mediators are "
                  + mediatorIds);
        }
      }
      // A broker matters only where mediators sit: alternating offers ignores it.
      boolean mediated = protocol != ProtocolKind.ALTERNATING_OFFERS;
      for (var session : timeline.sessions()) {
        for (String absent : session.absent()) {
          if (!parties.contains(absent)) {
            throw new IllegalArgumentException(
                "session '" + session.name() + "' lists unknown absent party '" + absent + "'");
          }
        }
        if (mediated && !session.broker().isEmpty() && !mediators.containsKey(session.broker())) {
          throw new IllegalArgumentException(
              "session '"
                  + session.name()
                  + "' names broker '"
                  + session.broker()
                  + "', who is not a mediator with an agent");
        }
      }
      return new NegotiationSetup(this);
    }
  }
}
