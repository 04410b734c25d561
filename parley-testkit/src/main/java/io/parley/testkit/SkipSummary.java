package io.parley.testkit;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.opentest4j.TestAbortedException;

/**
 * Prints, when a module's tests end, one console line per reason tests skipped, with how many:
 * {@code [skipped] 86 tests: ../shared absent (...)}. A test skips when an assumption fails (JUnit
 * reports it aborted) or when it is disabled; reasons are grouped by {@link SkipReason}.
 *
 * <p>Registered for every module through {@code META-INF/services}; JUnit Platform loads it with
 * the test engines.
 */
public final class SkipSummary implements TestExecutionListener {
  private final PrintStream out;
  private final Map<String, AtomicInteger> counts = new TreeMap<>();

  /** The listener JUnit loads: prints on standard output. */
  public SkipSummary() {
    this(System.out);
  }

  SkipSummary(PrintStream out) {
    this.out = out;
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    count(SkipReason.of(reason));
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      String message =
          result
              .getThrowable()
              .filter(t -> t instanceof TestAbortedException)
              .map(Throwable::getMessage)
              .orElse("aborted");
      count(SkipReason.of(message.replaceFirst("^Assumption failed: ", "")));
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    synchronized (counts) {
      counts.forEach(
          (reason, count) ->
              out.println(
                  "[skipped] " + count + (count.get() == 1 ? " test: " : " tests: ") + reason));
      counts.clear();
    }
    out.flush();
  }

  private void count(SkipReason reason) {
    synchronized (counts) {
      counts.computeIfAbsent(reason.key(), k -> new AtomicInteger()).incrementAndGet();
    }
  }
}
