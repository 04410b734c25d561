package io.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.NegotiationState;
import io.parley.negotiator.Action;
import io.parley.negotiator.Negotiator;
import io.parley.outcome.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {
  /** Never accepts; always offers its own favourite. */
  private static Negotiator stubborn(Outcome favourite) {
    return request -> new Action.Offer(favourite);
  }

  @Test
  void deadlineInRounds_endsAfterTheLastRound() {
    var setup =
        NegotiationSetup.builder(TestScenarios.buyerSeller())
            .negotiator("buyer", stubborn(Outcome.of(0, 1)))
            .negotiator("seller", stubborn(Outcome.of(2, 0)))
            .deadlineRounds(7)
            .build();
    NegotiationState state = Mechanisms.create(setup).run();

    var end = (End.NoAgreement) state.end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.DEADLINE);
    assertThat(end.detail()).contains("7 rounds");
    assertThat(state.round()).isEqualTo(7);
  }

  @Test
  void deadlineInTime_endsWhenTheClockPassesIt() {
    // The simulated clock advances 1 ms per reading, so 50 ms pass long before 10^6 rounds.
    var setup =
        NegotiationSetup.builder(TestScenarios.buyerSeller())
            .negotiator("buyer", stubborn(Outcome.of(0, 1)))
            .negotiator("seller", stubborn(Outcome.of(2, 0)))
            .deadlineRounds(1_000_000)
            .timeLimit(Duration.ofMillis(50))
            .clock(new SimulatedClock(0, 1))
            .build();
    NegotiationState state = Mechanisms.create(setup).run();

    var end = (End.NoAgreement) state.end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.DEADLINE);
    assertThat(end.detail()).contains("time limit of 50 ms");
    assertThat(state.round()).isLessThan(100);
  }

  @Test
  void progress_reachesOneAtTheTimeLimit() {
    double[] last = {0};
    Negotiator watcher =
        request -> {
          last[0] = request.progress();
          return new Action.Offer(Outcome.of(1, 1));
        };
    var setup =
        NegotiationSetup.builder(TestScenarios.buyerSeller())
            .negotiator("buyer", watcher)
            .negotiator("seller", stubborn(Outcome.of(2, 0)))
            .deadlineRounds(1_000_000)
            .timeLimit(Duration.ofMillis(40))
            .clock(new SimulatedClock(0, 1))
            .build();
    Mechanisms.create(setup).run();

    assertThat(last[0]).isGreaterThan(0.8).isLessThanOrEqualTo(1.0);
  }
}
