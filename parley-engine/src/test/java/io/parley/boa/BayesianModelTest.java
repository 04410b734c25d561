package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.Outcome;
import org.junit.jupiter.api.Test;

/** The Bayesian model of Hindriks and Tykhonov learns value shapes and weights from offers. */
class BayesianModelTest {

  @Test
  void opponentConcedingFromTheLowEnd_isLearntToPreferLowValues() {
    var model = new BayesianModel(5, 0.5, 0.25);
    var situation = Fixtures.situation(Fixtures.rising(2, 5, 0), model);
    // An opponent that likes low values of both issues, conceding slowly over time.
    int[][] offers = {{0, 0}, {0, 0}, {0, 1}, {1, 0}, {0, 1}, {1, 1}, {1, 1}, {2, 1}, {1, 2}};
    for (int k = 0; k < offers.length; k++) {
      Fixtures.receive(situation, "them", k / 10.0, Outcome.of(offers[k]));
    }

    assertThat(model.utility("them", Outcome.of(0, 0)))
        .isGreaterThan(model.utility("them", Outcome.of(2, 2)))
        .isGreaterThan(model.utility("them", Outcome.of(4, 4)));
    for (int a = 0; a < 5; a++) {
      for (int b = 0; b < 5; b++) {
        assertThat(model.utility("them", Outcome.of(a, b))).isBetween(0.0, 1.0);
      }
    }
    assertThat(model.utility("nobody", Outcome.of(0, 0))).isEqualTo(0.5);
  }
}
