package io.parley.stability;

/**
 * The solution concepts of the graph model (Fang, Hipel and Kilgour 1993). For a decision maker i
 * at state s, with R_i(s) its unilateral moves, R_i^+(s) those it prefers to s (its unilateral
 * improvements) and R_{N-i} the states its opponents reach by legal sequences of moves:
 */
public enum StabilityConcept {
  /** Nash stability: i has no unilateral improvement from s. */
  NASH("nash", "Nash"),
  /**
   * General metarationality: every unilateral improvement s1 of i can be answered by the opponents
   * with some s2 in R_{N-i}(s1) that i does not prefer to s.
   */
  GMR("gmr", "GMR"),
  /**
   * Symmetric metarationality: as GMR, and i cannot escape the sanction: every s3 in R_i(s2) is not
   * preferred to s either.
   */
  SMR("smr", "SMR"),
  /**
   * Sequential stability: as GMR, but the sanction s2 is reached by unilateral improvements of the
   * opponents (each move better for its mover), so it is credible.
   */
  SEQ("seq", "SEQ");

  private final String key;
  private final String title;

  StabilityConcept(String key, String title) {
    this.key = key;
    this.title = title;
  }

  /** The key used in JSON and files: nash, gmr, smr, seq. */
  public String key() {
    return key;
  }

  /** The usual abbreviation: Nash, GMR, SMR, SEQ. */
  public String title() {
    return title;
  }
}
