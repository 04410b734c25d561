package io.parley.tournament.run;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a tournament so that Ctrl-C (the JVM's shutdown) stops it cleanly: a shutdown hook asks the
 * runner to stop and then holds the JVM, at most {@code wait}, until the body has returned — so
 * every row already finished is written before the process ends.
 */
public final class StopOnShutdown {
  private StopOnShutdown() {}

  /**
   * The body's result, with {@code stop} run by a shutdown hook named {@code name} if the JVM shuts
   * down before the body returns.
   */
  public static <T> T run(Runnable stop, Duration wait, String name, Supplier<T> body) {
    CountDownLatch done = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.run();
              try {
                done.await(wait.toMillis(), TimeUnit.MILLISECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            name);
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return body.get();
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is exiting: the hook is running and has been released above
      }
    }
  }
}
