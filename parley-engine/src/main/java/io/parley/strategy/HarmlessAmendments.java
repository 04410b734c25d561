package io.parley.strategy;

import io.parley.outcome.Outcome;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The amendments a party may ask of a single negotiating text without harming itself: changes of
 * one provision each that, alone, do not lower the party's utility against the text. Every package
 * this class returns differs from the text only in such provisions, so a party that proposes the
 * difference as amendments never asks for what harms it.
 *
 * <p>One instance answers for one party and one text; the per-provision gains are computed once in
 * {@code O(sum of issue sizes)} index look-ups. Both {@link TargetNegotiator} and the BOA
 * negotiators build their answer to a text from these three moves, in their own order.
 */
public final class HarmlessAmendments {
  private final UtilityIndex index;
  private final Outcome text;
  private final long textTicks;
  private final long[][] gains;

  private HarmlessAmendments(UtilityIndex index, Outcome text) {
    this.index = index;
    this.text = text;
    this.textTicks = index.utilityTicks(text);
    this.gains = new long[text.issueCount()][];
    for (int i = 0; i < gains.length; i++) {
      gains[i] = new long[index.space().issue(i).size()];
      for (int v = 0; v < gains[i].length; v++) {
        gains[i][v] = v == text.valueIndex(i) ? 0 : index.utilityTicks(text.with(i, v)) - textTicks;
      }
    }
  }

  /**
   * The harmless amendments to {@code text} for the party whose index is given.
   *
   * @throws IllegalArgumentException if {@code text} does not fit the index's outcome space
   */
  public static HarmlessAmendments of(UtilityIndex index, Outcome text) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(text, "text");
    if (text.issueCount() != index.space().issueCount()) {
      throw new IllegalArgumentException(
          "text "
              + text
              + " has "
              + text.issueCount()
              + " provisions, the party's space "
              + index.space().issueCount());
    }
    return new HarmlessAmendments(index, text);
  }

  /** The text this instance answers. */
  public Outcome text() {
    return text;
  }

  /** The party's utility of the text, in ticks. */
  public long textTicks() {
    return textTicks;
  }

  /**
   * The text with those provisions of {@code wanted} whose change, alone, does not lower the
   * party's utility; the text itself (same instance) when no such provision differs.
   */
  public Outcome harmlessPart(Outcome wanted) {
    int[] values = text.valueIndices();
    boolean changed = false;
    for (int i = 0; i < values.length; i++) {
      int value = wanted.valueIndex(i);
      if (value != values[i] && gains[i][value] >= 0) {
        values[i] = value;
        changed = true;
      }
    }
    return changed ? new Outcome(values) : text;
  }

  /**
   * The lowest-utility package in the party's index at or above {@code fromTicks}, other than the
   * text, that changes the text only harmlessly and satisfies {@code qualifies}; the scan visits at
   * most {@code scanLimit} index entries.
   *
   * @throws IllegalArgumentException if {@code scanLimit} is negative
   */
  public Optional<Outcome> lowestAtOrAbove(
      long fromTicks, int scanLimit, Predicate<Outcome> qualifies) {
    if (scanLimit < 0) {
      throw new IllegalArgumentException("scan limit " + scanLimit + " is negative");
    }
    int from = index.rankAtOrAbove(fromTicks);
    int to = (int) Math.min(index.size(), (long) from + scanLimit);
    for (int rank = from; rank < to; rank++) {
      Outcome candidate = index.outcomeAt(rank);
      if (!candidate.equals(text)
          && harmlessPart(candidate).equals(candidate)
          && qualifies.test(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The harmless part of one pass of coordinate ascent from the text: provision by provision, in
   * issue order, the value that most raises the party's utility given the provisions already set.
   */
  public Outcome ascent() {
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
    return harmlessPart(ascent);
  }
}
