package io.parley.protocol;

import io.parley.event.Event;
import io.parley.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Steps per second of a running negotiation: one {@link Mechanism#step()} per operation, that is
 * one party's turn (an offer or an acceptance, the event delivered to both parties).
 *
 * <p>Two parties on a seeded two-party linear-additive space of {@code size} outcomes (see {@link
 * BenchNegotiations}), Boulware against conceder under alternating offers. The space is built once
 * per trial. Every iteration gets a fresh mechanism and fresh agents, and its first step — which
 * starts the agents (each builds its {@link io.parley.strategy.UtilityIndex} over the space) and
 * opens the session — is taken in setup, so only turns are measured. The deadline of {@link
 * #DEADLINE_ROUNDS} rounds puts the measured turns at the very start of the negotiation (progress
 * below 1%), where neither party's target lets it accept; should the negotiation nevertheless end
 * within an iteration, the iteration's tear-down fails the benchmark rather than counting steps of
 * an ended negotiation.
 *
 * <p>{@code callBudgetMillis} is the time budget per agent call: 0 (the engine's default) runs the
 * agents on the benchmark thread; a positive budget hands every call to a worker thread, the cost
 * of isolating agents that might hang.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class StepBenchmark {
  /** The deadline: far more rounds than an iteration takes steps. */
  static final int DEADLINE_ROUNDS = 1_000_000_000;

  /** The number of outcomes: 10^3, 10^5 or 10^6. */
  @Param({"1000", "100000", "1000000"})
  long size;

  /** The time budget per agent call in milliseconds; 0 runs agents on the caller's thread. */
  @Param({"0"})
  long callBudgetMillis;

  private Scenario scenario;
  private Mechanism mechanism;

  @Setup(Level.Trial)
  public void buildSpace() {
    scenario = BenchNegotiations.scenario(size);
  }

  @Setup(Level.Iteration)
  public void startNegotiation() {
    mechanism =
        Mechanisms.create(
            BenchNegotiations.boulwareVersusConceder(
                scenario, DEADLINE_ROUNDS, Duration.ofMillis(callBudgetMillis)));
    mechanism.step();
    if (mechanism.state().isEnded() || mechanism.state().session().isEmpty()) {
      throw new IllegalStateException(
          "the first step should only open the session; the events are " + mechanism.events());
    }
  }

  @TearDown(Level.Iteration)
  public void checkStillRunning() {
    if (mechanism.state().isEnded()) {
      throw new IllegalStateException(
          "the negotiation ended after "
              + mechanism.events().size()
              + " events, inside the measurement: "
              + mechanism.state().end().orElseThrow());
    }
  }

  @Benchmark
  public List<Event> step() {
    return mechanism.step();
  }
}
