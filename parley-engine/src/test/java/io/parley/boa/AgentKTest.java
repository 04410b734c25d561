package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.Outcome;
import org.junit.jupiter.api.Test;

/** AgentK's estimated maximum, target and probabilistic acceptance. */
class AgentKTest {

  @Test
  void acceptanceProbability_followsThePaperRule() {
    // One issue 0..10, utility v / 10 to us, reservation 0.
    var situation = Fixtures.situation(Fixtures.rising(1, 11, 0), NoModel.INSTANCE);
    Fixtures.receive(situation, "them", 0.2, Outcome.of(2));
    Fixtures.receive(situation, "them", 0.4, Outcome.of(4));
    situation.moveTo(9, 0.9);

    double mean = 0.3;
    double deviation = 0.1;
    double emax = mean + (1 - mean) * Math.sqrt(12) * deviation;
    double target = 1 - (1 - emax) * Math.pow(0.9, 3);
    AgentKEstimate estimate = AgentKEstimate.of(situation, 3);
    assertThat(estimate.mean()).isCloseTo(mean, within(1e-9));
    assertThat(estimate.emax()).isCloseTo(emax, within(1e-9));
    assertThat(estimate.target()).isCloseTo(target, within(1e-9));

    var acceptance = new AgentKAcceptance(3);
    double u = 0.6;
    double expected = Math.pow(0.9, 5) / 5 + (u - emax) + (u - target);
    assertThat(expected).as("the case is interesting").isBetween(0.05, 0.95);
    assertThat(acceptance.probability(situation, Outcome.of(6))).isCloseTo(expected, within(1e-9));
    assertThat(acceptance.probability(situation, Outcome.of(10))).isEqualTo(1.0);
    assertThat(acceptance.probability(situation, Outcome.of(0))).isEqualTo(0.0);

    int accepted = 0;
    int trials = 20_000;
    for (int k = 0; k < trials; k++) {
      if (acceptance.accepts(situation, Outcome.of(6), Outcome.of(10))) {
        accepted++;
      }
    }
    assertThat(accepted / (double) trials).isCloseTo(expected, within(0.02));
  }

  @Test
  void bid_neverBelowTarget_andTargetFallsTowardsEmax() {
    var situation = Fixtures.situation(Fixtures.rising(1, 11, 0.1), NoModel.INSTANCE);
    Fixtures.receive(situation, "them", 0.1, Outcome.of(3));
    Fixtures.receive(situation, "them", 0.2, Outcome.of(5));
    var bidding = new AgentKBidding(3);
    double previous = 2;
    for (double t = 0.2; t <= 1.0; t += 0.2) {
      situation.moveTo(1, t);
      double target = AgentKEstimate.of(situation, 3).target();
      assertThat(target).isLessThanOrEqualTo(previous);
      previous = target;
      for (int k = 0; k < 20; k++) {
        assertThat(situation.ticks(bidding.bid(situation)))
            .isGreaterThanOrEqualTo(UtilityScale.toTicks(target));
      }
    }
  }
}
