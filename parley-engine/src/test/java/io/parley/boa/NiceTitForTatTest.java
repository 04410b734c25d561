package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.outcome.Outcome;
import org.junit.jupiter.api.Test;

/** Nice Tit-for-Tat reciprocates the opponent's concession relative to the estimated Nash point. */
class NiceTitForTatTest {

  @Test
  void target_movesTheShareOfTheWayToNashThatTheOpponentMoved() {
    // Two issues 0..10, both rising for us; the opponent opens at (0, 0), worth 0 to us.
    var situation = Fixtures.situation(Fixtures.rising(2, 11, 0), new BayesianModel(5, 0.5, 0.25));
    Fixtures.receive(situation, "them", 0.1, Outcome.of(0, 0));
    Fixtures.receive(situation, "them", 0.2, Outcome.of(1, 0));
    Fixtures.receive(situation, "them", 0.3, Outcome.of(2, 1));

    Outcome nash = NashEstimate.of(situation);
    long max = situation.index().bestTicks();
    long nashTicks = situation.ticks(nash);
    long first = situation.ticks(Outcome.of(0, 0));
    long last = situation.ticks(Outcome.of(2, 1));
    assertThat(nashTicks)
        .as("the estimate lies strictly between the extremes")
        .isBetween(first + 1, max - 1);
    double x = (last - first) / (double) (nashTicks - first);
    assertThat(NiceTitForTatBidding.reciprocated(situation, nash)).isCloseTo(x, within(1e-12));
    long expected = max - (long) Math.floor(x * (max - nashTicks));
    assertThat(NiceTitForTatBidding.targetTicks(situation, nash)).isEqualTo(expected);

    Outcome bid = new NiceTitForTatBidding(0.02).bid(situation);
    assertThat(situation.ticks(bid)).isGreaterThanOrEqualTo(expected);
  }

  @Test
  void noConcession_noConcession_andRetractionIsNotPunished() {
    var situation = Fixtures.situation(Fixtures.rising(2, 11, 0), new BayesianModel(5, 0.5, 0.25));
    var bidding = new NiceTitForTatBidding(0);
    Fixtures.receive(situation, "them", 0.1, Outcome.of(0, 0));
    Fixtures.receive(situation, "them", 0.2, Outcome.of(0, 0));
    assertThat(situation.ticks(bidding.bid(situation)))
        .as("the opponent did not concede, so neither does it")
        .isEqualTo(situation.index().bestTicks());

    Fixtures.receive(situation, "them", 0.3, Outcome.of(3, 3));
    long conceded = situation.ticks(bidding.bid(situation));
    assertThat(conceded).isLessThan(situation.index().bestTicks());
    Fixtures.receive(situation, "them", 0.4, Outcome.of(0, 0));
    assertThat(situation.ticks(bidding.bid(situation)))
        .as("nice: it does not retaliate when the opponent takes its concession back")
        .isLessThanOrEqualTo(conceded);
  }
}
