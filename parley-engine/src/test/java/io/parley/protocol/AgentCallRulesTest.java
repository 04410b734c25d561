package io.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.parley.event.FaultKind;
import io.parley.negotiator.AgentFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * One agent call, as {@link AgentCalls} makes it: what an agent throws becomes a fault of its kind,
 * with or without a budget; without a budget a slow call is never cut off; with one, an overrunning
 * call is interrupted, ends as a timeout fault whatever it returns and leaves no interrupt behind,
 * and the next call has its whole budget again; a call that ignores the interrupt is abandoned only
 * after the grace period, and nothing is called through the abandoned calls again.
 */
class AgentCallRulesTest {
  private static final Duration NONE = Duration.ZERO;
  private static final Duration LONG = Duration.ofSeconds(30);

  private static AgentFault fault(Runnable call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).isInstanceOf(AgentFault.class);
    return (AgentFault) thrown;
  }

  /**
   * Waits without sleeping (a sleep would answer the interrupt) until the thread is interrupted.
   */
  private static void spinUntilInterrupted() {
    while (!Thread.currentThread().isInterrupted()) {
      Thread.onSpinWait();
    }
  }

  private static void spin(Duration duration) {
    long end = System.nanoTime() + duration.toNanos();
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }

  @Test
  void whatAnAgentThrows_becomesAFaultOfItsKind_withOrWithoutABudget() {
    for (Duration budget : new Duration[] {NONE, LONG}) {
      try (AgentCalls calls = new AgentCalls(budget)) {
        AgentFault exception =
            fault(
                () ->
                    calls.call(
                        "p1",
                        "act",
                        () -> {
                          throw new IllegalStateException("strategy bug");
                        }));
        assertThat(exception.participant).isEqualTo("p1");
        assertThat(exception.kind).isEqualTo(FaultKind.EXCEPTION);
        assertThat(exception).hasMessage("act threw IllegalStateException: strategy bug");

        AgentFault noMessage =
            fault(
                () ->
                    calls.run(
                        "p2",
                        "observe",
                        () -> {
                          throw new UnsupportedOperationException();
                        }));
        assertThat(noMessage).hasMessage("observe threw UnsupportedOperationException");

        AgentFault error =
            fault(
                () ->
                    calls.run(
                        "p2",
                        "start",
                        () -> {
                          throw new StackOverflowError("deep");
                        }));
        assertThat(error.kind).isEqualTo(FaultKind.EXCEPTION);
        assertThat(error).hasMessage("start threw StackOverflowError: deep");

        AgentFault reported =
            fault(
                () ->
                    calls.call(
                        "p3",
                        "act",
                        () -> {
                          throw new AgentFailure(FaultKind.TIMEOUT, "the child did not answer");
                        }));
        assertThat(reported.participant).isEqualTo("p3");
        assertThat(reported.kind).isEqualTo(FaultKind.TIMEOUT);
        assertThat(reported).hasMessage("act: the child did not answer");

        AgentFault inner = new AgentFault("med", FaultKind.INVALID_MOVE, "drafted nothing");
        assertThat(
                fault(
                    () ->
                        calls.call(
                            "p1",
                            "draft",
                            () -> {
                              throw inner;
                            })))
            .isSameAs(inner);

        assertThat(calls.call("p1", "act", () -> "answer")).isEqualTo("answer");
        assertThat(calls.call("p1", "act", (String a, String b) -> a + b, "x", "y"))
            .isEqualTo("xy");
      }
    }
  }

  @Test
  void withoutABudget_aSlowCallIsNeverCutOff() {
    try (AgentCalls calls = new AgentCalls(NONE)) {
      String answer =
          calls.call(
              "p1",
              "act",
              () -> {
                try {
                  Thread.sleep(60);
                } catch (InterruptedException e) {
                  return "interrupted";
                }
                return "slept";
              });
      assertThat(answer).isEqualTo("slept");
    }
  }

  @Test
  void anOverrunningCall_isATimeoutWhateverItReturns_andLeavesNoInterruptBehind() {
    try (AgentCalls calls = new AgentCalls(Duration.ofMillis(50))) {
      for (int attempt = 1; attempt <= 2; attempt++) {
        AgentFault timeout =
            fault(
                () ->
                    calls.call(
                        "p1",
                        "act",
                        () -> {
                          spinUntilInterrupted();
                          return "answered after the interrupt";
                        }));
        assertThat(timeout.participant).isEqualTo("p1");
        assertThat(timeout.kind).isEqualTo(FaultKind.TIMEOUT);
        assertThat(timeout).hasMessage("act did not return within its budget of 50 ms");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
      }
      // A call that throws once interrupted is a timeout too, not an exception.
      AgentFault thrown =
          fault(
              () ->
                  calls.run(
                      "p2",
                      "observe",
                      () -> {
                        spinUntilInterrupted();
                        throw new IllegalStateException("woken");
                      }));
      assertThat(thrown.kind).isEqualTo(FaultKind.TIMEOUT);
      assertThat(thrown).hasMessage("observe did not return within its budget of 50 ms");
      // A call within its budget after all that is answered, and not interrupted.
      assertThat(calls.call("p1", "act", () -> Thread.currentThread().isInterrupted())).isFalse();
    }
  }

  @Test
  void aCallThatAnswersTheInterruptWithinTheGrace_isNotAbandoned() throws Exception {
    AgentCalls calls = new AgentCalls(Duration.ofMillis(50));
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    AtomicBoolean abandonedEarly = new AtomicBoolean();
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
                                  spinUntilInterrupted();
                                  spin(Duration.ofMillis(100)); // well inside the grace
                                  return "late";
                                }))));
    run.start();
    while (run.isAlive()) {
      if (calls.abandon().isPresent()) {
        abandonedEarly.set(true);
      }
      Thread.sleep(5);
    }
    calls.close();

    assertThat(abandonedEarly).isFalse();
    assertThat(outcome.get())
        .isInstanceOf(AgentFault.class)
        .hasMessage("act did not return within its budget of 50 ms");
  }

  @Test
  void aCallThatIgnoresTheInterrupt_isAbandonedAfterTheGrace_andNothingIsCalledAgain()
      throws Exception {
    AgentCalls calls = new AgentCalls(Duration.ofMillis(50));
    CountDownLatch interrupted = new CountDownLatch(1);
    AtomicBoolean release = new AtomicBoolean();
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread run =
        new Thread(
            () ->
                outcome.set(
                    catchThrowable(
                        () ->
                            calls.call(
                                "p2",
                                "act",
                                () -> {
                                  spinUntilInterrupted();
                                  interrupted.countDown();
                                  while (!release.get()) {
                                    Thread.onSpinWait();
                                  }
                                  return "far too late";
                                }))));
    run.start();
    assertThat(interrupted.await(20, TimeUnit.SECONDS)).isTrue();
    long seenInterrupted = System.nanoTime();
    Optional<AgentFault> early = calls.abandon();
    if (System.nanoTime() - seenInterrupted < AgentCalls.GRACE.toNanos() / 2) {
      assertThat(early).as("abandoned before the grace passed").isEmpty();
    }
    Optional<AgentFault> abandoned = Optional.empty();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (abandoned.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
      abandoned = calls.abandon();
    }
    assertThat(abandoned).isPresent();
    assertThat(System.nanoTime() - seenInterrupted).isGreaterThan(AgentCalls.GRACE.toNanos() / 2);
    assertThat(abandoned.get().participant).isEqualTo("p2");
    assertThat(abandoned.get().kind).isEqualTo(FaultKind.TIMEOUT);
    assertThat(abandoned.get())
        .hasMessage(
            "act did not return within its budget of 50 ms and ignored the interrupt; abandoned"
                + " after a further 500 ms");
    // Abandoned once only.
    assertThat(calls.abandon()).isEmpty();
    // When the agent returns at last, its thread unwinds without touching the run.
    release.set(true);
    run.join(20_000);
    assertThat(outcome.get()).isInstanceOf(AgentCalls.Abandoned.class);
    // And no agent is called through these calls again.
    AtomicBoolean called = new AtomicBoolean();
    assertThat(catchThrowable(() -> calls.run("p1", "observe", () -> called.set(true))))
        .isInstanceOf(AgentCalls.Abandoned.class);
    assertThat(called).isFalse();
    calls.close();
  }

  @Test
  void theWatchdogIsOneDaemonThread() {
    try (AgentCalls calls = new AgentCalls(LONG)) {
      assertThat(calls.call("p1", "act", () -> "answer")).isEqualTo("answer");
    }
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(thread -> thread.getName().equals("parley-watchdog"))
        .hasSize(1)
        .allMatch(Thread::isDaemon);
  }

  @Test
  void theTimeBetweenCallsIsNoOverrun() {
    try (AgentCalls calls = new AgentCalls(Duration.ofMillis(50))) {
      assertThat(calls.call("p1", "act", () -> "first")).isEqualTo("first");
      // Four budgets pass between calls: nobody is interrupted for that.
      spin(Duration.ofMillis(200));
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
      AgentFault timeout =
          fault(
              () ->
                  calls.call(
                      "p1",
                      "act",
                      () -> {
                        spinUntilInterrupted();
                        return "late";
                      }));
      assertThat(timeout).hasMessage("act did not return within its budget of 50 ms");
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
  }
}
