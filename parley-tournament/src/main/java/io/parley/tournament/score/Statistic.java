package io.parley.tournament.score;

/**
 * A running mean and variance (Welford's online algorithm), with a 95 % confidence interval of the
 * mean: {@code mean ± t(0.975, n − 1) · s / √n}, with {@code s} the sample standard deviation and
 * {@code t} Student's quantile. Values that are NaN (a measure that could not be computed) are
 * skipped. Not thread-safe.
 */
public final class Statistic {
  private static final double[] T975 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
    2.052, 2.048, 2.045, 2.042
  };
  private static final double Z975 = 1.959963984540054;

  private long count;
  private double mean;
  private double m2;

  /** Adds {@code value}; NaN is skipped. */
  public void add(double value) {
    if (Double.isNaN(value)) {
      return;
    }
    count++;
    double delta = value - mean;
    mean += delta / count;
    m2 += delta * (value - mean);
  }

  /** How many values were added (NaN not counted). */
  public long count() {
    return count;
  }

  /** The mean; NaN when empty. */
  public double mean() {
    return count == 0 ? Double.NaN : mean;
  }

  /** The sample standard deviation; NaN with fewer than two values. */
  public double standardDeviation() {
    return count < 2 ? Double.NaN : Math.sqrt(m2 / (count - 1));
  }

  /** Half the width of the 95 % confidence interval; NaN with fewer than two values. */
  public double halfWidth() {
    return count < 2 ? Double.NaN : t975(count - 1) * standardDeviation() / Math.sqrt(count);
  }

  /**
   * Student's t quantile at 0.975 with {@code df} degrees of freedom: a table to 30, then the
   * Cornish–Fisher expansion around the normal quantile (error below 10^-4).
   */
  static double t975(long df) {
    if (df < 1) {
      throw new IllegalArgumentException("degrees of freedom " + df + " < 1");
    }
    if (df <= T975.length) {
      return T975[(int) df - 1];
    }
    double z = Z975;
    double v = df;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    return z
        + (z3 + z) / (4 * v)
        + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
  }
}
