package io.parley.tournament.score;

/** What scores report per competitor, each as a mean with a 95 % confidence interval. */
public enum Measure {
  /** ANAC advantage {@code (u − r) / (max − r)}. */
  ADVANTAGE("advantage"),
  /** The competitor's utility (its reservation value without agreement). */
  UTILITY("utility"),
  /** 1 for an agreement, 0 otherwise: its mean is the agreement rate. */
  AGREEMENT("agreement_rate"),
  /** The sum of every party's utility. */
  WELFARE("welfare"),
  /** {@code max(0, 1 − d/D)} to the Nash point. */
  NASH_OPTIMALITY("nash_optimality"),
  /** {@code max(0, 1 − d/D)} to the Kalai point. */
  KALAI_OPTIMALITY("kalai_optimality"),
  /** {@code max(0, 1 − d/D)} to the Pareto frontier. */
  PARETO_OPTIMALITY("pareto_optimality");

  private final String column;

  Measure(String column) {
    this.column = column;
  }

  /** The column name stem in scores.csv. */
  public String column() {
    return column;
  }
}
