package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link HarmlessAmendments#ascent()} against its definition, on random seeded spaces whose scores
 * lie on a grid (so ties occur): issue by issue, in issue order, the value of highest utility given
 * the provisions already set, the value already there kept on a tie and otherwise the first of the
 * tied values; then only the harmless provisions of that package.
 */
class HarmlessAscentTest {

  @Test
  void ascent_isOnePassOfCoordinateAscent_cutToItsHarmlessPart() {
    int moved = 0;
    int tiesKept = 0;
    for (long seed = 1; seed <= 400; seed++) {
      var random = new SplittableRandom(seed);
      OutcomeSpace space = RandomScenarios.space(random, 1 + random.nextInt(4), 5);
      Preferences preferences = RandomScenarios.preferences(random, space, 0.8, 0);
      Outcome text = space.outcomeAt(random.nextLong(space.size().longValueExact()));
      HarmlessAmendments harmless = HarmlessAmendments.of(UtilityIndex.of(preferences), text);
      assertThat(harmless.text()).isSameAs(text);

      Outcome ascent = text;
      for (int i = 0; i < space.issueCount(); i++) {
        long most = Long.MIN_VALUE;
        for (int v = 0; v < space.issue(i).size(); v++) {
          most = Math.max(most, RandomScenarios.ticks(preferences, ascent.with(i, v)));
        }
        int chosen = ascent.valueIndex(i);
        if (RandomScenarios.ticks(preferences, ascent) < most) {
          chosen = 0;
          while (RandomScenarios.ticks(preferences, ascent.with(i, chosen)) < most) {
            chosen++;
          }
        } else {
          for (int v = 0; v < space.issue(i).size(); v++) {
            if (v != chosen && RandomScenarios.ticks(preferences, ascent.with(i, v)) == most) {
              tiesKept++;
            }
          }
        }
        ascent = ascent.with(i, chosen);
      }
      long textTicks = RandomScenarios.ticks(preferences, text);
      Outcome expected = text;
      for (int i = 0; i < space.issueCount(); i++) {
        Outcome one = text.with(i, ascent.valueIndex(i));
        if (RandomScenarios.ticks(preferences, one) >= textTicks) {
          expected = expected.with(i, ascent.valueIndex(i));
        }
      }
      assertThat(harmless.ascent()).as("seed %d", seed).isEqualTo(expected);
      moved += expected.equals(text) ? 0 : 1;
    }
    assertThat(moved).isGreaterThan(200);
    assertThat(tiesKept).isPositive();
  }
}
