package io.parley.strategy;

import io.parley.analysis.UtilityScale;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The plain words a negotiator gives for its amendments and refusals. */
final class Reasons {
  private Reasons() {}

  /** Why a party has nothing it may offer or accept. */
  static String nothingAcceptable(Preferences preferences) {
    return "no package both respects our red lines and reaches our reservation value of "
        + preferences.reservation();
  }

  /**
   * Why a party asks to change provision {@code issue} of a text it cannot accept: the first red
   * line of {@code broken} (those the text breaks) that names the issue; else, if the text is worth
   * less than the target, the utility it needs; else the provision goes with changes made for a red
   * line.
   */
  static String forProvision(
      int issue,
      List<RedLine> broken,
      boolean shortOfTarget,
      long targetTicks,
      UtilityIndex index) {
    for (RedLine redLine : broken) {
      if (redLine.scope().contains(issue)) {
        return "breaks our red line: "
            + (redLine.label().isEmpty() ? redLine.describe(index.space()) : redLine.label());
      }
    }
    if (shortOfTarget) {
      return "the text is worth less to us than the " + utility(targetTicks) + " we now need";
    }
    return "goes with the changes our red lines need";
  }

  /**
   * A utility in ticks as a decimal, rounded up to three places so that it is never understated.
   */
  static String utility(long ticks) {
    return BigDecimal.valueOf(ticks)
        .divide(BigDecimal.valueOf(UtilityScale.UNITS_PER_UTILITY), 3, RoundingMode.CEILING)
        .stripTrailingZeros()
        .toPlainString();
  }
}
