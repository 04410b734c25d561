package io.parley.protocol;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads budgeted runs loop on: one thread per run for its whole length (never one per agent
 * call), reused across runs. Daemon threads, so an abandoned agent never keeps the JVM alive.
 */
final class RunThreads {
  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "parley-run");
            t.setDaemon(true);
            return t;
          });

  private RunThreads() {}

  static Future<?> submit(Runnable loop) {
    return POOL.submit(loop);
  }
}
