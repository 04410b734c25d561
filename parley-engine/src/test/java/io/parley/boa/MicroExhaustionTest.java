package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.Outcome;
import org.junit.jupiter.api.Test;

/** MiCRO with every acceptable package proposed stops conceding and repeats itself. */
class MicroExhaustionTest {

  @Test
  void onceEveryAcceptablePackageIsProposed_itRepeatsOneOfThem() {
    // Two packages, both acceptable: 1 (worth 1) and 0 (worth 0).
    var situation = Fixtures.situation(Fixtures.rising(1, 2, 0), NoModel.INSTANCE);
    var micro = new MicroBidding();
    var acceptance = new MicroAcceptance();
    assertThat(micro.bid(situation)).isEqualTo(Outcome.of(1));
    situation.bid(Outcome.of(1));
    Fixtures.receive(situation, "them", 0.1, Outcome.of(0));
    assertThat(micro.bid(situation)).isEqualTo(Outcome.of(0));
    situation.bid(Outcome.of(0));
    Fixtures.receive(situation, "them", 0.2, Outcome.of(1));
    Fixtures.receive(situation, "them", 0.3, Outcome.of(0));
    assertThat(MicroBidding.mayConcede(situation)).isFalse();
    for (int k = 0; k < 10; k++) {
      assertThat(micro.bid(situation)).isIn(Outcome.of(0), Outcome.of(1));
    }
    assertThat(acceptance.accepts(situation, Outcome.of(0), Outcome.of(1))).isTrue();
  }
}
