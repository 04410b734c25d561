package io.parley.analysis;

/** The four bargaining solutions Parley reports, each over the zone of possible agreement. */
public enum SolutionConcept {
  /** Maximise Π(u_p − r_p) (Nash 1950). */
  NASH("nash"),
  /**
   * Maximise min_p (u_p − r_p)/(ideal_p − r_p), ideal_p the best u_p in the zone; a zero
   * denominator counts as 1 (Kalai and Smorodinsky 1975).
   */
  KALAI("kalai"),
  /** Maximise Σ u_p. */
  UTILITARIAN("utilitarian"),
  /** Maximise min_p (u_p − r_p). */
  EGALITARIAN("egalitarian");

  private final String key;

  SolutionConcept(String key) {
    this.key = key;
  }

  /** The key used in outputs. */
  public String key() {
    return key;
  }
}
