package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every opponent model promises: ratings by rank equal ratings by outcome bit for bit, a model
 * works whether or not it was started, and a party it has not heard from gets its prior.
 */
class OpponentModelContractTest {

  @Test
  void leastUtilityAt_equalsLeastUtilityOfTheOutcomeAtThatRank_forEveryModel() {
    var preferences = Fixtures.rising(2, 4, 0);
    for (OpponentModel model :
        List.of(new BayesianModel(3, 0.5, 0.25), new FrequencyModel(0.2), NoModel.INSTANCE)) {
      var situation = Fixtures.situation(preferences, model);
      Fixtures.receive(situation, "them", 0.1, Outcome.of(0, 1));
      Fixtures.receive(situation, "them", 0.2, Outcome.of(0, 2));
      UtilityIndex index = situation.index();
      for (int rank = 0; rank < index.size(); rank++) {
        double byRank = model.leastUtilityAt(List.of("them", "other"), index, rank);
        double byOutcome = model.leastUtility(List.of("them", "other"), index.outcomeAt(rank));
        assertThat(Double.doubleToLongBits(byRank))
            .as("%s rank %d", model, rank)
            .isEqualTo(Double.doubleToLongBits(byOutcome));
      }
      assertThat(model.leastUtility(List.of(), Outcome.of(0, 0))).isEqualTo(1.0);
      assertThat(model.utility("other", Outcome.of(3, 3))).isEqualTo(0.5);
    }
  }

  @Test
  void frequencyModel_learnsWithoutStart_andRatesOnIndexesOfAnyShape() {
    var model = new FrequencyModel(0.2);
    var two = Fixtures.situation(Fixtures.rising(2, 3, 0), NoModel.INSTANCE);
    model.update("them", Outcome.of(2, 2), two);
    model.update("them", Outcome.of(2, 1), two);
    assertThat(model.weight("them", 0)).isGreaterThan(model.weight("them", 1));
    assertThat(model.weight("nobody", 1)).as("before any offer: equal weights").isEqualTo(0.5);
    double twoIssues = model.leastUtilityAt(List.of("them"), two.index(), two.index().size() - 1);
    assertThat(twoIssues).isEqualTo(model.utility("them", Outcome.of(2, 2)));

    var three = Fixtures.situation(Fixtures.rising(3, 3, 0), NoModel.INSTANCE);
    UtilityIndex index = three.index();
    assertThat(model.leastUtilityAt(List.of("nobody"), index, index.size() - 1)).isEqualTo(0.5);
    assertThat(model.leastUtilityAt(List.of("nobody"), two.index(), 0)).isEqualTo(0.5);
  }
}
