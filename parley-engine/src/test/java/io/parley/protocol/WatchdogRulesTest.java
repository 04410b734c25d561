package io.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.parley.event.FaultKind;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The watchdog's rules: with nothing to watch its thread parks, and the next watched call wakes it
 * (an overrun is still cut off); and it never takes a call for an earlier one, because every call,
 * whether it returned in time or overran, gets a number of its own. The numbering tests drive
 * {@link AgentCalls#interruptIfOverdue} by hand with chosen readings of the clock, through a
 * watchdog whose thread never looks, so no timing is involved.
 */
class WatchdogRulesTest {
  private static final Duration BUDGET = Duration.ofMillis(50);
  private static final long LIMIT = BUDGET.toNanos();

  /** A watchdog whose thread ends at once: only the test looks at the calls. */
  private static Watchdog blind() {
    return new Watchdog(loop -> new Thread(() -> {}, "blind-watchdog"));
  }

  private static AgentFault fault(Runnable call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).isInstanceOf(AgentFault.class);
    return (AgentFault) thrown;
  }

  /** Waits (sleeping, so that the interrupt ends the wait) for at most 20 s. */
  private static String sleepUntilInterrupted() {
    try {
      Thread.sleep(20_000);
      return "slept on";
    } catch (InterruptedException e) {
      return "interrupted";
    }
  }

  @Test
  void aParkedWatchdog_wakesForTheNextWatchedCall() throws Exception {
    AtomicReference<Thread> thread = new AtomicReference<>();
    Watchdog watchdog =
        new Watchdog(
            loop -> {
              Thread t = new Thread(loop, "test-watchdog");
              t.setDaemon(true);
              thread.set(t);
              return t;
            });
    try (AgentCalls calls = new AgentCalls(BUDGET, watchdog)) {
      AgentFault first =
          fault(() -> calls.call("p1", "act", WatchdogRulesTest::sleepUntilInterrupted));
      assertThat(first.kind).isEqualTo(FaultKind.TIMEOUT);
      assertThat(calls.isWatched()).isTrue();
    }
    // Nothing is watched now: the thread parks with no deadline.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (thread.get().getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(thread.get().getState()).isEqualTo(Thread.State.WAITING);

    try (AgentCalls calls = new AgentCalls(BUDGET, watchdog)) {
      AgentFault second =
          fault(() -> calls.call("p2", "act", WatchdogRulesTest::sleepUntilInterrupted));
      assertThat(second.participant).isEqualTo("p2");
      assertThat(second.kind).isEqualTo(FaultKind.TIMEOUT);
    }
  }

  @Test
  void theCallAfterOneThatReturned_isNotTakenForIt() {
    try (AgentCalls calls = new AgentCalls(BUDGET, blind())) {
      assertThat(
              calls.call(
                  "p1",
                  "act",
                  () -> {
                    calls.interruptIfOverdue(0); // seen at 0
                    return "first";
                  }))
          .isEqualTo("first");
      // Seen first ten budgets later, the next call is new, not the first one overdue.
      assertThat(
              calls.call(
                  "p1",
                  "act",
                  () -> {
                    calls.interruptIfOverdue(10 * LIMIT);
                    calls.interruptIfOverdue(10 * LIMIT + LIMIT - 1);
                    return Thread.currentThread().isInterrupted() ? "interrupted" : "second";
                  }))
          .isEqualTo("second");
      // A whole budget after it was seen, a call is overdue.
      AgentFault third =
          fault(
              () ->
                  calls.call(
                      "p1",
                      "act",
                      () -> {
                        calls.interruptIfOverdue(20 * LIMIT);
                        calls.interruptIfOverdue(21 * LIMIT);
                        return "third";
                      }));
      assertThat(third.kind).isEqualTo(FaultKind.TIMEOUT);
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
  }

  @Test
  void theCallAfterAnOverrun_isNotTakenForIt() {
    try (AgentCalls calls = new AgentCalls(BUDGET, blind())) {
      AgentFault overrun =
          fault(
              () ->
                  calls.call(
                      "p1",
                      "act",
                      () -> {
                        calls.interruptIfOverdue(0);
                        calls.interruptIfOverdue(LIMIT);
                        return "late";
                      }));
      assertThat(overrun).hasMessage("act did not return within its budget of 50 ms");
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
      assertThat(
              calls.call(
                  "p1",
                  "act",
                  () -> {
                    calls.interruptIfOverdue(10 * LIMIT);
                    return Thread.currentThread().isInterrupted() ? "interrupted" : "in time";
                  }))
          .isEqualTo("in time");
    }
  }

  @Test
  void anAbandonedCall_isNoLongerWatched() throws Exception {
    Watchdog watchdog = blind();
    AgentCalls calls = new AgentCalls(BUDGET, watchdog);
    long longAgo = System.nanoTime() - AgentCalls.GRACE.toNanos() - 10 * LIMIT;
    CountDownLatch overdue = new CountDownLatch(1);
    AtomicBoolean release = new AtomicBoolean();
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread run =
        new Thread(
            () ->
                outcome.set(
                    catchThrowable(
                        () ->
                            calls.call(
                                "p1",
                                "act",
                                () -> {
                                  calls.interruptIfOverdue(longAgo);
                                  calls.interruptIfOverdue(longAgo + LIMIT); // overdue long ago
                                  overdue.countDown();
                                  while (!release.get()) {
                                    Thread.onSpinWait();
                                  }
                                  return "far too late";
                                }))));
    run.start();
    try {
      assertThat(overdue.await(20, TimeUnit.SECONDS)).isTrue();
      assertThat(calls.isWatched()).isTrue();
      assertThat(calls.abandon()).isPresent();
      assertThat(calls.isWatched()).isFalse();
    } finally {
      release.set(true);
      run.join(20_000);
    }
    assertThat(outcome.get()).isInstanceOf(AgentCalls.Abandoned.class);
  }
}
