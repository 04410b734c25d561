package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.Outcome;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nice Tit-for-Tat's reciprocation measured against a Nash point the opponent model fixes: one
 * issue 0..10 worth v / 10 to us, and a model under which the estimated Nash point is 6.
 */
class NiceTitForTatRulesTest {

  private record Table(Map<Outcome, Double> utilities) implements OpponentModel {
    @Override
    public void update(String party, Outcome offer, Situation situation) {}

    @Override
    public double utility(String party, Outcome outcome) {
      return utilities.getOrDefault(outcome, 0.05);
    }
  }

  private static Situation situation(double reservation) {
    var model = new Table(Map.of(Outcome.of(6), 1.0, Outcome.of(9), 0.08, Outcome.of(10), 0.1));
    return Fixtures.situation(Fixtures.rising(1, 11, reservation), model);
  }

  private static long ticks(int value) {
    return value * 100_000_000_000L;
  }

  @Test
  void anOpponentThatOpensAtTheNashPoint_hasComeAllTheWay() {
    Situation situation = situation(0);
    Fixtures.receive(situation, "them", 0.1, Outcome.of(6));
    Fixtures.receive(situation, "them", 0.2, Outcome.of(6));
    Outcome nash = NashEstimate.of(situation);
    assertThat(nash).isEqualTo(Outcome.of(6));
    assertThat(NiceTitForTatBidding.reciprocated(situation, nash)).isEqualTo(1.0);
    assertThat(NiceTitForTatBidding.targetTicks(situation, nash)).isEqualTo(ticks(6));
  }

  @Test
  void theShareIsMeasuredFromTheOpponentsFirstOffer() {
    Situation situation = situation(0);
    Fixtures.receive(situation, "them", 0.1, Outcome.of(2));
    Fixtures.receive(situation, "them", 0.2, Outcome.of(4));
    Outcome nash = NashEstimate.of(situation);
    assertThat(nash).isEqualTo(Outcome.of(6));
    // From 2 to 4 of the way from 2 to 6: half; so it goes half the way from 10 to 6.
    assertThat(NiceTitForTatBidding.reciprocated(situation, nash)).isEqualTo(0.5);
    assertThat(NiceTitForTatBidding.targetTicks(situation, nash)).isEqualTo(ticks(8));
  }

  @Test
  void itBids_theBestRatedPackageInTheBandAboveItsTarget() {
    // Reservation 0.2: span 0.8, a window of 0.2 of it is 0.16 above the target 0.8, so 8 and 9
    // are in the band (the model prefers 9) and 10 is not.
    Situation situation = situation(0.2);
    Fixtures.receive(situation, "them", 0.1, Outcome.of(2));
    Fixtures.receive(situation, "them", 0.2, Outcome.of(4));
    Outcome nash = NashEstimate.of(situation);
    assertThat(nash).isEqualTo(Outcome.of(6));
    assertThat(NiceTitForTatBidding.targetTicks(situation, nash)).isEqualTo(ticks(8));
    assertThat(new NiceTitForTatBidding(0.2).bid(situation)).isEqualTo(Outcome.of(9));
    assertThat(new NiceTitForTatBidding(0).bid(situation)).isEqualTo(Outcome.of(8));
  }
}
