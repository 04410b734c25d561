package io.parley.protocol;

import io.parley.analysis.BenchScenarios;
import io.parley.scenario.Scenario;
import io.parley.strategy.TimeDependentNegotiator;
import java.time.Duration;

/**
 * The negotiations the engine benchmarks run: two parties on a seeded {@link BenchScenarios} space,
 * the first playing Boulware ({@code e = 0.2}), the second conceder ({@code e = 2}), under
 * bilateral alternating offers in one plenary session.
 */
final class BenchNegotiations {
  /** Both parties' reservation value, as in {@code examples/bench-1e6.yaml}. */
  static final double RESERVATION = 0.3;

  private BenchNegotiations() {}

  /**
   * The two-party scenario of {@code outcomes} outcomes: {@code log10(outcomes)} issues of 10
   * values, no red lines, seed {@link BenchScenarios#SEED}.
   *
   * @throws IllegalArgumentException unless {@code outcomes} is a power of 10 from 10 to 10^18
   */
  static Scenario scenario(long outcomes) {
    int issues = 0;
    long size = 1;
    while (size < outcomes && issues < 18) {
      size *= BenchScenarios.VALUES;
      issues++;
    }
    if (size != outcomes || issues == 0) {
      throw new IllegalArgumentException(
          "space size " + outcomes + " is not a power of 10 from 10 to 10^18");
    }
    return BenchScenarios.linear(2, issues, RESERVATION);
  }

  /**
   * A setup with fresh agents: Boulware for {@code p1}, conceder for {@code p2}, a deadline of
   * {@code rounds} rounds, the default simulated clock and seed 0, and {@code callBudget} per agent
   * call (zero: calls run on the caller's thread).
   */
  static NegotiationSetup boulwareVersusConceder(
      Scenario scenario, int rounds, Duration callBudget) {
    return NegotiationSetup.builder(scenario)
        .protocol(ProtocolKind.ALTERNATING_OFFERS)
        .deadlineRounds(rounds)
        .negotiator("p1", TimeDependentNegotiator.boulware())
        .negotiator("p2", TimeDependentNegotiator.conceder())
        .callBudget(callBudget)
        .build();
  }
}
