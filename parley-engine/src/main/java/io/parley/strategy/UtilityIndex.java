package io.parley.strategy;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import java.util.List;
import java.util.Optional;

/**
 * One party's acceptable outcomes — those that break none of its own red lines and reach its
 * reservation value — sorted by its own utility, so that a strategy answers every question of a
 * negotiation step in {@code O(log N)} or {@code O(issues)}, whatever the size of the space.
 *
 * <p>Utilities are {@link UtilityScale} ticks, summed from the same rounded per-issue contributions
 * the analysis uses, so "acceptable" here means exactly what it means in {@code
 * io.parley.analysis}. Outcomes are held as mixed-radix {@code long} codes (the last issue varying
 * fastest, as in {@link OutcomeSpace#outcomeAt(long)}) in two primitive arrays; entries are ordered
 * by utility ascending, ties by code ascending. A position in that order is a <em>rank</em>.
 *
 * <p>Built once, by a pruned enumeration that visits only what can still be acceptable (see {@link
 * #of(Preferences)}). Immutable and thread-safe.
 */
public final class UtilityIndex {
  /** The most acceptable outcomes an index holds. */
  public static final int MAX_SIZE = 10_000_000;

  private final Preferences preferences;
  private final OutcomeSpace space;
  private final int[] radices;
  private final long[][] ticks;
  private final long reservationTicks;
  private final long[] sortedTicks;
  private final long[] sortedCodes;

  private UtilityIndex(Preferences preferences, long[][] ticks, AcceptableOutcomes outcomes) {
    this.preferences = preferences;
    this.space = preferences.utility().space();
    this.radices = space.sizes();
    this.ticks = ticks;
    this.reservationTicks = UtilityScale.toTicks(preferences.reservation());
    this.sortedTicks = outcomes.ticks();
    this.sortedCodes = outcomes.codes();
  }

  /**
   * The index of {@code preferences} over the space of its utility function.
   *
   * <p>An odometer over the issues with incremental per-issue sums skips every prefix that cannot
   * reach the reservation with the best values of the remaining issues, or that breaks a red line
   * it already decides; without red lines that costs at most {@code issues} steps per acceptable
   * outcome, however large the space. Then an {@code O(N log N)} sort. About 16 bytes per
   * acceptable outcome. Small indexes are reused for the same preferences instance ({@link
   * UtilityIndexCache}).
   *
   * @throws IllegalArgumentException if more than {@link #MAX_SIZE} outcomes are acceptable (the
   *     message gives their number, or a lower bound when it cannot be counted exactly), if the
   *     space has more than {@code 2^63 - 1} outcomes, or if the utility is not linear additive
   */
  public static UtilityIndex of(Preferences preferences) {
    return UtilityIndexCache.get(preferences, () -> of(preferences, MAX_SIZE));
  }

  /** {@link #of(Preferences)} with another size limit; for tests. */
  static UtilityIndex of(Preferences preferences, int limit) {
    OutcomeSpace space = preferences.utility().space();
    if (space.size().bitLength() > 63) {
      throw new IllegalArgumentException(
          "the outcome space has "
              + space.size()
              + " outcomes; a utility index addresses outcomes by a long code (at most 2^63 - 1)");
    }
    if (!(preferences.utility() instanceof LinearAdditiveUtility linear)) {
      throw new IllegalArgumentException(
          "a utility index needs a linear additive utility, got "
              + preferences.utility().getClass().getSimpleName());
    }
    long[][] ticks = new long[space.issueCount()][];
    for (int i = 0; i < ticks.length; i++) {
      ticks[i] = new long[space.issue(i).size()];
      for (int v = 0; v < ticks[i].length; v++) {
        ticks[i][v] = UtilityScale.toTicks(linear.contribution(i, v));
      }
    }
    return new UtilityIndex(
        preferences, ticks, AcceptableOutcomes.of(preferences, space, ticks, limit));
  }

  /** The preferences this index was built from. */
  public Preferences preferences() {
    return preferences;
  }

  /** The outcome space. */
  public OutcomeSpace space() {
    return space;
  }

  /** The number of acceptable outcomes, at most {@link #MAX_SIZE}. */
  public int size() {
    return sortedCodes.length;
  }

  /** Whether no outcome is acceptable: the red lines rule out every package that is good enough. */
  public boolean isEmpty() {
    return sortedCodes.length == 0;
  }

  /** The reservation value in ticks. */
  public long reservationTicks() {
    return reservationTicks;
  }

  /**
   * The utility in ticks of the outcome at {@code rank}, in {@code O(1)}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= rank < size()}
   */
  public long ticksAt(int rank) {
    return sortedTicks[rank];
  }

  /**
   * The outcome at {@code rank}, in {@code O(issues)}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= rank < size()}
   */
  public Outcome outcomeAt(int rank) {
    long code = sortedCodes[rank];
    int[] values = new int[radices.length];
    for (int i = radices.length - 1; i >= 0; i--) {
      values[i] = (int) (code % radices[i]);
      code /= radices[i];
    }
    return new Outcome(values);
  }

  /**
   * The first rank whose utility is at least {@code targetTicks}, or {@link #size()} if none is, in
   * {@code O(log N)}.
   */
  public int rankAtOrAbove(long targetTicks) {
    int lo = 0;
    int hi = sortedTicks.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sortedTicks[mid] < targetTicks) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The acceptable outcome closest to {@code targetTicks} from above — the smallest utility at
   * least the target, ties to the smallest code — in {@code O(log N)}; empty if the target is above
   * the best utility.
   */
  public Optional<Outcome> atOrAbove(long targetTicks) {
    int rank = rankAtOrAbove(targetTicks);
    return rank < size() ? Optional.of(outcomeAt(rank)) : Optional.empty();
  }

  /**
   * The best acceptable outcome (ties to the smallest code), in {@code O(log N)}; empty if the
   * index is empty.
   */
  public Optional<Outcome> best() {
    return isEmpty() ? Optional.empty() : atOrAbove(bestTicks());
  }

  /**
   * The best utility in ticks.
   *
   * @throws IllegalStateException if the index is empty
   */
  public long bestTicks() {
    if (isEmpty()) {
      throw new IllegalStateException("no outcome is acceptable, so there is no best utility");
    }
    return sortedTicks[sortedTicks.length - 1];
  }

  /**
   * The utility in ticks of any outcome of the space, in {@code O(issues)}.
   *
   * @throws IllegalArgumentException if the outcome is not in the space
   */
  public long utilityTicks(Outcome outcome) {
    space.check(outcome);
    long sum = 0;
    for (int i = 0; i < ticks.length; i++) {
      sum += ticks[i][outcome.valueIndex(i)];
    }
    return sum;
  }

  /**
   * Whether {@code outcome} breaks none of the red lines and reaches the reservation value, in
   * {@code O(issues + red lines)}.
   *
   * @throws IllegalArgumentException if the outcome is not in the space
   */
  public boolean isAcceptable(Outcome outcome) {
    return utilityTicks(outcome) >= reservationTicks
        && (preferences.redLines().isEmpty() || preferences.allows(outcome.valueIndices()));
  }

  /**
   * The red lines {@code outcome} breaks, in the preferences' order.
   *
   * @throws IllegalArgumentException if the outcome is not in the space
   */
  public List<RedLine> brokenRedLines(Outcome outcome) {
    space.check(outcome);
    int[] values = outcome.valueIndices();
    return preferences.redLines().stream().filter(r -> !r.allows(values)).toList();
  }
}
