package io.parley.protocol;

import io.parley.event.Event;
import io.parley.run.RunConfiguration;
import io.parley.run.RunOptions;
import io.parley.scenario.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Steps per second through the path {@code parley run} takes by default: {@link
 * RunConfiguration#setup} with {@link RunOptions#DEFAULTS} (both parties play the default
 * negotiator, a one-second budget per agent call, so every call is watched by the watchdog) →
 * {@link Mechanisms#create} → one {@link Mechanism#step()} per operation. As in {@code parley run},
 * the mechanism keeps no event log ({@code retainEvents(false)}): the CLI streams every event to
 * its outputs, so a benchmark that kept them would measure the garbage collector copying a growing
 * log rather than the path users run. The only option changed is the deadline, {@link
 * StepBenchmark#DEADLINE_ROUNDS} rounds, so that no iteration reaches the end.
 *
 * <p>{@code path = default} is that path; {@code path = inline} is the same with no budget (agents
 * called with no watchdog at all), the engine's floor to compare against. Two parties on a seeded
 * linear-additive space of {@code size} outcomes ({@link BenchNegotiations#scenario}); the space is
 * built once per trial, every iteration starts a fresh negotiation and takes its first step (the
 * agents' start, which indexes the space, and the session's opening) in setup.
 */
// The JVM flags the `parley` launcher gives `run` (the serial collector, both compilers).
@Fork(jvmArgsAppend = "-XX:+UseSerialGC")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class DefaultPathStepBenchmark {
  /** The number of outcomes: 10^3, 10^5 or 10^7. */
  @Param({"1000", "100000", "10000000"})
  long size;

  /** {@code default}: the CLI's default budget; {@code inline}: no budget. */
  @Param({"default", "inline"})
  String path;

  private Scenario scenario;
  private Mechanism mechanism;

  @Setup(Level.Trial)
  public void buildSpace() {
    scenario = BenchNegotiations.scenario(size);
  }

  @Setup(Level.Iteration)
  public void startNegotiation() {
    RunOptions defaults = RunOptions.DEFAULTS;
    RunOptions options =
        new RunOptions(
            defaults.protocol(),
            defaults.negotiators(),
            defaults.mediatorStrategy(),
            defaults.leadMediator(),
            OptionalInt.of(StepBenchmark.DEADLINE_ROUNDS),
            defaults.seed(),
            path.equals("inline") ? Duration.ZERO : defaults.callBudget(),
            Optional.empty());
    mechanism =
        Mechanisms.create(RunConfiguration.builder(scenario, options).retainEvents(false).build());
    mechanism.step();
    if (mechanism.state().isEnded() || mechanism.state().session().isEmpty()) {
      throw new IllegalStateException(
          "the first step should only open the session; the state is " + mechanism.state());
    }
  }

  @TearDown(Level.Iteration)
  public void checkStillRunning() {
    if (mechanism.state().isEnded()) {
      throw new IllegalStateException(
          "the negotiation ended inside the measurement: " + mechanism.state().end().orElseThrow());
    }
  }

  @Benchmark
  public List<Event> step() {
    return mechanism.step();
  }
}
