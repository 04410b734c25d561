package io.parley.testkit;

import java.util.Locale;

/**
 * Why a test skipped, as one of the environment's absences the project's tests know of, or any
 * other reason by its own text.
 *
 * @param key the line printed for the reason ({@code "../shared absent"}, or the message)
 * @param requiredInCi whether {@code .ci/run} provides what is missing, so that under {@code
 *     PARLEY_CI=1} the skip is a failure
 */
public record SkipReason(String key, boolean requiredInCi) {
  /** The environment variable {@code .ci/run} sets. */
  public static final String CI_VARIABLE = "PARLEY_CI";

  /**
   * The reason for a skip with this message: ../shared (its domains), PostgreSQL or Chromium absent
   * are grouped by what is missing; anything else is its own reason.
   */
  public static SkipReason of(String message) {
    String text = message == null ? "" : message;
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("shared/domains") || lower.contains("../shared")) {
      return new SkipReason("../shared absent (the field's domains beside the repository)", true);
    }
    if (lower.contains("postgres") || lower.contains("parley_test_pg_url")) {
      return new SkipReason("PostgreSQL absent (set PARLEY_TEST_PG_URL, or run .ci/run)", true);
    }
    if (lower.contains("chromium") || lower.contains("chromedriver")) {
      return new SkipReason("Chromium absent (the browser tests)", true);
    }
    return new SkipReason(text.isBlank() ? "no reason given" : text.strip(), false);
  }

  /** Whether this run is CI's ({@code PARLEY_CI=1}). */
  public static boolean inCi() {
    return "1".equals(System.getenv(CI_VARIABLE));
  }
}
