package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.strategy.Strategies;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** MiCRO concedes one new outcome only for each new outcome it receives. */
class MicroTest {

  @Test
  void neverProposesMoreDistinctOffersThanItReceivedPlusOne() {
    var preferences = Fixtures.rising(2, 6, 0.2);
    for (long seed = 1; seed <= 20; seed++) {
      var random = new SplittableRandom(seed);
      var micro = Strategies.negotiator("micro");
      micro.start(Fixtures.context(preferences, 60, "them"));
      Set<Outcome> received = new HashSet<>();
      Set<Outcome> proposed = new HashSet<>();
      Outcome standing = null;
      long sequence = 1;
      for (int round = 1; round <= 60; round++) {
        // The opponent sometimes repeats itself, sometimes makes a new (bad for us) offer.
        if (random.nextInt(3) > 0 || standing == null) {
          standing = Outcome.of(random.nextInt(3), random.nextInt(3));
        }
        received.add(standing);
        micro.observe(Fixtures.offered(sequence++, round, "them", standing));
        Action action =
            micro.act(new Request.Turn(round, round / 60.0, Optional.of(standing), "them"));
        if (action instanceof Action.Offer offer) {
          proposed.add(offer.outcome());
          micro.observe(
              new Event(
                  sequence++,
                  0,
                  round,
                  "us",
                  java.util.List.of("us", "them"),
                  new Payload.Offered(offer.outcome())));
          assertThat(proposed.size())
              .as("seed %d round %d", seed, round)
              .isLessThanOrEqualTo(received.size() + 1);
        } else {
          assertThat(action).isInstanceOf(Action.Accept.class);
          break;
        }
      }
      assertThat(proposed).as("it does concede when the opponent moves").hasSizeGreaterThan(1);
    }
  }

  @Test
  void concedesInOrderOfItsOwnUtility_andAcceptsWhatItWouldProposeNext() {
    var preferences = Fixtures.rising(1, 11, 0);
    var situation = Fixtures.situation(preferences, NoModel.INSTANCE);
    var bidding = new MicroBidding();
    var acceptance = new MicroAcceptance();
    assertThat(bidding.bid(situation)).isEqualTo(Outcome.of(10));
    situation.bid(Outcome.of(10));
    assertThat(bidding.bid(situation)).as("no offer received: repeats").isEqualTo(Outcome.of(10));
    assertThat(acceptance.accepts(situation, Outcome.of(9), Outcome.of(10))).isFalse();
    Fixtures.receive(situation, "them", 0.1, Outcome.of(0));
    assertThat(bidding.bid(situation)).isEqualTo(Outcome.of(9));
    assertThat(acceptance.accepts(situation, Outcome.of(9), Outcome.of(9))).isTrue();
    assertThat(acceptance.accepts(situation, Outcome.of(8), Outcome.of(9))).isFalse();
  }
}
