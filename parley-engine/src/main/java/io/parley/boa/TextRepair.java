package io.parley.boa;

import io.parley.outcome.Outcome;
import io.parley.strategy.UtilityIndex;
import java.util.Optional;

/**
 * What a BOA negotiator asks a single negotiating text to become: an acceptable package worth
 * strictly more to the party than the text, reached by changing only provisions where the change
 * alone does not lower the party's utility — so no amendment it proposes harms it.
 *
 * <p>Tried in order: the party's bid with the harmful changes left out; the lowest acceptable
 * package at or above the bid's utility, then above the text's, that changes the text only
 * harmlessly (scanning at most {@value #SCAN_LIMIT} index entries each); the text improved by one
 * pass of coordinate ascent. Empty when none qualifies.
 */
final class TextRepair {
  /** The most index entries one scan visits. */
  static final int SCAN_LIMIT = 50_000;

  private TextRepair() {}

  static Optional<Outcome> of(Situation situation, Outcome text, Outcome bid) {
    UtilityIndex index = situation.index();
    long textTicks = index.utilityTicks(text);
    long[][] gains = gains(index, text, textTicks);
    Outcome harmless = harmlessPart(text, bid, gains);
    if (improves(situation, harmless, textTicks)) {
      return Optional.of(harmless);
    }
    for (long from : new long[] {Math.max(index.utilityTicks(bid), textTicks + 1), textTicks + 1}) {
      int start = index.rankAtOrAbove(from);
      int end = (int) Math.min(index.size(), (long) start + SCAN_LIMIT);
      for (int rank = start; rank < end; rank++) {
        Outcome candidate = index.outcomeAt(rank);
        if (harmlessPart(text, candidate, gains).equals(candidate)
            && improves(situation, candidate, textTicks)) {
          return Optional.of(candidate);
        }
      }
    }
    Outcome ascent = text;
    for (int i = 0; i < text.issueCount(); i++) {
      int best = ascent.valueIndex(i);
      long bestTicks = index.utilityTicks(ascent);
      for (int v = 0; v < index.space().issue(i).size(); v++) {
        long ticks = index.utilityTicks(ascent.with(i, v));
        if (ticks > bestTicks) {
          best = v;
          bestTicks = ticks;
        }
      }
      ascent = ascent.with(i, best);
    }
    Outcome greedy = harmlessPart(text, ascent, gains);
    return improves(situation, greedy, textTicks) ? Optional.of(greedy) : Optional.empty();
  }

  private static boolean improves(Situation situation, Outcome candidate, long textTicks) {
    return situation.ticks(candidate) > textTicks && situation.isAcceptable(candidate);
  }

  /** What changing provision i of the text to v alone gains the party, in ticks. */
  private static long[][] gains(UtilityIndex index, Outcome text, long textTicks) {
    long[][] gains = new long[text.issueCount()][];
    for (int i = 0; i < gains.length; i++) {
      gains[i] = new long[index.space().issue(i).size()];
      for (int v = 0; v < gains[i].length; v++) {
        gains[i][v] = v == text.valueIndex(i) ? 0 : index.utilityTicks(text.with(i, v)) - textTicks;
      }
    }
    return gains;
  }

  /** The text with those provisions of {@code wanted} whose change alone does not harm. */
  private static Outcome harmlessPart(Outcome text, Outcome wanted, long[][] gains) {
    int[] values = text.valueIndices();
    for (int i = 0; i < values.length; i++) {
      int value = wanted.valueIndex(i);
      if (value != values[i] && gains[i][value] >= 0) {
        values[i] = value;
      }
    }
    return new Outcome(values);
  }
}
