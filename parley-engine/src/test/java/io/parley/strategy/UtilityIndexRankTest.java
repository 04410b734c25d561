package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Ranks both ways: {@link UtilityIndex#valuesAt} and {@link UtilityIndex#rankOf}. */
class UtilityIndexRankTest {

  @Test
  void valuesAtAndRankOf_onRandomSpaces_agreeWithOutcomeAtAndTheWholeSpace() {
    for (long seed = 1; seed <= 300; seed++) {
      var random = new SplittableRandom(seed);
      OutcomeSpace space = RandomScenarios.space(random, 1 + random.nextInt(5), 6);
      Preferences preferences = RandomScenarios.preferences(random, space, 0.9, 3);
      UtilityIndex index = UtilityIndex.of(preferences);
      int[] values = new int[space.issueCount()];

      for (int rank = 0; rank < index.size(); rank++) {
        Outcome outcome = index.outcomeAt(rank);
        index.valuesAt(rank, values);
        assertThat(values).as("seed %d rank %d", seed, rank).isEqualTo(outcome.valueIndices());
        // A fresh, equal instance: rankOf goes by the values, not the object.
        assertThat(index.rankOf(new Outcome(outcome.valueIndices())))
            .as("seed %d rank %d", seed, rank)
            .isEqualTo(rank);
      }
      long size = space.size().longValueExact();
      int acceptable = 0;
      for (long code = 0; code < size; code++) {
        Outcome outcome = space.outcomeAt(code);
        int rank = index.rankOf(outcome);
        if (RandomScenarios.acceptable(preferences, outcome)) {
          acceptable++;
          assertThat(rank).as("seed %d %s", seed, outcome).isBetween(0, index.size() - 1);
          assertThat(index.outcomeAt(rank)).isEqualTo(outcome);
        } else {
          assertThat(rank).as("seed %d %s is not acceptable", seed, outcome).isEqualTo(-1);
        }
      }
      assertThat(acceptable).isEqualTo(index.size());
    }
  }

  @Test
  void valuesAt_wrongLength_throws_andRankOf_outsideTheSpace_throws() {
    var random = new SplittableRandom(3);
    OutcomeSpace space = RandomScenarios.space(random, 3, 4);
    UtilityIndex index = UtilityIndex.of(RandomScenarios.preferences(random, space, 0, 0));

    assertThatThrownBy(() -> index.valuesAt(0, new int[2]))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("2 slots")
        .hasMessageContaining("3 issues");
    assertThatThrownBy(() -> index.rankOf(Outcome.of(0, 0, 99)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value index 99 out of range");
    assertThatThrownBy(() -> index.utilityTicks(Outcome.of(0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outcome has 2 values, the space has 3");
  }
}
