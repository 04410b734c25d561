package io.parley.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Under {@code PARLEY_CI=1} (set by {@code .ci/run}), turns a skip for something CI provides —
 * ../shared, PostgreSQL, Chromium ({@link SkipReason#requiredInCi()}) — into a failure, so that CI
 * cannot pass with those tests unrun. Elsewhere it changes nothing: the test skips.
 *
 * <p>Registered for every Jupiter test through {@code META-INF/services} and {@code
 * junit.jupiter.extensions.autodetection.enabled=true} (set by the parent POM's Surefire
 * configuration).
 */
public final class NoSkipsInCi
    implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw check(throwable);
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    throw check(throwable);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(
      ExtensionContext context, Throwable throwable) throws Throwable {
    throw check(throwable);
  }

  /** {@code throwable}, or a failure in its place when it is a skip CI must not allow. */
  static Throwable check(Throwable throwable) {
    return check(throwable, SkipReason.inCi());
  }

  static Throwable check(Throwable throwable, boolean inCi) {
    if (inCi && throwable instanceof TestAbortedException aborted) {
      SkipReason reason = SkipReason.of(aborted.getMessage());
      if (reason.requiredInCi()) {
        return new AssertionError(
            SkipReason.CI_VARIABLE
                + "=1: this test must run in CI but would skip: "
                + reason.key()
                + " ("
                + aborted.getMessage()
                + ")",
            aborted);
      }
    }
    return throwable;
  }
}
