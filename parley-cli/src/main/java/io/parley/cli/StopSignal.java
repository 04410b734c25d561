package io.parley.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits for the process to be told to stop (Ctrl-C or SIGTERM) or for the waiting thread to be
 * interrupted. Open it first in a try-with-resources: the resources opened after it close before
 * it, and the shutdown hook lets the JVM exit only once they have (or after ten seconds).
 */
final class StopSignal implements AutoCloseable {
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread hook;

  StopSignal() {
    hook =
        new Thread(
            () -> {
              stop.countDown();
              try {
                closed.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "parley-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Blocks until the process is told to stop or this thread is interrupted. An interruption is the
   * request to stop and is consumed here, so that closing the server afterwards is not cut short.
   */
  void await() {
    try {
      stop.await();
    } catch (InterruptedException e) {
      // asked to stop: return and let the caller close everything
    }
  }

  @Override
  public void close() {
    closed.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running: it returns now that everything is closed
    }
  }
}
