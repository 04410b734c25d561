package io.parley.protocol;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread for the whole JVM that looks at every budgeted {@link AgentCalls} each {@link
 * #TICK_NANOS} and interrupts a call that has overrun its budget. It sleeps while no run is
 * watched, so a JVM that runs without budgets never starts it.
 */
final class Watchdog {
  /** How often calls are checked: a budget is enforced to within this (2 ms). */
  static final long TICK_NANOS = 2_000_000L;

  private static final Set<AgentCalls> WATCHED = ConcurrentHashMap.newKeySet();
  private static final Thread THREAD = thread();

  private Watchdog() {}

  /** Watches {@code calls} until {@link #unwatch}. */
  static void watch(AgentCalls calls) {
    if (WATCHED.add(calls)) {
      LockSupport.unpark(THREAD);
    }
  }

  static void unwatch(AgentCalls calls) {
    WATCHED.remove(calls);
  }

  private static Thread thread() {
    Thread t = new Thread(Watchdog::loop, "parley-watchdog");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void loop() {
    while (true) {
      if (WATCHED.isEmpty()) {
        LockSupport.park(Watchdog.class);
        continue;
      }
      long now = System.nanoTime();
      for (AgentCalls calls : WATCHED) {
        calls.interruptIfOverdue(now);
      }
      LockSupport.parkNanos(Watchdog.class, TICK_NANOS);
    }
  }
}
