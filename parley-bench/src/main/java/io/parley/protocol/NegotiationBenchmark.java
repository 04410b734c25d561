package io.parley.protocol;

import io.parley.event.End;
import io.parley.event.NegotiationState;
import io.parley.scenario.Scenario;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whole negotiations per second on a seeded two-party linear-additive space of 10^4 outcomes:
 * Boulware against conceder under alternating offers with a deadline of {@code deadlineRounds}
 * rounds, agents on the caller's thread (no call budget).
 *
 * <p>Only the scenario (space and preferences) is built once; every operation makes a fresh setup
 * and fresh agents, creates the mechanism and runs it to the end, so it includes starting the
 * agents — each builds its {@link io.parley.strategy.UtilityIndex} over the space — and every step.
 * The trial's setup runs the negotiation once and checks that it ends in an agreement before the
 * deadline.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class NegotiationBenchmark {
  /** The number of outcomes. */
  static final long SIZE = 10_000;

  /** The deadline in rounds. */
  @Param({"100", "1000"})
  int deadlineRounds;

  private Scenario scenario;

  @Setup
  public void buildSpace() {
    scenario = BenchNegotiations.scenario(SIZE);
    Mechanism mechanism = Mechanisms.create(setup());
    NegotiationState end = mechanism.run();
    if (!(end.end().orElseThrow() instanceof End.Agreement)) {
      throw new IllegalStateException(
          "the benchmark negotiation should end in an agreement, it ended "
              + end.end().orElseThrow());
    }
  }

  @Benchmark
  public NegotiationState negotiate() {
    return Mechanisms.create(setup()).run();
  }

  private NegotiationSetup setup() {
    return BenchNegotiations.boulwareVersusConceder(scenario, deadlineRounds, Duration.ZERO);
  }
}
