package io.parley.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.TestAbortedException;

/**
 * parley-testkit's skip reporting (it has no tests of its own: the parent POM gives it to every
 * module with tests, so its tests live here): reasons grouped by what is absent, one line each with
 * a count, and skips CI must not allow turned into failures only under PARLEY_CI=1.
 */
class SkipReportingTest {
  @Test
  void reasons_groupTheProjectsAbsencesAndKeepOtherMessages() {
    assertThat(SkipReason.of("shared/domains not found above /x; skipping"))
        .isEqualTo(SkipReason.of("../shared/domains beside the repository not found; skipping"));
    assertThat(SkipReason.of("shared/domains not found; skipping").requiredInCi()).isTrue();
    assertThat(SkipReason.of("PARLEY_TEST_PG_URL is not set: skipping").key())
        .startsWith("PostgreSQL absent");
    assertThat(SkipReason.of("Browser tests skipped: /usr/bin/chromium is missing").key())
        .startsWith("Chromium absent");
    SkipReason python = SkipReason.of("python3 is not installed here: skipping");
    assertThat(python.key()).isEqualTo("python3 is not installed here: skipping");
    assertThat(python.requiredInCi()).isFalse();
  }

  @Test
  void summary_printsOneLinePerReasonWithItsCount() {
    var bytes = new ByteArrayOutputStream();
    var summary = new SkipSummary(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    TestAbortedException shared = new TestAbortedException("shared/domains not found; skipping");
    for (int i = 0; i < 3; i++) {
      summary.executionFinished(null, TestExecutionResult.aborted(shared));
    }
    summary.executionFinished(
        null, TestExecutionResult.aborted(new TestAbortedException("PARLEY_TEST_PG_URL unset")));
    summary.executionSkipped(null, "python3 is not installed here");
    summary.executionFinished(null, TestExecutionResult.successful());

    summary.testPlanExecutionFinished(null);

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "[skipped] 3 tests: ../shared absent (the field's domains beside the repository)",
            "[skipped] 1 test: PostgreSQL absent (set PARLEY_TEST_PG_URL, or run .ci/run)",
            "[skipped] 1 test: python3 is not installed here");
  }

  @Test
  void inCi_aSkipForWhatCiProvidesFails_otherSkipsStay() {
    var shared = new TestAbortedException("shared/domains not found; skipping");
    var python = new TestAbortedException("python3 is not installed here: skipping");

    assertThat(NoSkipsInCi.check(shared, true))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("PARLEY_CI=1: this test must run in CI but would skip: ../shared");
    assertThat(NoSkipsInCi.check(shared, false)).isSameAs(shared);
    assertThat(NoSkipsInCi.check(python, true)).isSameAs(python);
    var failure = new IllegalStateException("a real failure");
    assertThat(NoSkipsInCi.check(failure, true)).isSameAs(failure);
  }
}
