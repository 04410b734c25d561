package io.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.NegotiationState;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The time budget without a thread hand-off per call: calls run inline on the run's thread, the
 * watchdog interrupts only an overrunning call, and a run gives up on an agent that ignores the
 * interrupt.
 */
class CallBudgetTest {
  private static final Negotiator POLITE =
      request ->
          request instanceof Request.Turn turn && turn.standingOffer().isPresent()
              ? new Action.Accept()
              : new Action.Offer(Outcome.of(1, 0));

  private static NegotiationSetup setup(Negotiator seller, Duration budget) {
    return NegotiationSetup.builder(TestScenarios.buyerSeller())
        .negotiator("buyer", POLITE)
        .negotiator("seller", seller)
        .deadlineRounds(5)
        .callBudget(budget)
        .build();
  }

  private static End.NoAgreement failure(NegotiationState state) {
    var end = (End.NoAgreement) state.end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.FAILURE);
    assertThat(end.party()).isEqualTo("seller");
    return end;
  }

  @Test
  void sleepingAgent_isInterruptedAtItsBudget_andTheRunEndsWithATimeout() {
    long started = System.nanoTime();
    NegotiationState state =
        Mechanisms.create(
                setup(
                    request -> {
                      try {
                        Thread.sleep(60_000);
                      } catch (InterruptedException e) {
                        throw new IllegalStateException("woken", e);
                      }
                      return Action.accept();
                    },
                    Duration.ofMillis(150)))
            .run();

    assertThat(failure(state).detail())
        .isEqualTo("seller failed (timeout): act did not return within its budget of 150 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void busyLoopIgnoringInterrupts_isAbandonedAfterTheGrace_andTheRunEnds() {
    AtomicReference<Thread> agentThread = new AtomicReference<>();
    List<Event> heard = new ArrayList<>();
    long started = System.nanoTime();
    Mechanism mechanism =
        Mechanisms.create(
            setup(
                request -> {
                  agentThread.set(Thread.currentThread());
                  long spins = 0;
                  while (spins >= 0) {
                    spins++; // never returns, never looks at its interrupt
                    Thread.onSpinWait();
                  }
                  return Action.accept();
                },
                Duration.ofMillis(100)));
    NegotiationState state = mechanism.run(heard::add);

    assertThat(failure(state).detail())
        .startsWith("seller failed (timeout): act did not return within its budget of 100 ms")
        .contains("ignored the interrupt; abandoned");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    // The listener heard every event, the fault and the end included, in order.
    assertThat(heard).isEqualTo(mechanism.events());
    assertThat(heard.get(heard.size() - 2).payload()).isInstanceOf(Payload.Faulted.class);
    // The loop ran on a run thread, not the caller's; the agent was interrupted.
    assertThat(agentThread.get()).isNotEqualTo(Thread.currentThread());
    assertThat(agentThread.get().isInterrupted()).isTrue();
  }

  @Test
  void agentWithinItsBudget_runsInlineOnOneThreadForTheWholeRun() {
    List<Thread> threads = new ArrayList<>();
    Negotiator recording =
        new Negotiator() {
          @Override
          public void start(NegotiatorContext context) {
            threads.add(Thread.currentThread());
          }

          @Override
          public void observe(Event event) {
            threads.add(Thread.currentThread());
          }

          @Override
          public Action act(Request request) {
            threads.add(Thread.currentThread());
            return new Action.Offer(Outcome.of(2, 0));
          }
        };
    NegotiationState state = Mechanisms.create(setup(recording, Duration.ofSeconds(5))).run();

    assertThat(state.end().orElseThrow()).isInstanceOf(End.Agreement.class);
    assertThat(threads).hasSizeGreaterThan(3);
    assertThat(threads.stream().distinct()).hasSize(1);
  }

  @Test
  void steppingDirectly_stillInterruptsAnOverrunningAgent() {
    Mechanism mechanism =
        Mechanisms.create(
            setup(
                request -> {
                  try {
                    Thread.sleep(60_000);
                    return Action.accept();
                  } catch (InterruptedException e) {
                    return Action.accept(); // answers the interrupt, but too late
                  }
                },
                Duration.ofMillis(100)));
    while (!mechanism.state().isEnded()) {
      mechanism.step();
    }

    assertThat(failure(mechanism.state()).detail())
        .isEqualTo("seller failed (timeout): act did not return within its budget of 100 ms");
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void slowStart_getsItsOwnBudget() {
    Negotiator slowStart =
        new Negotiator() {
          @Override
          public void start(NegotiatorContext context) {
            try {
              Thread.sleep(300);
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
          }

          @Override
          public Action act(Request request) {
            return Action.accept();
          }
        };
    var setup =
        NegotiationSetup.builder(TestScenarios.buyerSeller())
            .negotiator("buyer", POLITE)
            .negotiator("seller", slowStart)
            .deadlineRounds(5)
            .callBudget(Duration.ofMillis(100))
            .build();

    assertThat(setup.startBudget()).isEqualTo(NegotiationSetup.DEFAULT_START_BUDGET);
    assertThat(Mechanisms.create(setup).run().end().orElseThrow())
        .isInstanceOf(End.Agreement.class);
  }
}
