package io.parley.interop;

import io.parley.outcome.OutcomeSpace;
import io.parley.preference.RedLine;
import java.util.List;

/**
 * A scenario that cannot be written in the requested format without changing its numbers: the
 * message says what (which party, which issue) and why, and what would work instead.
 */
public final class ConversionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message naming what cannot be written and why. */
  public ConversionException(String message) {
    super(message);
  }

  /**
   * The refusal to write {@code party}'s red lines in {@code format} (GENIUS or GeniusWeb), whose
   * profiles have none: names every red line, labelled and in plain words.
   */
  static ConversionException redLines(
      String party, String format, List<RedLine> redLines, OutcomeSpace space) {
    List<String> named = redLines.stream().map(r -> r.explain(space)).toList();
    return new ConversionException(
        "cannot write the preferences of '"
            + party
            + "' as "
            + format
            + ": "
            + format
            + " profiles have no red lines, nor any outcome-level constraint that keeps an"
            + " outcome out of every agreement; "
            + party
            + " has "
            + redLines.size()
            + (redLines.size() == 1 ? " red line: " : " red lines: ")
            + String.join("; ", named)
            + ". Convert to yaml instead");
  }
}
