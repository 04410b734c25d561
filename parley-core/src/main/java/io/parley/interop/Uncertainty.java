package io.parley.interop;

/**
 * The preference-elicitation settings of a GENIUS {@code type="UNCERTAIN"} profile ({@code
 * UncertainAdditiveUtilitySpace.loadTreeFromFile}). They tell GENIUS how much of the true profile
 * an agent may see; the true utility itself is the profile's additive utility, which is what Parley
 * analyses.
 *
 * @param comparisons {@code <comparisons>}: the number of bid comparisons given (GENIUS default 10)
 * @param errors {@code <errors>}: the number of wrong comparisons among them (default 10)
 * @param elicitationCost {@code <elicitation_cost>}: the cost of one more comparison (default 0)
 * @param fixedSeed {@code <fixed_seed>}: whether the comparisons are drawn with a fixed seed
 *     (default true)
 * @param experimental {@code <experimental>}: whether agents may see the true profile (default
 *     false)
 */
public record Uncertainty(
    int comparisons, int errors, double elicitationCost, boolean fixedSeed, boolean experimental) {

  /** GENIUS's defaults for the fields a file leaves out. */
  public static final Uncertainty DEFAULTS = new Uncertainty(10, 10, 0.0, true, false);
}
