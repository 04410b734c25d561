package io.parley.strategy;

import io.parley.analysis.AgreementSpace;
import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.UtilityScale;
import io.parley.analysis.ZopaCounter;
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
 * one. It emits outcomes in code order, and a stable merge sort by ticks gives the final order.
 * When the walk finds more outcomes than the limit it stops, and the refusal names their exact
 * number: the zone of agreement of the party with itself, which {@link ZopaCounter} counts without
 * enumerating (by meeting in the middle for large spaces).
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
   * ticks[issue][value]}.
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

  /** Sorts both arrays by {@code ticks}, stable: a bottom-up merge sort without boxing. */
  static void sortByTicks(long[] ticks, long[] codes) {
    int n = ticks.length;
    long[] ticksBuffer = new long[n];
    long[] codesBuffer = new long[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, n);
        if (ticks[mid - 1] <= ticks[mid]) {
          continue;
        }
        System.arraycopy(ticks, lo, ticksBuffer, lo, hi - lo);
        System.arraycopy(codes, lo, codesBuffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
          if (i < mid && (j >= hi || ticksBuffer[i] <= ticksBuffer[j])) {
            ticks[k] = ticksBuffer[i];
            codes[k] = codesBuffer[i++];
          } else {
            ticks[k] = ticksBuffer[j];
            codes[k] = codesBuffer[j++];
          }
        }
      }
    }
  }

  /** The pruned walk over the issues. */
  private static final class Odometer {
    private final int[] radices;
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
      for (int i = n - 1; i >= 0; i--) {
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
