package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.Outcome;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.strategy.TimeDependentNegotiator;
import io.parley.strategy.UtilityIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Atlas3's rules one by one (Mori and Ito 2017, in Parley's reading): the lower limit of
 * concession, the neighbourhood search from its last bid against a brute-force search, and the
 * final phase that cycles through what every other party backed.
 */
class Atlas3BiddingTest {

  /** A model that rates every outcome by a fixed pseudo-random number per party and outcome. */
  private record TableModel(long seed) implements OpponentModel {
    @Override
    public void update(String party, Outcome offer, Situation situation) {}

    @Override
    public double utility(String party, Outcome outcome) {
      long code = 0;
      for (int value : outcome.valueIndices()) {
        code = code * 31 + value;
      }
      return new SplittableRandom(seed * 1_000_003 + code * 7 + party.hashCode()).nextDouble();
    }
  }

  private static Situation situation(Preferences preferences, OpponentModel model) {
    var context = Fixtures.context(preferences, 100, "a", "b");
    var situation = new Situation(context, UtilityIndex.of(preferences), model);
    model.start(situation);
    return situation;
  }

  private static long ticks(int value) {
    return value * 100_000_000_000L; // one issue 0..10: v is worth v / 10
  }

  @Test
  void lowerLimit_isTheLeastOverTheOthersOfTheBestEachOffered_neverBelowReservation() {
    Situation situation = situation(Fixtures.rising(1, 11, 0), NoModel.INSTANCE);
    assertThat(Atlas3Bidding.lowerLimitTicks(situation)).as("nothing offered").isEqualTo(ticks(10));
    situation.receive("a", Outcome.of(3), true);
    assertThat(Atlas3Bidding.lowerLimitTicks(situation))
        .as("b has offered nothing: its best is the reservation")
        .isEqualTo(0);
    situation.receive("a", Outcome.of(6), true);
    situation.receive("b", Outcome.of(4), true);
    situation.receive("a", Outcome.of(2), true);
    assertThat(Atlas3Bidding.lowerLimitTicks(situation)).isEqualTo(ticks(4));

    Situation reserved = situation(Fixtures.rising(1, 11, 0.5), NoModel.INSTANCE);
    reserved.receive("a", Outcome.of(3), true);
    reserved.receive("b", Outcome.of(4), true);
    assertThat(Atlas3Bidding.lowerLimitTicks(reserved)).isEqualTo(ticks(5));

    Situation alone =
        new Situation(
            Fixtures.context(Fixtures.rising(1, 11, 0), 100),
            UtilityIndex.of(Fixtures.rising(1, 11, 0)),
            NoModel.INSTANCE);
    alone.receive("mediator", Outcome.of(2), false);
    assertThat(Atlas3Bidding.lowerLimitTicks(alone)).as("no other party").isEqualTo(ticks(10));
  }

  @Test
  void threshold_fallsOnFaratinsCurveFromTheBestToTheLowerLimit() {
    Situation situation = situation(Fixtures.rising(1, 11, 0), NoModel.INSTANCE);
    situation.receive("a", Outcome.of(6), true);
    situation.receive("b", Outcome.of(4), true);
    var atlas3 = new Atlas3Bidding(0.5, 0.95);
    situation.moveTo(3, 0.25);
    assertThat(atlas3.thresholdTicks(situation))
        .isEqualTo(TimeDependentNegotiator.targetTicks(ticks(4), ticks(10), 0.25, 0.5))
        .isEqualTo(ticks(4) + (long) Math.floor(ticks(6) * (1 - 0.0625)));
  }

  @Test
  void finalPhase_cyclesThroughWhatAllOthersBacked_bestFirst_fromItsStart() {
    Preferences preferences =
        Fixtures.rising(1, 11, 0)
            .withRedLines(
                List.of(
                    new RedLine.Forbid(
                        new Condition(List.of(new Clause(0, bits(10), 11))), "not ten")));
    Situation situation = situation(preferences, NoModel.INSTANCE);
    situation.receive("a", Outcome.of(7), true);
    situation.support("b", Outcome.of(7));
    situation.receive("a", Outcome.of(10), true); // backed by both, but across our red line
    situation.receive("b", Outcome.of(10), true);
    situation.receive("a", Outcome.of(9), true);
    situation.receive("b", Outcome.of(9), true);
    situation.receive("a", Outcome.of(8), true); // backed by a only
    var atlas3 = new Atlas3Bidding(0.1, 0.95);
    situation.moveTo(50, 0.95);
    List<Outcome> bids = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      bids.add(atlas3.bid(situation));
    }
    assertThat(bids)
        .containsExactly(Outcome.of(9), Outcome.of(7), Outcome.of(9), Outcome.of(7), Outcome.of(9));
  }

  @Test
  void aNeighbourExactlyAtTheThresholdQualifies_andRatingTiesGoToTheFirstNeighbour() {
    // Two issues 0..2 worth (a + b) / 4. Both others offered (0, 0), so the lower limit is 0;
    // with e = 1 at t = 0.5 the threshold is 0.5 exactly. From (2, 2) the neighbours are
    // (0, 2) and (2, 0), worth 0.5, and (1, 2) and (2, 1), worth 0.75; the model rates the
    // first two alike and above the others.
    var model =
        new OpponentModel() {
          @Override
          public void update(String party, Outcome offer, Situation situation) {}

          @Override
          public double utility(String party, Outcome outcome) {
            return outcome.equals(Outcome.of(0, 2)) || outcome.equals(Outcome.of(2, 0)) ? 0.9 : 0.1;
          }
        };
    Situation situation = situation(Fixtures.rising(2, 3, 0), model);
    situation.receive("a", Outcome.of(0, 0), true);
    situation.receive("b", Outcome.of(0, 0), true);
    situation.bid(Outcome.of(2, 2));
    situation.moveTo(5, 0.5);
    var atlas3 = new Atlas3Bidding(1, 0.95);
    assertThat(atlas3.thresholdTicks(situation)).isEqualTo(500_000_000_000L);
    assertThat(atlas3.bid(situation)).isEqualTo(Outcome.of(0, 2));
  }

  @Test
  void beforeTheFinalPhase_itBidsTheBestRatedNeighbourAboveItsThreshold_asABruteForceSearch() {
    for (long seed = 1; seed <= 60; seed++) {
      var random = new SplittableRandom(seed);
      int issues = 2 + random.nextInt(2);
      int values = 3 + random.nextInt(3);
      Preferences preferences = Fixtures.rising(issues, values, random.nextInt(4) / 10.0);
      if (random.nextBoolean()) {
        preferences =
            preferences.withRedLines(
                List.of(
                    new RedLine.Forbid(
                        new Condition(List.of(new Clause(0, bits(values - 2), values))), "")));
      }
      var model = new TableModel(seed);
      Situation situation = situation(preferences, model);
      var atlas3 = new Atlas3Bidding(0.5 + random.nextDouble(), 1.0);
      for (int round = 1; round <= 12; round++) {
        situation.moveTo(round, round / 13.0);
        if (random.nextBoolean()) {
          String party = random.nextBoolean() ? "a" : "b";
          situation.receive(party, randomOutcome(random, issues, values), true);
        }
        Outcome expected = expected(situation, atlas3, model);
        Outcome bid = atlas3.bid(situation);
        assertThat(bid).as("seed %d round %d", seed, round).isEqualTo(expected);
        situation.bid(bid);
      }
    }
  }

  private static Outcome expected(Situation situation, Atlas3Bidding atlas3, OpponentModel model) {
    long threshold = atlas3.thresholdTicks(situation);
    UtilityIndex index = situation.index();
    List<Outcome> own = situation.ownBids();
    if (!own.isEmpty()) {
      Outcome from = own.get(own.size() - 1);
      Outcome best = null;
      double bestRating = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < from.issueCount(); i++) {
        for (int v = 0; v < index.space().issue(i).size(); v++) {
          if (v == from.valueIndex(i)) {
            continue;
          }
          Outcome neighbour = from.with(i, v);
          if (index.utilityTicks(neighbour) >= threshold && index.isAcceptable(neighbour)) {
            double rating =
                Math.min(
                    1.0, Math.min(model.utility("a", neighbour), model.utility("b", neighbour)));
            if (rating > bestRating) {
              best = neighbour;
              bestRating = rating;
            }
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return NearTarget.choose(situation, threshold, 0, true);
  }

  private static Outcome randomOutcome(SplittableRandom random, int issues, int values) {
    int[] v = new int[issues];
    for (int i = 0; i < issues; i++) {
      v[i] = random.nextInt(values);
    }
    return Outcome.of(v);
  }

  private static BitSet bits(int value) {
    var bits = new BitSet();
    bits.set(value);
    return bits;
  }
}
