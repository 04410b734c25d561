package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.Outcome;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.strategy.UtilityIndex;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Nash point a party estimates from its own utility and its opponent model: the acceptable
 * package that maximises its gain over its reservation times the model's utility for every other
 * party, ties to the first found (its best package, then down its index, then the offers received
 * in order), against a brute-force search.
 */
class NashEstimateTest {

  /** A model reading each outcome's utility from a table (0 where absent), the same for all. */
  private record Table(Map<Outcome, Double> utilities) implements OpponentModel {
    @Override
    public void update(String party, Outcome offer, Situation situation) {}

    @Override
    public double utility(String party, Outcome outcome) {
      return utilities.getOrDefault(outcome, 0.0);
    }
  }

  /** A model rating each outcome by a pseudo-random number per party. */
  private record Noise(long seed) implements OpponentModel {
    @Override
    public void update(String party, Outcome offer, Situation situation) {}

    @Override
    public double utility(String party, Outcome outcome) {
      long code = 0;
      for (int v : outcome.valueIndices()) {
        code = code * 31 + v;
      }
      return new SplittableRandom(seed * 7919 + code * 31 + party.hashCode()).nextDouble();
    }
  }

  private static double product(Situation situation, Outcome outcome) {
    double product =
        UtilityScale.toUtility(situation.ticks(outcome) - situation.index().reservationTicks());
    for (String other : situation.others()) {
      product *= situation.model().utility(other, outcome);
    }
    return product;
  }

  @Test
  void equalsABruteForceSearchOverEveryAcceptablePackage() {
    for (long seed = 1; seed <= 100; seed++) {
      var random = new SplittableRandom(seed);
      Preferences preferences =
          Fixtures.rising(1 + random.nextInt(3), 2 + random.nextInt(5), random.nextInt(5) / 10.0);
      var context = Fixtures.context(preferences, 100, "a", "b");
      var situation = new Situation(context, UtilityIndex.of(preferences), new Noise(seed));
      UtilityIndex index = situation.index();
      assertThat(NashEstimate.of(situation)).as("before any offer").isEqualTo(index.best().get());
      situation.receive("a", index.outcomeAt(random.nextInt(index.size())), true);
      Outcome best = index.best().get();
      double bestProduct = product(situation, best);
      for (int rank = index.size() - 1; rank >= 0; rank--) {
        Outcome candidate = index.outcomeAt(rank);
        if (product(situation, candidate) > bestProduct) {
          best = candidate;
          bestProduct = product(situation, candidate);
        }
      }
      assertThat(NashEstimate.of(situation)).as("seed %d", seed).isEqualTo(best);
    }
  }

  @Test
  void theWorstAcceptablePackageIsACandidate() {
    // v is worth v / 10; reservation 0.25, so 3..10 are acceptable and 3 gains 0.05.
    Preferences preferences = Fixtures.rising(1, 11, 0.25);
    var model = new Table(Map.of(Outcome.of(3), 1.0, Outcome.of(10), 0.01));
    Situation situation = Fixtures.situation(preferences, model);
    situation.receive("them", Outcome.of(0), true);
    // Products: 3 -> 0.05 * 1, 10 -> 0.75 * 0.01.
    assertThat(NashEstimate.of(situation)).isEqualTo(Outcome.of(3));
  }

  @Test
  void theGainIsMeasuredOverTheReservation() {
    Preferences preferences = Fixtures.rising(1, 11, 0.25);
    var model = new Table(Map.of(Outcome.of(3), 1.0, Outcome.of(10), 0.2));
    Situation situation = Fixtures.situation(preferences, model);
    situation.receive("them", Outcome.of(0), true);
    // Products: 10 -> 0.75 * 0.2 = 0.15 beats 3 -> 0.05 * 1. A gain not taken over the
    // reservation would pick 3: u gives 0.2 against 0.3, u + r gives 0.25 against 0.55.
    assertThat(NashEstimate.of(situation)).isEqualTo(Outcome.of(10));
  }

  @Test
  void ties_goToTheFirstFound_itsBestPackage_beforeLowerOnesAndOffersReceived() {
    // Products 1.0 * 0.4, 0.8 * 0.5 and 0.5 * 0.8: all exactly 0.4.
    Preferences preferences = Fixtures.rising(1, 11, 0);
    var model = new Table(Map.of(Outcome.of(10), 0.4, Outcome.of(8), 0.5, Outcome.of(5), 0.8));
    Situation situation = Fixtures.situation(preferences, model);
    situation.receive("them", Outcome.of(8), true);
    situation.receive("them", Outcome.of(5), true);
    assertThat(product(situation, Outcome.of(8))).isEqualTo(product(situation, Outcome.of(10)));
    assertThat(product(situation, Outcome.of(5))).isEqualTo(product(situation, Outcome.of(10)));
    assertThat(NashEstimate.of(situation)).isEqualTo(Outcome.of(10));
  }

  @Test
  void anOfferReceivedIsACandidateOnlyIfAcceptable() {
    // 10 is the best for us but across a red line; the model says the opponent loves it.
    Preferences preferences =
        Fixtures.rising(1, 11, 0)
            .withRedLines(
                List.of(
                    new RedLine.Forbid(new Condition(List.of(new Clause(0, bit(10), 11))), "")));
    var model = new Table(Map.of(Outcome.of(10), 1.0, Outcome.of(9), 0.5));
    Situation situation = Fixtures.situation(preferences, model);
    situation.receive("them", Outcome.of(10), true);
    assertThat(NashEstimate.of(situation)).isEqualTo(Outcome.of(9));
  }

  @Test
  void largeIndexes_areSampledDenselyEnoughToFindTheOpponentsSide() {
    // 4 issues of 10 values: 10,000 acceptable packages, sampled at 2,048 ranks. The opponent
    // likes the low end; the estimate must move well away from our best package.
    Preferences preferences = Fixtures.rising(4, 10, 0);
    var model =
        new OpponentModel() {
          @Override
          public void update(String party, Outcome offer, Situation situation) {}

          @Override
          public double utility(String party, Outcome outcome) {
            double sum = 0;
            for (int v : outcome.valueIndices()) {
              sum += v;
            }
            return 1 - sum / 36;
          }
        };
    Situation situation = Fixtures.situation(preferences, model);
    situation.receive("them", Outcome.of(0, 0, 0, 0), true);
    Outcome nash = NashEstimate.of(situation);
    // The true maximum of u * (1 - u) is 0.25 at u = 0.5; sampling every fifth rank gets close.
    assertThat(product(situation, nash)).isGreaterThan(0.245);
  }

  private static BitSet bit(int value) {
    var bits = new BitSet();
    bits.set(value);
    return bits;
  }
}
