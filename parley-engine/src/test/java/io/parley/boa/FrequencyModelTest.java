package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.outcome.Outcome;
import org.junit.jupiter.api.Test;

/** HardHeaded's frequency model learns issue weights and value preferences from offers alone. */
class FrequencyModelTest {

  @Test
  void issueKeptUnchanged_gainsWeight_andItsValueScoresHighest() {
    var model = new FrequencyModel(0.2);
    var situation = Fixtures.situation(Fixtures.rising(3, 5, 0), model);
    // The opponent never moves on issue 0, moves issue 1 every time, issue 2 half the time.
    for (int k = 0; k < 10; k++) {
      Fixtures.receive(situation, "them", k / 10.0, Outcome.of(4, k % 5, k / 2 % 5));
    }

    double w0 = model.weight("them", 0);
    double w1 = model.weight("them", 1);
    double w2 = model.weight("them", 2);
    assertThat(w0 + w1 + w2).isCloseTo(1.0, within(1e-12));
    assertThat(w0).isGreaterThan(w2);
    assertThat(w2).isGreaterThan(w1);
    // Hand-computed: issue 0 gains 0.2 at each of 9 updates, issue 2 at 5 of them, issue 1 never.
    double[] weights = {1 / 3.0, 1 / 3.0, 1 / 3.0};
    for (int k = 1; k < 10; k++) {
      weights[0] += 0.2;
      if (k / 2 == (k - 1) / 2) {
        weights[2] += 0.2;
      }
      double total = weights[0] + weights[1] + weights[2];
      for (int i = 0; i < 3; i++) {
        weights[i] /= total;
      }
    }
    assertThat(w0).isCloseTo(weights[0], within(1e-12));
    assertThat(w1).isCloseTo(weights[1], within(1e-12));

    assertThat(model.utility("them", Outcome.of(4, 0, 0)))
        .as("the value it always asks for is worth more to it than one it never asked for")
        .isGreaterThan(model.utility("them", Outcome.of(0, 0, 0)));
    assertThat(model.utility("nobody", Outcome.of(4, 0, 0))).isEqualTo(0.5);
  }

  @Test
  void utility_staysInUnitInterval() {
    var model = new FrequencyModel(5);
    var situation = Fixtures.situation(Fixtures.rising(2, 3, 0), model);
    for (int k = 0; k < 30; k++) {
      Fixtures.receive(situation, "them", k / 30.0, Outcome.of(k % 3, 2));
    }
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        assertThat(model.utility("them", Outcome.of(a, b))).isBetween(0.0, 1.0);
      }
    }
  }
}
