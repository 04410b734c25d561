package io.parley.interop;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns names from other platforms ({@code "External Monitor"}, {@code "Height (m)"}) into Parley
 * ids ({@code external-monitor}, {@code height-m}): lower case, every run of characters other than
 * ASCII letters and digits replaced by one {@code '-'}, no leading or trailing {@code '-'}. An
 * empty result becomes {@code fallback}; a repeated id gets {@code -2}, {@code -3}, ... appended.
 *
 * <p>Not thread-safe: one instance per namespace (issues, parties).
 */
final class Ids {
  private final Set<String> used = new HashSet<>();
  private final String fallback;

  Ids(String fallback) {
    this.fallback = fallback;
  }

  /** The id for {@code name}, unique among the ids this instance has handed out. */
  String idFor(String name) {
    String base = slug(name);
    if (base.isEmpty()) {
      base = fallback;
    }
    String id = base;
    for (int k = 2; !used.add(id); k++) {
      id = base + "-" + k;
    }
    return id;
  }

  /** The slug of {@code name}, without de-duplication. */
  static String slug(String name) {
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && sb.length() > 0) {
          sb.append('-');
        }
        sb.append(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return sb.toString();
  }
}
