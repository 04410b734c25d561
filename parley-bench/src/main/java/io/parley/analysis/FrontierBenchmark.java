package io.parley.analysis;

import io.parley.scenario.Scenario;
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
 * The exact Pareto frontier of two-party linear-additive {@link BenchScenarios} spaces, in
 * milliseconds per frontier.
 *
 * <p>{@link #frontier} measures {@link ParetoFrontier#of} alone: the {@link AgreementSpace} (which
 * splits the space into blocks along the red lines) is built in setup. {@link #analyze} measures
 * the whole {@link Analyzer#analyze} of a scenario, including building its space, counting the zone
 * and the bargaining solutions.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FrontierBenchmark {
  static final double RESERVATION = 0.3;

  /** A space of 10^{@code issues} outcomes with {@code redLines} red lines, built once. */
  @State(Scope.Benchmark)
  public static class Space {
    /** Issues of 10 values: 6 gives 10^6 outcomes, 10 gives 10^10. */
    @Param({"6", "10"})
    int issues;

    /** Red lines (0 or 2), see {@link BenchScenarios#linear(int, int, double, int, long)}. */
    @Param({"0", "2"})
    int redLines;

    AgreementSpace space;

    @Setup
    public void setUp() {
      space =
          AgreementSpace.of(
              BenchScenarios.linear(2, issues, RESERVATION, redLines, BenchScenarios.SEED));
    }
  }

  /** A scenario of 10^{@code issues} outcomes without red lines, analysed whole. */
  @State(Scope.Benchmark)
  public static class Whole {
    /** Issues of 10 values: 6 gives 10^6 outcomes. */
    @Param({"6"})
    int issues;

    Scenario scenario;

    @Setup
    public void setUp() {
      scenario = BenchScenarios.linear(2, issues, RESERVATION);
    }
  }

  @Benchmark
  public ParetoFrontier frontier(Space s) {
    return ParetoFrontier.of(s.space);
  }

  @Benchmark
  public Analysis analyze(Whole s) {
    return Analyzer.analyze(s.scenario);
  }
}
