package io.parley.protocol;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;

/**
 * A thread that looks at every budgeted {@link AgentCalls} it watches each {@link #TICK_NANOS} and
 * interrupts a call that has overrun its budget. It parks while nothing is watched and is woken by
 * the next {@link #watch}; its thread starts at the first {@code watch}, so a JVM that runs without
 * budgets never starts it. Runs share one, {@link #SHARED}: one daemon thread for the whole JVM.
 */
final class Watchdog {
  /** How often calls are checked: a budget is enforced to within this (2 ms). */
  static final long TICK_NANOS = 2_000_000L;

  /** The watchdog of every run: its thread is the daemon "parley-watchdog". */
  static final Watchdog SHARED =
      new Watchdog(
          loop -> {
            Thread t = new Thread(loop, "parley-watchdog");
            t.setDaemon(true);
            return t;
          });

  private final Set<AgentCalls> watched = ConcurrentHashMap.newKeySet();
  private final ThreadFactory threads;
  private Thread thread;

  /** A watchdog whose thread {@code threads} makes (at the first {@link #watch}). */
  Watchdog(ThreadFactory threads) {
    this.threads = threads;
  }

  /** Watches {@code calls} until {@link #unwatch}, waking the thread if it was parked. */
  void watch(AgentCalls calls) {
    if (watched.add(calls)) {
      LockSupport.unpark(thread());
    }
  }

  /** Stops watching {@code calls}; with nothing left to watch the thread parks. */
  void unwatch(AgentCalls calls) {
    watched.remove(calls);
  }

  /** Whether {@code calls} is watched (for tests: a run that ended leaves nothing watched). */
  boolean watches(AgentCalls calls) {
    return watched.contains(calls);
  }

  private synchronized Thread thread() {
    if (thread == null) {
      thread = threads.newThread(this::loop);
      thread.start();
    }
    return thread;
  }

  private void loop() {
    while (true) {
      if (watched.isEmpty()) {
        LockSupport.park(this);
        continue;
      }
      long now = System.nanoTime();
      for (AgentCalls calls : watched) {
        calls.interruptIfOverdue(now);
      }
      LockSupport.parkNanos(this, TICK_NANOS);
    }
  }
}
