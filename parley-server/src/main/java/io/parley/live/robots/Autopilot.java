package io.parley.live.robots;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the automatic steps ({@link Robots}) of every negotiation on one background thread per
 * server, never on a request's thread: after each stored event the negotiation is {@link #poke
 * poked}, and the thread takes its steps one at a time until none is due. One thread makes the
 * order of robot moves, and so a negotiation played only by robots, reproducible.
 */
public final class Autopilot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Autopilot.class);

  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "parley-robots");
            thread.setDaemon(true);
            return thread;
          });
  private final Consumer<String> stepper;
  private final Set<String> queued = new HashSet<>();
  private int pending;

  /**
   * @param stepper takes the automatic steps of one negotiation until none is due
   */
  public Autopilot(Consumer<String> stepper) {
    this.stepper = stepper;
  }

  /** Schedules a look at negotiation {@code id} (at most one waiting look per negotiation). */
  public synchronized void poke(String id) {
    if (executor.isShutdown() || !queued.add(id)) {
      return;
    }
    pending++;
    executor.execute(() -> run(id));
  }

  private void run(String id) {
    synchronized (this) {
      queued.remove(id);
    }
    try {
      stepper.accept(id);
    } catch (RuntimeException e) {
      LOG.warn("automatic step in negotiation {} failed: {}", id, e.toString());
    } finally {
      synchronized (this) {
        pending--;
        notifyAll();
      }
    }
  }

  /**
   * Waits until no automatic step is queued or running — for tests and demonstrations.
   *
   * @return whether it became idle within {@code millis}
   */
  public synchronized boolean awaitIdle(long millis) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (pending > 0) {
      long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
