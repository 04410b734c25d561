package io.parley.analysis;

/**
 * Parley's one floating-point policy: utilities are fixed-point numbers with a resolution of
 * 10<sup>-12</sup>.
 *
 * <p>Each weighted score {@code w_i · s_i(v)} is rounded once to the nearest 10<sup>-12</sup> and
 * held as a {@code long} count of {@link #UNITS_PER_UTILITY ticks}; a utility is the exact sum of
 * its ticks. Every comparison in the analysis — dominance, equality, "at least the reservation" —
 * is then exact, so enumeration and the divide-and-conquer algorithms agree point for point, and a
 * utility of exactly {@code 0.1 + 0.2} equals a reservation of {@code 0.3}. The rounding changes a
 * utility by at most {@code n/2 · 10^-12} for {@code n} issues. NaN and infinities never enter: the
 * scenario reader rejects them.
 */
public final class UtilityScale {
  /** Ticks per utility unit. */
  public static final long UNITS_PER_UTILITY = 1_000_000_000_000L;

  private UtilityScale() {}

  /**
   * The nearest tick count of a finite utility value.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static long toTicks(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("utility " + value + " is not a finite number");
    }
    return Math.round(value * UNITS_PER_UTILITY);
  }

  /** The utility value of a tick count. */
  public static double toUtility(long ticks) {
    return ticks / (double) UNITS_PER_UTILITY;
  }
}
