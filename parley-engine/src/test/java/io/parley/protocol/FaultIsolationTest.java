package io.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.FaultKind;
import io.parley.event.NegotiationState;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultIsolationTest {
  /** Offers (mid, slow) and accepts anything. */
  private static final Negotiator POLITE =
      request ->
          request instanceof Request.Turn turn && turn.standingOffer().isPresent()
                  || request instanceof Request.Review
              ? new Action.Accept()
              : new Action.Offer(Outcome.of(1, 0));

  private static NegotiationState runWith(Negotiator seller, Duration budget) {
    var setup =
        NegotiationSetup.builder(TestScenarios.buyerSeller())
            .negotiator("buyer", POLITE)
            .negotiator("seller", seller)
            .deadlineRounds(5)
            .callBudget(budget)
            .build();
    Mechanism mechanism = Mechanisms.create(setup);
    NegotiationState state = mechanism.run();
    assertThat(NegotiationState.of(mechanism.events())).isEqualTo(state);
    return state;
  }

  private static void assertFailure(NegotiationState state, FaultKind kind, String detailPart) {
    assertThat(state.end()).get().isInstanceOf(End.NoAgreement.class);
    var end = (End.NoAgreement) state.end().get();
    assertThat(end.reason()).isEqualTo(EndReason.FAILURE);
    assertThat(end.party()).isEqualTo("seller");
    assertThat(end.detail()).contains("seller failed (" + kind.key() + ")").contains(detailPart);
  }

  @Test
  void negotiatorThatThrows_endsWithFailureNamingIt() {
    NegotiationState state =
        runWith(
            request -> {
              throw new IllegalStateException("strategy bug");
            },
            Duration.ZERO);
    assertFailure(state, FaultKind.EXCEPTION, "IllegalStateException: strategy bug");
  }

  @Test
  void negotiatorThatThrowsUnderABudget_endsWithFailureNamingIt() {
    NegotiationState state =
        runWith(
            request -> {
              throw new ArithmeticException("divide by zero");
            },
            Duration.ofSeconds(2));
    assertFailure(state, FaultKind.EXCEPTION, "ArithmeticException: divide by zero");
  }

  @Test
  void negotiatorThatHangs_isCutOffAtItsBudget() {
    NegotiationState state =
        runWith(
            request -> {
              while (true) {
                Thread.onSpinWait();
              }
            },
            Duration.ofMillis(200));
    assertFailure(state, FaultKind.TIMEOUT, "did not return within its budget of 200 ms");
  }

  @Test
  void offerOfAValueOutsideTheSpace_isAnInvalidMove() {
    NegotiationState state = runWith(request -> new Action.Offer(Outcome.of(7, 0)), Duration.ZERO);
    assertFailure(state, FaultKind.INVALID_MOVE, "value index 7 out of range for issue 'price'");
  }

  @Test
  void amendmentInAlternatingOffers_isAnInvalidMove() {
    NegotiationState state =
        runWith(
            request -> new Action.Amend(List.of(new Amendment(0, 0, "cheaper"))), Duration.ZERO);
    assertFailure(state, FaultKind.INVALID_MOVE, "answered an alternating-offers turn with amend");
  }

  @Test
  void nullAction_isAnInvalidMove() {
    NegotiationState state = runWith(request -> null, Duration.ZERO);
    assertFailure(state, FaultKind.INVALID_MOVE, "no action (null)");
  }

  @Test
  void acceptingWithNothingOnTheTable_isAnInvalidMoveOutOfTurn() {
    var setup =
        NegotiationSetup.builder(TestScenarios.buyerSeller())
            .negotiator("buyer", request -> new Action.Accept())
            .negotiator("seller", POLITE)
            .deadlineRounds(3)
            .build();
    NegotiationState state = Mechanisms.create(setup).run();
    var end = (End.NoAgreement) state.end().orElseThrow();
    assertThat(end.party()).isEqualTo("buyer");
    assertThat(end.detail()).contains("accepted when no offer was on the table");
  }

  @Test
  void observerThatThrows_isIsolatedToo() {
    Negotiator noisy =
        new Negotiator() {
          @Override
          public void observe(Event event) {
            if (event.payload() instanceof Payload.Offered) {
              throw new UnsupportedOperationException("cannot parse offers");
            }
          }

          @Override
          public Action act(Request request) {
            return new Action.Offer(Outcome.of(2, 0));
          }
        };
    NegotiationState state = runWith(noisy, Duration.ZERO);
    assertFailure(state, FaultKind.EXCEPTION, "observe threw UnsupportedOperationException");
  }

  @Test
  void faultRecordsAFaultEventBeforeTheEnd_andEveryoneIsTold() {
    var setup =
        NegotiationSetup.builder(TestScenarios.buyerSeller())
            .negotiator("buyer", POLITE)
            .negotiator(
                "seller",
                request -> {
                  throw new IllegalStateException("x");
                })
            .deadlineRounds(3)
            .build();
    Mechanism mechanism = Mechanisms.create(setup);
    mechanism.run();
    List<Event> events = mechanism.events();
    Event fault = events.get(events.size() - 2);
    assertThat(fault.payload()).isInstanceOf(Payload.Faulted.class);
    assertThat(fault.recipients()).containsExactly("buyer", "seller", "broker");
    assertThat(events.get(events.size() - 1).payload()).isInstanceOf(Payload.Ended.class);
    assertThat(mechanism.step()).isEmpty();
  }

  @Test
  void politeNegotiators_agree() {
    NegotiationState state = runWith(POLITE, Duration.ZERO);
    assertThat(state.end()).contains(new End.Agreement(Outcome.of(1, 0)));
  }
}
