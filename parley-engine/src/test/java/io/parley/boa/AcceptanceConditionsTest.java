package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.negotiator.NegotiatorContext;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.scenario.Party;
import io.parley.strategy.UtilityIndex;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The acceptance conditions of Baarslag, Hindriks and Jonker (2014) and AgentK's, at the edges of
 * their rules: one issue 0..10 worth v / 10 to us, so package {@code v} is worth exactly {@code v /
 * 10}.
 */
class AcceptanceConditionsTest {

  private static Situation situation() {
    return Fixtures.situation(Fixtures.rising(1, 11, 0), NoModel.INSTANCE);
  }

  private static Outcome v(int value) {
    return Outcome.of(value);
  }

  @Test
  void acNext_acceptsAnOfferAtLeastAsGoodAsItsNextBid_scaledAndShifted() {
    Situation situation = situation();
    AcceptNext plain = AcceptNext.plain();
    assertThat(plain.accepts(situation, v(6), v(6))).isTrue();
    assertThat(plain.accepts(situation, v(5), v(6))).isFalse();

    var scaled = new AcceptNext(1.5, 0);
    assertThat(scaled.accepts(situation, v(6), v(9))).as("1.5 * 0.6 = 0.9").isTrue();
    assertThat(scaled.accepts(situation, v(5), v(9))).as("1.5 * 0.5 = 0.75").isFalse();
    assertThat(scaled.accepts(situation, v(2), v(3))).isTrue();

    var shifted = new AcceptNext(1, 0.1);
    assertThat(shifted.accepts(situation, v(5), v(6))).as("0.5 + 0.1 = 0.6").isTrue();
    assertThat(shifted.accepts(situation, v(4), v(6))).isFalse();
    var lowered = new AcceptNext(1, -0.2);
    assertThat(lowered.accepts(situation, v(8), v(6))).as("0.8 - 0.2 = 0.6").isTrue();
    assertThat(lowered.accepts(situation, v(7), v(6))).isFalse();
  }

  @Test
  void acConst_acceptsAnyOfferWorthAtLeastTheThreshold() {
    Situation situation = situation();
    var constant = new AcceptConstant(0.7);
    assertThat(constant.accepts(situation, v(7), v(10))).isTrue();
    assertThat(constant.accepts(situation, v(10), v(10))).isTrue();
    assertThat(constant.accepts(situation, v(6), v(0))).as("whatever its next bid").isFalse();
  }

  @Test
  void acTime_acceptsFromTheGivenProgressOn() {
    Situation situation = situation();
    var time = new AcceptTime(0.75);
    situation.moveTo(1, 0.74);
    assertThat(time.accepts(situation, v(0), v(10))).isFalse();
    situation.moveTo(2, 0.75);
    assertThat(time.accepts(situation, v(0), v(10))).isTrue();
    situation.moveTo(3, 1);
    assertThat(time.accepts(situation, v(0), v(10))).isTrue();
  }

  @Test
  void acCombi_fromT_acceptsTheBestOfferOfTheLastRemainingTime() {
    Situation situation = situation();
    Fixtures.receive(situation, "them", 0.25, v(9)); // before the window [0.5, 0.75]
    Fixtures.receive(situation, "them", 0.5, v(6)); // at its start
    Fixtures.receive(situation, "them", 0.7, v(3));
    var combi = new AcceptCombi(0.75);
    situation.moveTo(5, 0.74);
    assertThat(combi.accepts(situation, v(6), v(10))).as("before T: AC_next only").isFalse();
    assertThat(combi.accepts(situation, v(10), v(10))).as("AC_next").isTrue();
    situation.moveTo(6, 0.75);
    assertThat(combi.accepts(situation, v(6), v(10)))
        .as("as good as the best of the window, whose first offer counts")
        .isTrue();
    assertThat(combi.accepts(situation, v(5), v(10)))
        .as("worse than the window's best, though better than its latest")
        .isFalse();
    assertThat(combi.accepts(situation, v(9), v(10))).isTrue();
  }

  @Test
  void acCombi_withNothingReceivedInTheWindow_acceptsAtT() {
    Situation situation = situation();
    Fixtures.receive(situation, "them", 0.1, v(9));
    var combi = new AcceptCombi(0.75);
    situation.moveTo(6, 0.75);
    assertThat(combi.accepts(situation, v(1), v(10))).isTrue();
  }

  /** A situation whose random source must not be used, or returns {@code draw} when it is. */
  private static Situation withRandom(RandomGenerator random) {
    Preferences preferences = Fixtures.rising(1, 11, 0);
    var context =
        new NegotiatorContext(
            "us",
            preferences,
            preferences.utility().space(),
            List.of(Party.of("us"), Party.of("them")),
            "alternating-offers",
            100,
            random);
    var situation = new Situation(context, UtilityIndex.of(preferences), NoModel.INSTANCE);
    Fixtures.receive(situation, "them", 0.5, v(5));
    Fixtures.receive(situation, "them", 0.6, v(5));
    situation.moveTo(10, 1.0);
    return situation;
  }

  @Test
  void agentK_acceptsAtTheTargetForSure_andNeverAtProbabilityZero_withoutADraw() {
    RandomGenerator forbidden =
        new RandomGenerator() {
          @Override
          public long nextLong() {
            throw new AssertionError("no draw is needed");
          }
        };
    Situation situation = withRandom(forbidden);
    // Offers all worth 0.5: emax = 0.5, and at t = 1 the target is emax.
    AgentKEstimate estimate = AgentKEstimate.of(situation, 3);
    assertThat(estimate.emax()).isEqualTo(0.5);
    assertThat(estimate.target()).isEqualTo(0.5);
    var acceptance = new AgentKAcceptance(3);
    assertThat(acceptance.probability(situation, v(5))).as("at the target").isEqualTo(1.0);
    assertThat(acceptance.accepts(situation, v(5), v(10))).isTrue();
    assertThat(acceptance.probability(situation, v(0))).isEqualTo(0.0);
    assertThat(acceptance.accepts(situation, v(0), v(10))).isFalse();
  }

  @Test
  void agentK_belowTheTarget_acceptsWithExactlyThatProbability() {
    double[] next = {0};
    RandomGenerator fixed =
        new RandomGenerator() {
          @Override
          public long nextLong() {
            throw new AssertionError("only nextDouble is used");
          }

          @Override
          public double nextDouble() {
            return next[0];
          }
        };
    var acceptance = new AgentKAcceptance(3);
    // Offers worth 0.5, 0.5 and 0.3: a target of about 0.62 at t = 1, and 0.6 below it.
    Situation between = withRandom(fixed);
    Fixtures.receive(between, "them", 0.9, v(3));
    between.moveTo(11, 1.0);
    double middle = acceptance.probability(between, v(6));
    assertThat(middle).isStrictlyBetween(0.1, 0.2);
    // A uniform draw in [0, 1) falls below p with probability p: a draw of exactly p is above.
    next[0] = middle;
    assertThat(acceptance.accepts(between, v(6), v(10))).isFalse();
    next[0] = Math.nextDown(middle);
    assertThat(acceptance.accepts(between, v(6), v(10))).isTrue();
  }

  @Test
  void agentK_beforeAnyOffer_targetsItsBest_andBidsIt() {
    Situation situation = situation();
    AgentKEstimate estimate = AgentKEstimate.of(situation, 3);
    assertThat(estimate.target()).isEqualTo(1.0);
    assertThat(estimate.mean()).isZero();
    assertThat(new AgentKBidding(3).bid(situation)).isEqualTo(v(10));
  }

  @Test
  void agentK_reoffersTheBestOfferReceived_onceItReachesTheTarget() {
    Situation situation = situation();
    Outcome five = v(5);
    Fixtures.receive(situation, "them", 0.5, five);
    Fixtures.receive(situation, "them", 0.6, v(5));
    situation.moveTo(10, 1.0);
    assertThat(AgentKEstimate.of(situation, 3).target()).isEqualTo(0.5);
    assertThat(new AgentKBidding(3).bid(situation))
        .as("the earliest of the equally good offers, as received")
        .isSameAs(five);
  }

  @Test
  void agentK_neverReoffersAnOfferThatBreaksItsRedLines() {
    Preferences preferences =
        Fixtures.rising(1, 11, 0)
            .withRedLines(
                List.of(
                    new io.parley.preference.RedLine.Forbid(
                        new io.parley.preference.Condition(
                            List.of(new io.parley.preference.Clause(0, bit(10), 11))),
                        "")));
    var situation = Fixtures.situation(preferences, NoModel.INSTANCE);
    Fixtures.receive(situation, "them", 0.5, v(10));
    situation.moveTo(10, 1.0);
    for (int k = 0; k < 30; k++) {
      assertThat(new AgentKBidding(3).bid(situation)).isNotEqualTo(v(10));
    }
  }

  private static java.util.BitSet bit(int value) {
    var bits = new java.util.BitSet();
    bits.set(value);
    return bits;
  }
}
