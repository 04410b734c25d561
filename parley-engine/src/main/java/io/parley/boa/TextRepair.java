package io.parley.boa;

import io.parley.outcome.Outcome;
import io.parley.strategy.HarmlessAmendments;
import java.util.Optional;

/**
 * What a BOA negotiator asks a single negotiating text to become: an acceptable package worth
 * strictly more to the party than the text, reached by changing only provisions where the change
 * alone does not lower the party's utility — so no amendment it proposes harms it. The moves are
 * those of {@link HarmlessAmendments}, shared with {@link io.parley.strategy.TargetNegotiator};
 * this class fixes only their order for an agent that answers by a bid.
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
    HarmlessAmendments harmless = HarmlessAmendments.of(situation.index(), text);
    long textTicks = harmless.textTicks();
    Outcome part = harmless.harmlessPart(bid);
    if (improves(situation, part, textTicks)) {
      return Optional.of(part);
    }
    for (long from : new long[] {Math.max(situation.ticks(bid), textTicks + 1), textTicks + 1}) {
      Optional<Outcome> scanned =
          harmless.lowestAtOrAbove(
              from, SCAN_LIMIT, candidate -> improves(situation, candidate, textTicks));
      if (scanned.isPresent()) {
        return scanned;
      }
    }
    Outcome greedy = harmless.ascent();
    return improves(situation, greedy, textTicks) ? Optional.of(greedy) : Optional.empty();
  }

  private static boolean improves(Situation situation, Outcome candidate, long textTicks) {
    return situation.ticks(candidate) > textTicks && situation.isAcceptable(candidate);
  }
}
