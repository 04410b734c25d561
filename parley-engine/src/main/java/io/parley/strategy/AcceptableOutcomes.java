package io.parley.strategy;

import io.parley.analysis.AgreementSpace;
import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.UtilityScale;
import io.parley.analysis.ZopaCounter;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The acceptable outcomes of one party as two parallel arrays — utility ticks and mixed-radix codes
 * — sorted by ticks ascending, ties by code ascending; about 16 bytes per outcome.
 *
 * <p>An odometer walks the issues in order with incremental per-issue sums and skips every prefix
 * that cannot reach the reservation even with the best values of the issues left, or that breaks a
 * red line whose issues it already fixes. Without red lines every prefix it enters has an
 * acceptable completion, so it takes at most {@code issues} steps per outcome it emits, however
 * large the space; red lines can add dead ends where they name an early issue together with a late
 * one. It emits outcomes in code order, and a stable sort by ticks (insertion-sorted runs, then
 * merges) gives the final order. When the walk finds more outcomes than the limit it stops, and the
 * refusal names their exact number: the zone of agreement of the party with itself, which {@link
 * ZopaCounter} counts without enumerating (by meeting in the middle for large spaces).
 *
 * <p>Without per-issue ticks (a utility that is not linear additive) the same walk cannot bound the
 * utility of a prefix, so it prunes by red lines only and evaluates {@link
 * io.parley.preference.UtilityFunction#utility} at every complete outcome it reaches.
 */
final class AcceptableOutcomes {
  private final long[] ticks;
  private final long[] codes;

  private AcceptableOutcomes(long[] ticks, long[] codes) {
    this.ticks = ticks;
    this.codes = codes;
  }

  long[] ticks() {
    return ticks;
  }

  long[] codes() {
    return codes;
  }

  /**
   * The acceptable outcomes of {@code preferences}, given its per-issue ticks {@code
   * ticks[issue][value]}, or {@code null} to evaluate its utility function outcome by outcome.
   *
   * @throws IllegalArgumentException if more than {@code limit} outcomes are acceptable
   */
  static AcceptableOutcomes of(
      Preferences preferences, OutcomeSpace space, long[][] ticks, int limit) {
    long reservation = UtilityScale.toTicks(preferences.reservation());
    var odometer = new Odometer(space, ticks, reservation, preferences, limit);
    if (!odometer.visit(0, 0, 0)) {
      String count =
          count(preferences, space).map(BigInteger::toString).orElse("more than " + limit);
      throw new IllegalArgumentException(
          count
              + " outcomes break no red line and reach the reservation value "
              + preferences.reservation()
              + "; a utility index holds at most "
              + limit);
    }
    long[] sortedTicks = Arrays.copyOf(odometer.ticks, odometer.size);
    long[] sortedCodes = Arrays.copyOf(odometer.codes, odometer.size);
    sortByTicks(sortedTicks, sortedCodes);
    return new AcceptableOutcomes(sortedTicks, sortedCodes);
  }

  /** The exact count: the zone of agreement of the party with itself; empty if too large. */
  private static Optional<BigInteger> count(Preferences preferences, OutcomeSpace space) {
    try {
      var self =
          new AgreementSpace(
              space,
              List.of("self", "self again"),
              List.of(preferences.utility(), preferences.utility()),
              new double[] {preferences.reservation(), preferences.reservation()},
              preferences.redLines());
      return Optional.of(ZopaCounter.count(self));
    } catch (AnalysisLimitException e) {
      return Optional.empty();
    }
  }

  /** Inputs up to this length are sorted by insertion. */
  private static final int INSERTION_LIMIT = 64;

  /** Bits per digit of the radix sort: 2048 buckets, four passes for utilities in [0, 1]. */
  private static final int DIGIT_BITS = 11;

  /**
   * Sorts both arrays by {@code ticks}, stable, without boxing or comparisons: a least-significant
   * digit radix sort of {@code ticks - min(ticks)} by {@link #DIGIT_BITS}-bit digits, each pass a
   * stable counting sort between the arrays and one pair of buffers, skipping digits every entry
   * shares. Utilities in [0, 1] span at most 10^12 ticks, so at most four passes of {@code O(n)};
   * short inputs are sorted by insertion.
   */
  static void sortByTicks(long[] ticks, long[] codes) {
    int n = ticks.length;
    if (n <= INSERTION_LIMIT) {
      insertionSort(ticks, codes);
      return;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long t : ticks) {
      min = Math.min(min, t);
      max = Math.max(max, t);
    }
    // max - min, read as unsigned, is the exact span even when it overflows a signed long.
    int bits = 64 - Long.numberOfLeadingZeros(max - min);
    long[] fromTicks = ticks;
    long[] fromCodes = codes;
    long[] toTicks = new long[n];
    long[] toCodes = new long[n];
    int[] starts = new int[(1 << DIGIT_BITS) + 1];
    for (int shift = 0; shift < bits; shift += DIGIT_BITS) {
      if (!countingPass(fromTicks, fromCodes, toTicks, toCodes, min, shift, starts)) {
        continue;
      }
      long[] swapTicks = fromTicks;
      long[] swapCodes = fromCodes;
      fromTicks = toTicks;
      fromCodes = toCodes;
      toTicks = swapTicks;
      toCodes = swapCodes;
    }
    if (fromTicks != ticks) {
      System.arraycopy(fromTicks, 0, ticks, 0, n);
      System.arraycopy(fromCodes, 0, codes, 0, n);
    }
  }

  /**
   * Moves the entries, stably ordered by the digit of {@code ticks - min} at {@code shift}, into
   * the targets; returns false, moving nothing, when every entry has the same digit.
   */
  private static boolean countingPass(
      long[] fromTicks,
      long[] fromCodes,
      long[] toTicks,
      long[] toCodes,
      long min,
      int shift,
      int[] starts) {
    int mask = (1 << DIGIT_BITS) - 1;
    int n = fromTicks.length;
    Arrays.fill(starts, 0);
    for (long t : fromTicks) {
      starts[(int) (((t - min) >>> shift) & mask) + 1]++;
    }
    for (int d = 0; d < starts.length - 1; d++) {
      if (starts[d + 1] == n) {
        return false;
      }
      starts[d + 1] += starts[d];
    }
    for (int i = 0; i < n; i++) {
      int position = starts[(int) (((fromTicks[i] - min) >>> shift) & mask)]++;
      toTicks[position] = fromTicks[i];
      toCodes[position] = fromCodes[i];
    }
    return true;
  }

  /** Sorts both arrays by ticks, stable, by insertion. */
  private static void insertionSort(long[] ticks, long[] codes) {
    for (int i = 1; i < ticks.length; i++) {
      long t = ticks[i];
      long c = codes[i];
      int j = i - 1;
      while (j >= 0 && ticks[j] > t) {
        ticks[j + 1] = ticks[j];
        codes[j + 1] = codes[j];
        j--;
      }
      ticks[j + 1] = t;
      codes[j + 1] = c;
    }
  }

  /** The pruned walk over the issues. */
  private static final class Odometer {
    private final int[] radices;

    /** Per-issue ticks; {@code null} when the utility is evaluated at each complete outcome. */
    private final long[][] issueTicks;

    private final long[] bestRest;
    private final long reservation;
    private final RedLine[][] checkedAt;
    private final Preferences preferences;
    private final int limit;
    private final int[] values;
    private long[] ticks;
    private long[] codes;
    private int size;

    Odometer(
        OutcomeSpace space,
        long[][] issueTicks,
        long reservation,
        Preferences preferences,
        int limit) {
      int n = space.issueCount();
      this.radices = space.sizes();
      this.issueTicks = issueTicks;
      this.reservation = reservation;
      this.preferences = preferences;
      this.limit = limit;
      this.values = new int[n];
      this.bestRest = new long[n + 1];
      for (int i = n - 1; i >= 0 && issueTicks != null; i--) {
        bestRest[i] = bestRest[i + 1] + Arrays.stream(issueTicks[i]).max().orElse(0);
      }
      List<List<RedLine>> byLastIssue = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        byLastIssue.add(new ArrayList<>());
      }
      for (RedLine redLine : preferences.redLines()) {
        List<Integer> scope = redLine.scope();
        byLastIssue.get(scope.get(scope.size() - 1)).add(redLine);
      }
      this.checkedAt = new RedLine[n][];
      for (int i = 0; i < n; i++) {
        checkedAt[i] = byLastIssue.get(i).toArray(new RedLine[0]);
      }
      this.ticks = new long[Math.min(limit, 1024)];
      this.codes = new long[ticks.length];
    }

    /** Emits the acceptable completions of the prefix; false once more than the limit exist. */
    boolean visit(int depth, long sum, long code) {
      if (depth == radices.length) {
        return add(sum, code);
      }
      if (issueTicks == null) {
        return visitGeneral(depth, code);
      }
      long[] contributions = issueTicks[depth];
      long rest = bestRest[depth + 1];
      RedLine[] checks = checkedAt[depth];
      for (int v = 0; v < contributions.length; v++) {
        long partial = sum + contributions[v];
        if (partial + rest < reservation) {
          continue;
        }
        values[depth] = v;
        if (allowed(checks) && !visit(depth + 1, partial, code * radices[depth] + v)) {
          return false;
        }
      }
      return true;
    }

    /** {@link #visit} without per-issue ticks: prunes by red lines, evaluates complete outcomes. */
    private boolean visitGeneral(int depth, long code) {
      RedLine[] checks = checkedAt[depth];
      boolean last = depth == radices.length - 1;
      for (int v = 0; v < radices[depth]; v++) {
        values[depth] = v;
        if (!allowed(checks)) {
          continue;
        }
        long next = code * radices[depth] + v;
        if (last) {
          long utility = UtilityScale.toTicks(preferences.utility().utility(new Outcome(values)));
          if (utility >= reservation && !add(utility, next)) {
            return false;
          }
        } else if (!visitGeneral(depth + 1, next)) {
          return false;
        }
      }
      return true;
    }

    private boolean allowed(RedLine[] checks) {
      for (RedLine redLine : checks) {
        if (!redLine.allows(values)) {
          return false;
        }
      }
      return true;
    }

    private boolean add(long sum, long code) {
      if (size == ticks.length) {
        if (size >= limit) {
          return false;
        }
        int capacity = (int) Math.min(limit, Math.max(16L, 2L * size));
        ticks = Arrays.copyOf(ticks, capacity);
        codes = Arrays.copyOf(codes, capacity);
      }
      ticks[size] = sum;
      codes[size++] = code;
      return true;
    }
  }
}
