package io.parley.report;

import io.parley.analysis.SolutionConcept;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.awt.Color;

/** Escaping, number formatting and names shared by the SVG and HTML writers. */
final class Markup {
  private Markup() {}

  /** The text with {@code & < > " '} escaped, safe in XML and HTML text and attribute values. */
  static String escape(String text) {
    var sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          // XML 1.0 forbids most control characters even when escaped; drop them.
          if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** A pixel coordinate rounded to one decimal, without a trailing {@code .0}. */
  static String pixels(double value) {
    long tenths = Math.round(value * 10);
    long whole = tenths / 10;
    long fraction = Math.abs(tenths % 10);
    String sign = tenths < 0 && whole == 0 ? "-" : "";
    return fraction == 0 ? Long.toString(whole) : sign + whole + "." + fraction;
  }

  /** The colour as {@code #rrggbb}, ignoring its alpha. */
  static String hex(Color colour) {
    return String.format("#%06x", colour.getRGB() & 0xffffff);
  }

  /** The colour's alpha as an opacity in [0, 1], two decimals. */
  static String opacity(Color colour) {
    return Double.toString(Math.round(colour.getAlpha() / 255.0 * 100) / 100.0);
  }

  /** The name a reader knows a bargaining solution by. */
  static String title(SolutionConcept concept) {
    return switch (concept) {
      case NASH -> "Nash";
      case KALAI -> "Kalai–Smorodinsky";
      case UTILITARIAN -> "utilitarian";
      case EGALITARIAN -> "egalitarian";
    };
  }

  /** The party's display name, followed by its id when the two differ. */
  static String displayName(Scenario scenario, String partyId) {
    for (Party party : scenario.parties()) {
      if (party.id().equals(partyId) && !party.name().equals(partyId)) {
        return party.name() + " (" + partyId + ")";
      }
    }
    return partyId;
  }
}
