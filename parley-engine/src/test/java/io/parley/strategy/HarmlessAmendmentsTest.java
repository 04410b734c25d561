package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The three harmless moves against brute force on random seeded spaces. */
class HarmlessAmendmentsTest {

  @Test
  void moves_onRandomSpaces_changeOnlyHarmlessProvisionsAndMatchBruteForce() {
    for (long seed = 1; seed <= 300; seed++) {
      var random = new SplittableRandom(seed);
      OutcomeSpace space = RandomScenarios.space(random, 1 + random.nextInt(4), 5);
      Preferences preferences = RandomScenarios.preferences(random, space, 0.8, 2);
      UtilityIndex index = UtilityIndex.of(preferences);
      long size = space.size().longValueExact();
      Outcome text = space.outcomeAt(random.nextLong(size));
      Outcome wanted = space.outcomeAt(random.nextLong(size));
      HarmlessAmendments harmless = HarmlessAmendments.of(index, text);
      long textTicks = RandomScenarios.ticks(preferences, text);
      assertThat(harmless.textTicks()).isEqualTo(textTicks);

      Outcome part = harmless.harmlessPart(wanted);
      for (int i = 0; i < text.issueCount(); i++) {
        int expected = text.valueIndex(i);
        if (wanted.valueIndex(i) != expected
            && RandomScenarios.ticks(preferences, text.with(i, wanted.valueIndex(i)))
                >= textTicks) {
          expected = wanted.valueIndex(i);
        }
        assertThat(part.valueIndex(i)).as("seed %d provision %d", seed, i).isEqualTo(expected);
      }
      assertThat(harmlessChangesOnly(preferences, text, harmless.ascent()))
          .as("seed %d ascent", seed)
          .isTrue();

      long from = textTicks + 1;
      List<Outcome> oracle = new ArrayList<>();
      for (long code = 0; code < size; code++) {
        Outcome candidate = space.outcomeAt(code);
        if (!candidate.equals(text)
            && RandomScenarios.acceptable(preferences, candidate)
            && RandomScenarios.ticks(preferences, candidate) >= from
            && harmlessChangesOnly(preferences, text, candidate)) {
          oracle.add(candidate);
        }
      }
      Optional<Outcome> expected =
          oracle.stream()
              .min(
                  Comparator.<Outcome>comparingLong(o -> RandomScenarios.ticks(preferences, o))
                      .thenComparingLong(o -> code(space, o)));
      assertThat(harmless.lowestAtOrAbove(from, Integer.MAX_VALUE, candidate -> true))
          .as("seed %d scan", seed)
          .isEqualTo(expected);
      assertThat(harmless.lowestAtOrAbove(from, 0, candidate -> true)).isEmpty();
      assertThat(harmless.lowestAtOrAbove(from, Integer.MAX_VALUE, candidate -> false)).isEmpty();
    }
  }

  @Test
  void of_textFromAnotherSpace_throws() {
    var random = new SplittableRandom(7);
    OutcomeSpace space = RandomScenarios.space(random, 3, 4);
    UtilityIndex index = UtilityIndex.of(RandomScenarios.preferences(random, space, 0.5, 0));
    assertThatThrownBy(() -> HarmlessAmendments.of(index, new Outcome(new int[] {0})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 provisions");
    assertThatThrownBy(
            () ->
                HarmlessAmendments.of(index, space.outcomeAt(0))
                    .lowestAtOrAbove(0, -1, candidate -> true))
        .hasMessageContaining("-1");
  }

  private static boolean harmlessChangesOnly(Preferences preferences, Outcome text, Outcome to) {
    long base = RandomScenarios.ticks(preferences, text);
    for (int i = 0; i < text.issueCount(); i++) {
      if (to.valueIndex(i) != text.valueIndex(i)
          && RandomScenarios.ticks(preferences, text.with(i, to.valueIndex(i))) < base) {
        return false;
      }
    }
    return true;
  }

  private static long code(OutcomeSpace space, Outcome outcome) {
    for (long code = 0; ; code++) {
      if (space.outcomeAt(code).equals(outcome)) {
        return code;
      }
    }
  }
}
