package io.parley.protocol;

import io.parley.event.NegotiationState;
import io.parley.run.RunConfiguration;
import io.parley.run.RunOptions;
import io.parley.scenario.Scenario;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whole negotiations per second through the path {@code parley run} takes by default, options and
 * all: {@link RunConfiguration#setup} with {@link RunOptions#DEFAULTS} (the default negotiator for
 * both parties, the default deadline of {@value RunConfiguration#DEFAULT_ROUNDS} rounds, a
 * one-second budget per agent call) → {@link Mechanisms#create} → {@link
 * Mechanism#run(java.util.function.Consumer)}, which runs the loop on one run thread while the
 * caller watches for a hung agent; every event goes to a blackhole, as the CLI's would go to its
 * outputs, and, as in the CLI, the mechanism keeps no event log ({@code retainEvents(false)}).
 * {@code path = inline} is the same with no budget: the loop on the caller's thread.
 *
 * <p>Each operation makes fresh agents, so it includes their start (each indexes the space of
 * {@code size} outcomes; at 10^7 that dominates).
 */
// The JVM flags the `parley` launcher gives `run` (the serial collector, both compilers).
@Fork(jvmArgsAppend = "-XX:+UseSerialGC")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class DefaultPathNegotiationBenchmark {
  /** The number of outcomes: 10^3, 10^5 or 10^7. */
  @Param({"1000", "100000", "10000000"})
  long size;

  /** {@code default}: the CLI's default budget; {@code inline}: no budget. */
  @Param({"default", "inline"})
  String path;

  private Scenario scenario;
  private RunOptions options;

  @Setup
  public void buildSpace() {
    scenario = BenchNegotiations.scenario(size);
    RunOptions defaults = RunOptions.DEFAULTS;
    options =
        path.equals("inline")
            ? new RunOptions(
                defaults.protocol(),
                defaults.negotiators(),
                defaults.mediatorStrategy(),
                defaults.leadMediator(),
                defaults.deadline(),
                defaults.seed(),
                Duration.ZERO,
                Optional.empty())
            : defaults;
  }

  @Benchmark
  public NegotiationState negotiate(Blackhole events) {
    return Mechanisms.create(
            RunConfiguration.builder(scenario, options).retainEvents(false).build())
        .run(events::consume);
  }
}
