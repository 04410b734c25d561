package io.parley.preference;

/** The rule every score follows: a finite number in [0, 1]. */
final class Scores {
  private Scores() {}

  static double check(double score, String what) {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException(what + " " + score + " outside [0, 1]");
    }
    return score;
  }
}
