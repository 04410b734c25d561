package io.parley.analysis;

import java.math.BigInteger;
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
 * The exact zone-of-agreement count of large two-party {@link BenchScenarios} spaces, which {@link
 * ZopaCounter} counts by meeting in the middle, in milliseconds per count. The {@link
 * AgreementSpace} is built in setup.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ZopaCountBenchmark {
  static final double RESERVATION = 0.3;

  /** Issues of 10 values: 10 gives 10^10 outcomes. */
  @Param({"10"})
  int issues;

  AgreementSpace space;

  /**
   * @throws IllegalStateException if the space is small enough to be enumerated
   */
  @Setup
  public void setUp() {
    space = AgreementSpace.of(BenchScenarios.linear(2, issues, RESERVATION));
    if (space.feasibleCount().compareTo(BigInteger.valueOf(1L << 22)) <= 0) {
      throw new IllegalStateException(space + " is enumerated, not met in the middle");
    }
  }

  @Benchmark
  public BigInteger count() {
    return ZopaCounter.count(space);
  }
}
