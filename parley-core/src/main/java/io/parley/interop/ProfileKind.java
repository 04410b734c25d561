package io.parley.interop;

/** The kind of preference profile a party's preferences were read from. */
public enum ProfileKind {
  /** A Parley scenario's own preferences. */
  PARLEY,
  /** GENIUS {@code AdditiveUtilitySpace} (root without {@code type}, or {@code type="LINEAR"}). */
  GENIUS_LINEAR,
  /** GENIUS {@code UncertainAdditiveUtilitySpace} ({@code type="UNCERTAIN"}). */
  GENIUS_UNCERTAIN,
  /** GENIUS {@code NonlinearUtilitySpace} ({@code type="NONLINEAR"}): hyper-rectangles. */
  GENIUS_NONLINEAR,
  /** GeniusWeb {@code LinearAdditiveUtilitySpace}. */
  GENIUSWEB_LINEAR_ADDITIVE
}
