package io.parley.interop;

/** The format a scenario was read from or is written to. */
public enum SourceFormat {
  /** Parley's own scenario file, YAML or JSON ({@code docs/scenario-format.md}). */
  PARLEY,
  /** GENIUS XML: a domain file and one preference profile per party. */
  GENIUS,
  /** GeniusWeb JSON: a domain file and one profile per party. */
  GENIUSWEB
}
