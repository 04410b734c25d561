package io.parley.analysis;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Outcome-utility evaluation by enumeration, in outcome-utilities per second (outcomes × parties):
 * a bare nested-loop baseline against {@link ZopaCounter#count}'s enumeration path.
 *
 * <p>Every benchmark counts the outcomes all parties value at least at their reservation, on {@link
 * BenchScenarios} spaces of 10 values per issue. The reservation, the same for every party, is a
 * {@code @Param}: 0.3 (as in {@code examples/bench-1e6.yaml}) puts 92–94% of the outcomes in the
 * zone, 0.45 puts 29–43% there, so the count's branch is far less predictable. Neither of {@code
 * ZopaCounter}'s shortcuts applies at either (checked in setup). Two-party spaces up to 2^22
 * outcomes and three-party spaces up to 3·10^8 are enumerated; larger two-party spaces are counted
 * by meeting in the middle (see {@link ZopaCountBenchmark}).
 *
 * <p>The sizes are fixed per method rather than by {@code @Param} because {@link
 * OperationsPerInvocation} is a compile-time constant: each method's operation count is its
 * outcomes × parties, so every score reads directly as outcome-utilities per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluationBenchmark {
  /** Two parties, 6 issues (10^6 outcomes). */
  @State(Scope.Benchmark)
  public static class TwoPartiesMillion {
    @Param({"0.3", "0.45"})
    double reservation;

    AgreementSpace space;
    long[][] first;
    long[][] second;
    long firstReservation;
    long secondReservation;

    @Setup
    public void setUp() {
      space = enumerated(2, 6, reservation);
      first = space.ticks(0);
      second = space.ticks(1);
      firstReservation = space.reservationTicks(0);
      secondReservation = space.reservationTicks(1);
      long bare = bareLoop(first, second, firstReservation, secondReservation);
      BigInteger parley = ZopaCounter.count(space);
      if (parley.longValueExact() != bare) {
        throw new IllegalStateException("bare loop counts " + bare + ", Parley " + parley);
      }
    }
  }

  /** Three parties, 6 issues (10^6 outcomes). */
  @State(Scope.Benchmark)
  public static class ThreePartiesMillion {
    @Param({"0.3", "0.45"})
    double reservation;

    AgreementSpace space;
    long[][][] ticks;
    long[] reservations;

    @Setup
    public void setUp() {
      space = enumerated(3, 6, reservation);
      ticks = new long[][][] {space.ticks(0), space.ticks(1), space.ticks(2)};
      reservations = space.reservationTicks();
      long bare = bareLoopThreeParties(ticks, reservations);
      BigInteger parley = ZopaCounter.count(space);
      if (parley.longValueExact() != bare) {
        throw new IllegalStateException("bare loop counts " + bare + ", Parley " + parley);
      }
    }
  }

  /** Three parties, 7 issues (10^7 outcomes). */
  @State(Scope.Benchmark)
  public static class ThreePartiesTenMillion {
    @Param({"0.3", "0.45"})
    double reservation;

    AgreementSpace space;

    @Setup
    public void setUp() {
      space = enumerated(3, 7, reservation);
    }
  }

  /** The baseline: six nested loops, per-issue running sums, two parties, 10^6 outcomes. */
  @Benchmark
  @OperationsPerInvocation(2 * 1_000_000)
  public long bareLoop(TwoPartiesMillion s) {
    return bareLoop(s.first, s.second, s.firstReservation, s.secondReservation);
  }

  /** The same baseline for three parties, 10^6 outcomes: the reference for the three-party runs. */
  @Benchmark
  @OperationsPerInvocation(3 * 1_000_000)
  public long bareLoopThreeParties(ThreePartiesMillion s) {
    return bareLoopThreeParties(s.ticks, s.reservations);
  }

  /** Parley's enumeration, two parties, 10^6 outcomes (below 2^22, so enumerated). */
  @Benchmark
  @OperationsPerInvocation(2 * 1_000_000)
  public BigInteger enumerationTwoPartiesMillion(TwoPartiesMillion s) {
    return ZopaCounter.count(s.space);
  }

  /** Parley's enumeration, three parties, 10^6 outcomes. */
  @Benchmark
  @OperationsPerInvocation(3 * 1_000_000)
  public BigInteger enumerationThreePartiesMillion(ThreePartiesMillion s) {
    return ZopaCounter.count(s.space);
  }

  /** Parley's enumeration, three parties, 10^7 outcomes. */
  @Benchmark
  @OperationsPerInvocation(3 * 10_000_000)
  public BigInteger enumerationThreePartiesTenMillion(ThreePartiesTenMillion s) {
    return ZopaCounter.count(s.space);
  }

  /**
   * The agreement space of a {@link BenchScenarios} scenario whose zone {@link ZopaCounter} counts
   * by enumeration.
   *
   * @throws IllegalStateException if a shortcut or meeting in the middle would apply instead
   */
  static AgreementSpace enumerated(int parties, int issues, double reservation) {
    AgreementSpace space = AgreementSpace.of(BenchScenarios.linear(parties, issues, reservation));
    long feasible = space.feasibleCount().longValueExact();
    long limit =
        parties == 2 ? ZopaCounter.TWO_PARTY_ENUMERATION_LIMIT : ZopaCounter.ENUMERATION_LIMIT;
    boolean someMayFail = false;
    for (int p = 0; p < parties; p++) {
      long max = 0;
      long min = 0;
      for (long[] issue : space.ticks(p)) {
        max += Arrays.stream(issue).max().orElseThrow();
        min += Arrays.stream(issue).min().orElseThrow();
      }
      long r = space.reservationTicks(p);
      if (max < r) {
        throw new IllegalStateException(space + ": party " + p + " never reaches its reservation");
      }
      someMayFail |= min < r;
    }
    if (!someMayFail || feasible > limit) {
      throw new IllegalStateException(space + " is not counted by enumeration");
    }
    return space;
  }

  /**
   * Counts the outcomes of a six-issue space both parties value at least at their reservation, with
   * one running sum per party and loop level.
   */
  static long bareLoop(long[][] a, long[][] b, long ra, long rb) {
    long[] a0 = a[0];
    long[] a1 = a[1];
    long[] a2 = a[2];
    long[] a3 = a[3];
    long[] a4 = a[4];
    long[] a5 = a[5];
    long[] b0 = b[0];
    long[] b1 = b[1];
    long[] b2 = b[2];
    long[] b3 = b[3];
    long[] b4 = b[4];
    long[] b5 = b[5];
    long count = 0;
    for (int v0 = 0; v0 < a0.length; v0++) {
      long sa0 = a0[v0];
      long sb0 = b0[v0];
      for (int v1 = 0; v1 < a1.length; v1++) {
        long sa1 = sa0 + a1[v1];
        long sb1 = sb0 + b1[v1];
        for (int v2 = 0; v2 < a2.length; v2++) {
          long sa2 = sa1 + a2[v2];
          long sb2 = sb1 + b2[v2];
          for (int v3 = 0; v3 < a3.length; v3++) {
            long sa3 = sa2 + a3[v3];
            long sb3 = sb2 + b3[v3];
            for (int v4 = 0; v4 < a4.length; v4++) {
              long sa4 = sa3 + a4[v4];
              long sb4 = sb3 + b4[v4];
              for (int v5 = 0; v5 < a5.length; v5++) {
                if (sa4 + a5[v5] >= ra & sb4 + b5[v5] >= rb) {
                  count++;
                }
              }
            }
          }
        }
      }
    }
    return count;
  }

  /** {@link #bareLoop} for three parties: {@code ticks[party][issue][value]}, six issues. */
  static long bareLoopThreeParties(long[][][] ticks, long[] reservations) {
    long[][] a = ticks[0];
    long[][] b = ticks[1];
    long[][] c = ticks[2];
    long ra = reservations[0];
    long rb = reservations[1];
    long rc = reservations[2];
    long[] a5 = a[5];
    long[] b5 = b[5];
    long[] c5 = c[5];
    long count = 0;
    for (int v0 = 0; v0 < a[0].length; v0++) {
      long sa0 = a[0][v0];
      long sb0 = b[0][v0];
      long sc0 = c[0][v0];
      for (int v1 = 0; v1 < a[1].length; v1++) {
        long sa1 = sa0 + a[1][v1];
        long sb1 = sb0 + b[1][v1];
        long sc1 = sc0 + c[1][v1];
        for (int v2 = 0; v2 < a[2].length; v2++) {
          long sa2 = sa1 + a[2][v2];
          long sb2 = sb1 + b[2][v2];
          long sc2 = sc1 + c[2][v2];
          for (int v3 = 0; v3 < a[3].length; v3++) {
            long sa3 = sa2 + a[3][v3];
            long sb3 = sb2 + b[3][v3];
            long sc3 = sc2 + c[3][v3];
            for (int v4 = 0; v4 < a[4].length; v4++) {
              long sa4 = sa3 + a[4][v4];
              long sb4 = sb3 + b[4][v4];
              long sc4 = sc3 + c[4][v4];
              for (int v5 = 0; v5 < a5.length; v5++) {
                if (sa4 + a5[v5] >= ra & sb4 + b5[v5] >= rb & sc4 + c5[v5] >= rc) {
                  count++;
                }
              }
            }
          }
        }
      }
    }
    return count;
  }
}
