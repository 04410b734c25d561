package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.strategy.UtilityIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What the situation keeps up to date as the negotiation goes, against brute force: the best
 * package all others backed, the own bids by rank, the remembered ratings, the distinct offers.
 */
class SituationTest {

  @Test
  void bestSupportedByAll_afterEveryOfferAndAcceptance_equalsAScanInFirstBackedOrder() {
    for (long seed = 1; seed <= 200; seed++) {
      var random = new SplittableRandom(seed);
      Preferences preferences = Fixtures.rising(3, 4, random.nextInt(4) / 4.0);
      var context = Fixtures.context(preferences, 100, "a", "b");
      var situation = new Situation(context, UtilityIndex.of(preferences), new FrequencyModel(0.2));
      for (int k = 0; k < 60; k++) {
        // Few packages, so they recur and are backed by both, often as fresh equal instances.
        Outcome outcome = Outcome.of(random.nextInt(4), random.nextInt(4), random.nextInt(2) * 3);
        String party = random.nextBoolean() ? "a" : "b";
        if (random.nextBoolean()) {
          situation.receive(party, outcome, true);
        } else {
          situation.support(party, outcome);
        }
        assertThat(situation.bestSupportedByAll())
            .as("seed %d after %d", seed, k)
            .isEqualTo(scan(situation));
      }
    }
  }

  /** The definition: the acceptable package best for us backed by all, ties to the first seen. */
  private static Optional<Outcome> scan(Situation situation) {
    Outcome best = null;
    long bestTicks = Long.MIN_VALUE;
    for (Outcome outcome : situation.supported()) {
      if (situation.supporters(outcome).containsAll(situation.others())
          && situation.index().isAcceptable(outcome)) {
        long ticks = situation.index().utilityTicks(outcome);
        if (ticks > bestTicks) {
          best = outcome;
          bestTicks = ticks;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  @Test
  void hasBidAt_equalsHasBidOfTheOutcomeAtThatRank() {
    var random = new SplittableRandom(5);
    Preferences preferences = Fixtures.rising(3, 5, 0.3);
    var situation = Fixtures.situation(preferences, new FrequencyModel(0.2));
    UtilityIndex index = situation.index();
    for (int k = 0; k < 40; k++) {
      int rank = random.nextInt(index.size());
      // Sometimes the cached instance, sometimes a fresh equal one.
      situation.bid(random.nextBoolean() ? situation.outcomeAt(rank) : index.outcomeAt(rank));
      for (int r = 0; r < index.size(); r++) {
        assertThat(situation.hasBidAt(r))
            .as("rank %d", r)
            .isEqualTo(situation.hasBid(index.outcomeAt(r)));
      }
    }
    assertThat(situation.distinctBids())
        .isEqualTo((int) situation.ownBids().stream().distinct().count());
  }

  @Test
  void ticksAndAcceptability_remembered_alwaysEqualTheIndex() {
    var random = new SplittableRandom(9);
    Preferences preferences = Fixtures.rising(3, 5, 0.5);
    var situation = Fixtures.situation(preferences, new FrequencyModel(0.2));
    UtilityIndex index = situation.index();
    List<Outcome> seen = new ArrayList<>();
    for (int k = 0; k < 500; k++) {
      Outcome outcome =
          !seen.isEmpty() && random.nextBoolean()
              ? seen.get(random.nextInt(Math.min(3, seen.size())))
              : Outcome.of(random.nextInt(5), random.nextInt(5), random.nextInt(5));
      seen.add(0, outcome);
      if (random.nextBoolean()) {
        assertThat(situation.ticks(outcome)).isEqualTo(index.utilityTicks(outcome));
      } else {
        assertThat(situation.isAcceptable(outcome)).isEqualTo(index.isAcceptable(outcome));
      }
    }
  }

  @Test
  void distinctReceivedFrom_countsEqualPackagesOnce_whetherTheSameInstanceOrNot() {
    var situation = Fixtures.situation(Fixtures.rising(2, 3, 0), new FrequencyModel(0.2));
    Outcome first = Outcome.of(1, 1);
    situation.receive("them", first, true);
    situation.receive("them", first, true);
    situation.receive("them", Outcome.of(1, 1), true);
    situation.receive("them", Outcome.of(2, 1), true);
    situation.receive("them", first, true);

    assertThat(situation.distinctReceivedFrom("them")).isEqualTo(2);
    assertThat(situation.receivedFrom("them")).hasSize(5);
    assertThat(situation.supporters(Outcome.of(1, 1))).containsExactly("them");
  }
}
