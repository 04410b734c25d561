package io.parley.boa;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.strategy.UtilityIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What a BOA negotiator asks a text to become, against its definition searched by brute force on
 * random small scenarios with red lines: the bid's harmless part if it improves on the text; else
 * the lowest acceptable package at or above the bid's utility, then above the text's, that changes
 * only harmless provisions; else one pass of coordinate ascent, if it improves; else nothing.
 */
class TextRepairTest {

  private static Preferences preferences(SplittableRandom random) {
    int issues = 2 + random.nextInt(2);
    List<Issue> list = new ArrayList<>();
    List<ValueFunction> functions = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      int size = 2 + random.nextInt(3);
      String[] labels = new String[size];
      var scores = new LinkedHashMap<String, Double>();
      for (int v = 0; v < size; v++) {
        labels[v] = "v" + v;
        scores.put(labels[v], random.nextInt(11) / 10.0);
      }
      list.add(DiscreteIssue.of("i" + i, labels));
      functions.add(new ValueTable(scores));
      weights.add(1.0 / issues);
    }
    var space = new OutcomeSpace(list);
    List<RedLine> redLines = new ArrayList<>();
    if (random.nextBoolean()) {
      var forbidden = new BitSet();
      forbidden.set(random.nextInt(space.issue(0).size()));
      redLines.add(
          new RedLine.Forbid(
              new Condition(List.of(new Clause(0, forbidden, space.issue(0).size()))), ""));
    }
    return new Preferences(
        new LinearAdditiveUtility(space, weights, functions),
        random.nextInt(5) / 10.0,
        redLines,
        1.0);
  }

  /** Every provision where {@code candidate} differs from the text does not, alone, harm us. */
  private static boolean harmless(UtilityIndex index, Outcome text, Outcome candidate) {
    for (int i = 0; i < text.issueCount(); i++) {
      if (candidate.valueIndex(i) != text.valueIndex(i)
          && index.utilityTicks(text.with(i, candidate.valueIndex(i))) < index.utilityTicks(text)) {
        return false;
      }
    }
    return true;
  }

  private static Outcome harmlessPart(UtilityIndex index, Outcome text, Outcome wanted) {
    Outcome part = text;
    for (int i = 0; i < text.issueCount(); i++) {
      if (wanted.valueIndex(i) != text.valueIndex(i)
          && index.utilityTicks(text.with(i, wanted.valueIndex(i))) >= index.utilityTicks(text)) {
        part = part.with(i, wanted.valueIndex(i));
      }
    }
    return part;
  }

  private static boolean improves(UtilityIndex index, Outcome text, Outcome candidate) {
    return index.utilityTicks(candidate) > index.utilityTicks(text)
        && index.isAcceptable(candidate);
  }

  private static Optional<Outcome> expected(UtilityIndex index, Outcome text, Outcome bid) {
    Outcome part = harmlessPart(index, text, bid);
    if (improves(index, text, part)) {
      return Optional.of(part);
    }
    long textTicks = index.utilityTicks(text);
    for (long from : new long[] {Math.max(index.utilityTicks(bid), textTicks + 1), textTicks + 1}) {
      for (int rank = 0; rank < index.size(); rank++) {
        Outcome candidate = index.outcomeAt(rank);
        if (index.ticksAt(rank) >= from
            && !candidate.equals(text)
            && harmless(index, text, candidate)
            && improves(index, text, candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    Outcome ascent = text;
    for (int i = 0; i < text.issueCount(); i++) {
      int best = ascent.valueIndex(i);
      for (int v = 0; v < index.space().issue(i).size(); v++) {
        if (index.utilityTicks(ascent.with(i, v)) > index.utilityTicks(ascent.with(i, best))) {
          best = v;
        }
      }
      ascent = ascent.with(i, best);
    }
    Outcome greedy = harmlessPart(index, text, ascent);
    return improves(index, text, greedy) ? Optional.of(greedy) : Optional.empty();
  }

  @Test
  void equalsItsDefinitionSearchedByBruteForce() {
    int[] paths = new int[3];
    for (long seed = 1; seed <= 400; seed++) {
      var random = new SplittableRandom(seed);
      Preferences preferences = preferences(random);
      UtilityIndex index = UtilityIndex.of(preferences);
      if (index.isEmpty()) {
        continue;
      }
      var situation =
          new Situation(Fixtures.context(preferences, 100, "them"), index, NoModel.INSTANCE);
      OutcomeSpace space = index.space();
      for (int k = 0; k < 10; k++) {
        int[] values = new int[space.issueCount()];
        for (int i = 0; i < values.length; i++) {
          values[i] = random.nextInt(space.issue(i).size());
        }
        Outcome text = Outcome.of(values);
        Outcome bid = index.outcomeAt(random.nextInt(index.size()));
        Optional<Outcome> expected = expected(index, text, bid);
        assertThat(TextRepair.of(situation, text, bid))
            .as("seed %d text %s bid %s", seed, text, bid)
            .isEqualTo(expected);
        if (expected.isEmpty()) {
          paths[0]++;
        } else if (expected.get().equals(harmlessPart(index, text, bid))) {
          paths[1]++;
        } else {
          paths[2]++;
        }
      }
    }
    assertThat(java.util.Arrays.stream(paths).boxed().toList())
        .as("nothing, the bid's part, a scanned or ascended package")
        .allMatch(n -> n > 20);
  }
}
