package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.OFFERS;
import static io.parley.protocol.ProtocolFixtures.budgetedBuyerSeller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A run with a call budget loops on a thread of its own while the caller waits: what the listener
 * throws reaches the caller as it would without a budget, a caller interrupted while waiting stops
 * the run and keeps its interrupt, and an agent the run abandoned hears nothing more.
 */
class BudgetedRunRulesTest {

  @Test
  void aListenersExceptionReachesTheCaller() {
    IllegalStateException thrown = new IllegalStateException("listener failed");
    assertThatThrownBy(
            () ->
                budgetedBuyerSeller(OFFERS)
                    .run(
                        event -> {
                          throw thrown;
                        }))
        .isSameAs(thrown);
  }

  @Test
  void aListenersErrorReachesTheCaller() {
    AssertionError thrown = new AssertionError("listener broke");
    assertThatThrownBy(
            () ->
                budgetedBuyerSeller(OFFERS)
                    .run(
                        event -> {
                          throw thrown;
                        }))
        .isSameAs(thrown);
  }

  @Test
  void aCallerInterruptedWhileWaiting_stopsTheRunAndKeepsItsInterrupt() throws Exception {
    CountDownLatch asked = new CountDownLatch(1);
    AtomicBoolean agentInterrupted = new AtomicBoolean();
    Negotiator waiting =
        request -> {
          asked.countDown();
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            agentInterrupted.set(true);
          }
          return Action.accept();
        };
    Mechanism mechanism = budgetedBuyerSeller(waiting);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean callerKeptItsInterrupt = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              try {
                mechanism.run();
              } catch (RuntimeException e) {
                failure.set(e);
                callerKeptItsInterrupt.set(Thread.currentThread().isInterrupted());
              }
            });
    caller.start();
    assertThat(asked.await(20, TimeUnit.SECONDS)).isTrue();
    caller.interrupt();
    caller.join(20_000);

    assertThat(caller.isAlive()).isFalse();
    assertThat(failure.get())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("interrupted while waiting for the run to end")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(callerKeptItsInterrupt).isTrue();
    // The run's own thread was interrupted too: the agent stopped waiting.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!agentInterrupted.get() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(agentInterrupted).isTrue();
  }

  @Test
  void anAbandonedAgentHearsNothingMore() {
    List<Event> heardBySeller = new CopyOnWriteArrayList<>();
    Negotiator spinning =
        new Negotiator() {
          @Override
          public void observe(Event event) {
            heardBySeller.add(event);
          }

          @Override
          public Action act(Request request) {
            long spins = 0;
            while (spins >= 0) {
              spins++; // never returns, never looks at its interrupt
              Thread.onSpinWait();
            }
            return Action.accept();
          }
        };
    Mechanism mechanism =
        Mechanisms.create(
            NegotiationSetup.builder(TestScenarios.buyerSeller())
                .negotiator("buyer", OFFERS)
                .negotiator("seller", spinning)
                .deadlineRounds(5)
                .callBudget(Duration.ofMillis(100))
                .build());
    mechanism.run();

    assertThat(mechanism.events())
        .extracting(Event::payload)
        .last()
        .isInstanceOf(Payload.Ended.class);
    // The seller heard the session open and the buyer's offer, then nothing: not its own fault.
    assertThat(heardBySeller).extracting(Event::type).containsExactly("session-opened", "offer");
  }

  /**
   * Runs a two-round negotiation with the budgets given and returns the thread the seller acted on.
   */
  private static Thread sellerThread(Duration callBudget, Duration startBudget) {
    AtomicReference<Thread> thread = new AtomicReference<>();
    Negotiator recording =
        request -> {
          thread.set(Thread.currentThread());
          return new Action.Offer(Outcome.of(2, 0));
        };
    Mechanisms.create(
            NegotiationSetup.builder(TestScenarios.buyerSeller())
                .negotiator("buyer", OFFERS)
                .negotiator("seller", recording)
                .deadlineRounds(2)
                .callBudget(callBudget)
                .startBudget(startBudget)
                .build())
        .run();
    return thread.get();
  }

  @Test
  void withoutAnyBudget_theRunLoopsOnTheCallersThread() {
    assertThat(sellerThread(Duration.ZERO, Duration.ZERO)).isSameAs(Thread.currentThread());
  }

  @Test
  void withACallOrAStartBudget_theRunLoopsOnADaemonRunThread() {
    for (Duration[] budgets :
        new Duration[][] {
          {Duration.ofSeconds(30), Duration.ZERO}, {Duration.ZERO, Duration.ofSeconds(30)}
        }) {
      Thread thread = sellerThread(budgets[0], budgets[1]);
      assertThat(thread).isNotSameAs(Thread.currentThread());
      assertThat(thread.getName()).isEqualTo("parley-run");
      assertThat(thread.isDaemon()).isTrue();
    }
  }
}
