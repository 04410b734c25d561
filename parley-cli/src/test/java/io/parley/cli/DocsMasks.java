package io.parley.cli;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What varies from run to run in the docs' outputs, masked alike in the docs and in the real output
 * before they are compared; everything else is compared exactly. Each mask has a name, listed in
 * docs/testing.md.
 */
final class DocsMasks {
  private DocsMasks() {}

  /** One kind of varying text: what matches {@code pattern} becomes {@code replacement}. */
  record Mask(String name, Pattern pattern, String replacement) {
    Mask(String name, String regex, String replacement) {
      this(name, Pattern.compile(regex), replacement);
    }

    String apply(String text) {
      return pattern.matcher(text).replaceAll(replacement);
    }
  }

  /** The masks, applied in this order. */
  static final List<Mask> MASKS =
      List.of(
          // Of consecutive tournament progress lines only the last counts: a terminal redraws them.
          new Mask(
              "progress",
              "(?m)^(parley: \\d+/\\d+ negotiations .*\\R)+(?=parley: \\d+/\\d+ negotiations )",
              ""),
          new Mask("instant", "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<instant>"),
          new Mask("hash", "(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])", "<hash>"),
          new Mask("negotiation-id", "\\bn[0-9a-f]{16}\\b", "<negotiation-id>"),
          new Mask(
              "token",
              "(?<![A-Za-z0-9_-])(?=[a-z-]*[A-Z0-9_])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])",
              "<token>"),
          new Mask("rate", "\\d+(\\.\\d+)?/s\\b", "N/s"),
          new Mask("time-left", "\\d+m\\d+s left", "XmYs left"),
          new Mask("duration", "\\b\\d+(\\.\\d+)? ?(ms|s)\\b(?!/)", "T $2"),
          new Mask("line-end", "(?m)[ \\t]+$", ""));

  /** {@code text} with every mask applied and the final blanks dropped. */
  static String mask(String text) {
    String masked = text;
    for (Mask mask : MASKS) {
      masked = mask.apply(masked);
    }
    return masked.stripTrailing();
  }
}
