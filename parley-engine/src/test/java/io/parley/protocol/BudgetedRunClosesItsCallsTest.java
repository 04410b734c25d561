package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.OFFERS;
import static io.parley.protocol.ProtocolFixtures.budgetedBuyerSeller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.parley.event.Event;
import io.parley.negotiator.Action;
import io.parley.negotiator.Negotiator;
import io.parley.outcome.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A budgeted run's agent calls are watched while it runs and no longer once it is over, however it
 * ends: at the end of the negotiation, when the listener throws an exception or an error, or when
 * its caller is interrupted (the run then stops, and its listener hears nothing more).
 */
class BudgetedRunClosesItsCallsTest {

  @Test
  void aRunThatEnds_isWatchedWhileItRuns_andNotAfter() {
    MechanismBase mechanism = budgetedBuyerSeller(OFFERS);
    List<Boolean> watchedWhileRunning = new CopyOnWriteArrayList<>();
    mechanism.run(event -> watchedWhileRunning.add(mechanism.callsWatched()));
    assertThat(mechanism.state().isEnded()).isTrue();
    assertThat(watchedWhileRunning).contains(true);
    assertThat(mechanism.callsWatched()).isFalse();
  }

  @Test
  void aRunWhoseListenerThrows_leavesNothingWatched() {
    IllegalStateException thrown = new IllegalStateException("listener failed");
    MechanismBase mechanism = budgetedBuyerSeller(OFFERS);
    Consumer<Event> failing =
        event -> {
          if (event.type().equals("offer")) {
            throw thrown;
          }
        };
    assertThat(catchThrowable(() -> mechanism.run(failing))).isSameAs(thrown);
    assertThat(mechanism.state().isEnded()).isFalse();
    assertThat(mechanism.callsWatched()).isFalse();
  }

  @Test
  void aRunWhoseListenerBreaks_leavesNothingWatched() {
    AssertionError thrown = new AssertionError("listener broke");
    MechanismBase mechanism = budgetedBuyerSeller(OFFERS);
    Consumer<Event> failing =
        event -> {
          if (event.type().equals("offer")) {
            throw thrown;
          }
        };
    assertThat(catchThrowable(() -> mechanism.run(failing))).isSameAs(thrown);
    assertThat(mechanism.state().isEnded()).isFalse();
    assertThat(mechanism.callsWatched()).isFalse();
  }

  @Test
  void aRunWhoseCallerIsInterrupted_stops_andLeavesNothingWatched() throws Exception {
    CountDownLatch asked = new CountDownLatch(1);
    AtomicInteger acts = new AtomicInteger();
    Negotiator waiting =
        request -> {
          acts.incrementAndGet();
          asked.countDown();
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            // answer at once when interrupted, with an offer that does not end the run
          }
          return new Action.Offer(Outcome.of(2, 0));
        };
    MechanismBase mechanism = budgetedBuyerSeller(waiting);
    List<Event> heard = new CopyOnWriteArrayList<>();
    AtomicBoolean callerFailed = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              try {
                mechanism.run(heard::add);
              } catch (IllegalStateException e) {
                callerFailed.set(true);
              }
            });
    caller.start();
    assertThat(asked.await(20, TimeUnit.SECONDS)).isTrue();
    int heardBeforeTheInterrupt = heard.size();
    caller.interrupt();
    caller.join(20_000);
    assertThat(callerFailed).isTrue();

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (mechanism.callsWatched() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    // Well before the seller's next call would overrun its 30 s budget and end the run with a
    // fault, the stopped run has closed its calls: it did not go on to that call.
    assertThat(mechanism.callsWatched()).isFalse();
    assertThat(mechanism.state().isEnded()).isFalse();
    assertThat(acts).as("the seller was not asked again").hasValue(1);
    // The listener heard nothing after its caller was interrupted.
    assertThat(heard).hasSize(heardBeforeTheInterrupt);
  }

  @Test
  void aRunSteppedByHandToItsEnd_leavesNothingWatched() {
    MechanismBase mechanism = budgetedBuyerSeller(OFFERS);
    mechanism.step();
    assertThat(mechanism.callsWatched()).isTrue();
    while (!mechanism.state().isEnded()) {
      mechanism.step();
    }
    assertThat(mechanism.callsWatched()).isFalse();
  }

  @Test
  void aRunThatAbandonsAnAgent_leavesNothingWatched() throws Exception {
    AtomicBoolean release = new AtomicBoolean();
    AtomicBoolean hanging = new AtomicBoolean();
    Negotiator deaf =
        request -> {
          hanging.set(true);
          while (!release.get()) {
            Thread.onSpinWait(); // ignores the interrupt until the test ends
          }
          return Action.accept();
        };
    MechanismBase mechanism =
        (MechanismBase)
            Mechanisms.create(
                NegotiationSetup.builder(TestScenarios.buyerSeller())
                    .negotiator("buyer", OFFERS)
                    .negotiator("seller", deaf)
                    .deadlineRounds(5)
                    .callBudget(Duration.ofMillis(100))
                    .build());
    try {
      mechanism.run();
      assertThat(hanging).isTrue();
      assertThat(mechanism.state().isEnded()).isTrue();
      // The fault and the end went to the buyer through fresh calls: those are closed too.
      assertThat(mechanism.callsWatched()).isFalse();
    } finally {
      release.set(true);
    }
  }
}
