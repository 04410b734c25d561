package io.parley.strategy;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.UtilityFunction;
import java.math.BigInteger;
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
 *
 * <p>Two paths, one order: a {@link LinearAdditiveUtility} is indexed from its per-issue
 * contributions, pruning by utility and red lines (fast, however large the space); any other
 * utility ({@code CappedAdditiveUtility}, {@code HyperRectangleUtility}) through {@link
 * UtilityFunction#utility(Outcome)}, outcome by outcome: an exact enumeration of the space, up to
 * {@link #MAX_ENUMERATED} outcomes, that still prunes prefixes breaking a red line. Both store
 * {@code UtilityScale.toTicks} of the utility, as the analysis does for the same utility kinds.
 */
public final class UtilityIndex {
  /** The most acceptable outcomes an index holds. */
  public static final int MAX_SIZE = 10_000_000;

  /**
   * The largest space indexed outcome by outcome, for utilities that are not linear additive: the
   * limit of the exact analysis ({@code AgreementSpace.MAX_BLOCK_ASSIGNMENTS}), so every scenario
   * {@code parley analyze} accepts can be indexed.
   */
  public static final long MAX_ENUMERATED = 20_000_000L;

  private final Preferences preferences;
  private final OutcomeSpace space;
  private final int[] radices;

  /** {@code ticks[issue][value]} of a linear additive utility; {@code null} for any other. */
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
   * <p>A utility that is not linear additive is evaluated at every outcome of the space whose
   * prefixes break no red line, so it costs {@code O(space × issues)}.
   *
   * @throws IllegalArgumentException if more than {@link #MAX_SIZE} outcomes are acceptable (the
   *     message gives their number, or a lower bound when it cannot be counted exactly), if the
   *     space has more than {@code 2^63 - 1} outcomes, or if the utility is not linear additive and
   *     the space has more than {@link #MAX_ENUMERATED} outcomes
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
      return general(preferences, limit);
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

  private static UtilityIndex general(Preferences preferences, int limit) {
    UtilityFunction utility = preferences.utility();
    OutcomeSpace space = utility.space();
    if (space.size().compareTo(BigInteger.valueOf(MAX_ENUMERATED)) > 0) {
      throw new IllegalArgumentException(
          "the utility is not linear additive ("
              + utility.getClass().getSimpleName()
              + "), so a utility index must evaluate every one of the "
              + space.size()
              + " outcomes; it evaluates at most "
              + MAX_ENUMERATED);
    }
    return new UtilityIndex(
        preferences, null, AcceptableOutcomes.of(preferences, space, null, limit));
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
    int[] values = new int[radices.length];
    valuesAt(rank, values);
    return new Outcome(values);
  }

  /**
   * Writes the value indices of the outcome at {@code rank} into {@code values}, in {@code
   * O(issues)} and without allocating: for a caller that rates many ranks and keeps few.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= rank < size()} and {@code values} has one
   *     slot per issue
   */
  public void valuesAt(int rank, int[] values) {
    if (values.length != radices.length) {
      throw new IndexOutOfBoundsException(
          "values has " + values.length + " slots, the space has " + radices.length + " issues");
    }
    long code = sortedCodes[rank];
    for (int i = radices.length - 1; i >= 0; i--) {
      values[i] = (int) (code % radices[i]);
      code /= radices[i];
    }
  }

  /**
   * The rank of {@code outcome}, or -1 if it is not acceptable, in {@code O(log N + issues + red
   * lines)}.
   *
   * @throws IllegalArgumentException if the outcome is not in the space
   */
  public int rankOf(Outcome outcome) {
    if (!isAcceptable(outcome)) {
      return -1;
    }
    long target = utilityTicks(outcome);
    long code = 0;
    for (int i = 0; i < radices.length; i++) {
      code = code * radices[i] + outcome.valueIndex(i);
    }
    // Ties in utility are ordered by code: search the tie range for the code.
    int lo = rankAtOrAbove(target);
    int hi = rankAtOrAbove(target + 1);
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sortedCodes[mid] < code) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < sortedCodes.length && sortedCodes[lo] == code ? lo : -1;
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
   * The utility in ticks of any outcome of the space, in {@code O(issues)} for a linear additive
   * utility (else the cost of one {@link UtilityFunction#utility} call).
   *
   * @throws IllegalArgumentException if the outcome is not in the space
   */
  public long utilityTicks(Outcome outcome) {
    check(outcome);
    if (ticks == null) {
      return UtilityScale.toTicks(preferences.utility().utility(outcome));
    }
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

  /**
   * {@link OutcomeSpace#check}, with the issue sizes at hand: the space's own check (and its
   * message) runs only for an outcome that fails.
   */
  private void check(Outcome outcome) {
    if (outcome.issueCount() != radices.length) {
      space.check(outcome);
    }
    for (int i = 0; i < radices.length; i++) {
      int v = outcome.valueIndex(i);
      if (v < 0 || v >= radices[i]) {
        space.check(outcome);
      }
    }
  }
}
