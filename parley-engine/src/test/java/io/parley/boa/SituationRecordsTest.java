package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;
import org.junit.jupiter.api.Test;

/** What the situation reports about the round, the best offer received and shared backing. */
class SituationRecordsTest {

  @Test
  void moveTo_setsTheRoundAndClampsTheProgress() {
    var situation = Fixtures.situation(Fixtures.rising(1, 5, 0), NoModel.INSTANCE);
    assertThat(situation.round()).isZero();
    situation.moveTo(7, 0.5);
    assertThat(situation.round()).isEqualTo(7);
    assertThat(situation.progress()).isEqualTo(0.5);
    situation.moveTo(8, 1.5);
    assertThat(situation.progress()).isEqualTo(1.0);
    situation.moveTo(9, -0.5);
    assertThat(situation.progress()).isZero();
  }

  @Test
  void bestReceived_isTheBestForThisParty_tiesToTheEarliest() {
    var situation = Fixtures.situation(Fixtures.rising(2, 5, 0), NoModel.INSTANCE);
    assertThat(situation.bestReceived()).isEmpty();
    situation.receive("them", Outcome.of(1, 1), true);
    situation.receive("them", Outcome.of(3, 1), true);
    situation.receive("them", Outcome.of(1, 3), true); // as good as (3, 1)
    situation.receive("them", Outcome.of(0, 2), true);
    assertThat(situation.bestReceived())
        .hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(Outcome.of(3, 1)));
    situation.receive("them", Outcome.of(4, 1), true);
    assertThat(situation.bestReceived())
        .hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(Outcome.of(4, 1)));
  }

  @Test
  void theSameOfferBackedByOneOtherPartyThenTheNext_isBackedByAll() {
    var preferences = Fixtures.rising(1, 5, 0);
    var situation =
        new Situation(
            Fixtures.context(preferences, 10, "a", "b"),
            UtilityIndex.of(preferences),
            NoModel.INSTANCE);
    Outcome offer = Outcome.of(3);
    situation.receive("a", offer, true);
    assertThat(situation.bestSupportedByAll()).isEmpty();
    situation.support("b", offer); // the very same instance, now from b
    assertThat(situation.supporters(offer)).containsExactlyInAnyOrder("a", "b");
    assertThat(situation.bestSupportedByAll()).containsSame(offer);
    situation.support("b", offer);
    assertThat(situation.bestSupportedByAll()).containsSame(offer);
  }
}
