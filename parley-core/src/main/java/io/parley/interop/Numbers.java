package io.parley.interop;

import java.math.BigDecimal;

/** How the writers spell numbers: exactly, so that reading them back gives the same double. */
final class Numbers {
  /**
   * How far a capped additive utility may exceed 1 before its cap and still be written without it:
   * half of Parley's resolution ({@link io.parley.analysis.UtilityScale}), so dropping the cap
   * changes no utility by as much as half a tick. GENIUS profiles whose weights sum to {@code 1 +
   * 2^-52} are the typical case.
   */
  static final double NEGLIGIBLE_CAP = 0.5 / io.parley.analysis.UtilityScale.UNITS_PER_UTILITY;

  private Numbers() {}

  /** Whether {@code utility}'s cap changes no utility by as much as {@link #NEGLIGIBLE_CAP}. */
  static boolean capNegligible(io.parley.preference.CappedAdditiveUtility utility) {
    return utility.uncappedMaximum() - 1.0 <= NEGLIGIBLE_CAP;
  }

  /**
   * The shortest decimal that reads back as {@code value}, in plain notation ({@code 0.00001}, not
   * {@code 1.0E-5}).
   */
  static BigDecimal exact(double value) {
    BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** {@link #exact} as text. */
  static String text(double value) {
    return exact(value).toPlainString();
  }
}
