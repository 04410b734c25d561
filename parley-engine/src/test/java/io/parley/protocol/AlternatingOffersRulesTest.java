package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.ids;
import static io.parley.protocol.ProtocolFixtures.parties;
import static io.parley.protocol.ProtocolFixtures.payloads;
import static io.parley.protocol.ProtocolFixtures.trace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.FaultKind;
import io.parley.event.NegotiationState;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.protocol.ProtocolFixtures.Scripted;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import io.parley.session.Timeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of stacked multilateral alternating offers with three and four parties, each pinned
 * with scripted moves: who is asked when, when acceptances reset, when an offer is agreed, and how
 * absent parties are skipped.
 */
class AlternatingOffersRulesTest {
  private static final Outcome X = Outcome.of(0, 0);
  private static final Outcome Y = Outcome.of(1, 1);
  private static final Outcome Z = Outcome.of(2, 0);

  private static Mechanism run(int n, Timeline timeline, Scripted... agents) {
    var builder = NegotiationSetup.builder(parties(n)).timeline(timeline);
    for (int i = 0; i < n; i++) {
      builder.negotiator(ids(n).get(i), agents[i]);
    }
    Mechanism mechanism = Mechanisms.create(builder.build());
    mechanism.run();
    return mechanism;
  }

  private static Outcome agreed(Mechanism mechanism) {
    return ((End.Agreement) mechanism.state().end().orElseThrow()).outcome();
  }

  @Test
  void threeParties_aNewOfferResetsTheAcceptancesOfTheOldOne() {
    // p2 accepts X; p3 then offers Y. p1 accepting Y must not complete it: p2 accepted X, not Y.
    var p1 = new Scripted().then(Action.offer(X)).then(Action.accept());
    var p2 = new Scripted().then(Action.accept()).then(Action.accept());
    var p3 = new Scripted().then(Action.offer(Y));
    Mechanism mechanism = run(3, Timeline.single(5), p1, p2, p3);

    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 p1 offer",
            "1 p2 accept",
            "1 p3 offer",
            "2 p1 accept",
            "2 p2 accept",
            "2 mechanism end");
    assertThat(agreed(mechanism)).isEqualTo(Y);
    assertThat(payloads(mechanism, Payload.Accepted.class))
        .extracting(Payload.Accepted::outcome)
        .containsExactly(X, Y, Y);
  }

  @Test
  void threeParties_theOffererCountsAsAcceptingItsOwnOffer() {
    // p1 offers; p2 and p3 accept: agreed at p3's turn without p1 being asked again.
    var p1 = new Scripted().then(Action.offer(Z));
    var p2 = new Scripted().then(Action.accept());
    var p3 = new Scripted().then(Action.accept());
    Mechanism mechanism = run(3, Timeline.single(5), p1, p2, p3);

    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 p1 offer",
            "1 p2 accept",
            "1 p3 accept",
            "1 mechanism end");
    assertThat(agreed(mechanism)).isEqualTo(Z);
    assertThat(p1.requests).hasSize(1);
  }

  @Test
  void fourParties_agreementOnlyWhenEveryOtherPartyAcceptedThisOffer() {
    // Round 1: p1 offers X, p2 and p3 accept, p4 counters with Y. Round 2: p1, p2 accept Y;
    // p3 counters with Z. Round 3: p4 must not find Z agreed before p1, p2 and p4 accept it.
    var p1 = new Scripted().then(Action.offer(X)).then(Action.accept()).then(Action.accept());
    var p2 = new Scripted().then(Action.accept()).then(Action.accept()).then(Action.accept());
    var p3 = new Scripted().then(Action.accept()).then(Action.offer(Z));
    var p4 = new Scripted().then(Action.offer(Y)).then(Action.accept()).then(Action.accept());
    Mechanism mechanism = run(4, Timeline.single(10), p1, p2, p3, p4);

    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 p1 offer",
            "1 p2 accept",
            "1 p3 accept",
            "1 p4 offer",
            "2 p1 accept",
            "2 p2 accept",
            "2 p3 offer",
            "2 p4 accept",
            "3 p1 accept",
            "3 p2 accept",
            "3 mechanism end");
    assertThat(agreed(mechanism)).isEqualTo(Z);
    // Each turn shows the offer on the table and who made it.
    assertThat(p4.requests)
        .extracting(r -> ((Request.Turn) r).offeredBy())
        .containsExactly("p1", "p3");
    assertThat(p1.requests)
        .extracting(r -> ((Request.Turn) r).standingOffer().orElse(null))
        .containsExactly(null, Y, Z);
    assertThat(p3.requests).hasSize(2);
  }

  @Test
  void fourParties_reOfferingTheSameOutcomeStillResetsTheAcceptances() {
    // Round 1: p1 offers X, p2 and p3 accept, p4 offers X again (a new offer). Round 2: p1 and p2
    // accept, p3 counters: p2's and p3's round-1 acceptances must not count for p4's offer.
    var p1 = new Scripted().then(Action.offer(X)).then(Action.accept());
    var p2 = new Scripted().thenTimes(2, Action.accept());
    var p3 = new Scripted().then(Action.accept()).then(Action.offer(Y));
    var p4 = new Scripted().thenTimes(2, Action.offer(X));
    Mechanism mechanism = run(4, Timeline.single(2), p1, p2, p3, p4);

    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 p1 offer",
            "1 p2 accept",
            "1 p3 accept",
            "1 p4 offer",
            "2 p1 accept",
            "2 p2 accept",
            "2 p3 offer",
            "2 p4 offer",
            "2 mechanism end");
    var end = (End.NoAgreement) mechanism.state().end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.DEADLINE);
    assertThat(end.party()).isEmpty();
    assertThat(end.detail()).isEqualTo("the deadline of 2 rounds passed without agreement");
    assertThat(mechanism.state().round()).isEqualTo(2);
    assertThat(mechanism.state().standingOffer()).contains(X);
  }

  @Test
  void absentParties_areSkippedAndStillHaveToAccept() {
    // Session 1 (2 rounds): p3 stays away. p1's offer is accepted by p2 and p4, yet it is not
    // agreed until p3, back in session 2, accepts it too.
    var timeline =
        new Timeline(
            List.of(
                new Session("first", "Rome", "Monday", 2, SessionMode.PLENARY, "", List.of("p3")),
                new Session("second", "Oslo", "Friday", 2, SessionMode.PLENARY, "", List.of())));
    var p1 = new Scripted().then(Action.offer(X)).thenTimes(2, Action.accept());
    var p2 = new Scripted().thenTimes(3, Action.accept());
    var p3 = new Scripted().then(Action.accept());
    var p4 = new Scripted().thenTimes(3, Action.accept());
    Mechanism mechanism = run(4, timeline, p1, p2, p3, p4);

    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 p1 offer",
            "1 p2 accept",
            "1 p4 accept",
            "2 p1 accept",
            "2 p2 accept",
            "2 p4 accept",
            "2 mechanism session-adjourned",
            "3 mechanism session-opened",
            "3 p1 accept",
            "3 p2 accept",
            "3 p3 accept",
            "3 mechanism end");
    assertThat(agreed(mechanism)).isEqualTo(X);
    assertThat(p3.requests).extracting(Request::round).containsExactly(3);
    // The absent party was not at the table, but offers and acceptances are public.
    assertThat(p3.seen).extracting(e -> e.type()).contains("offer", "accept");
  }

  @Test
  void absentFirstParty_theRoundStartsWithTheNextOneAttending() {
    var timeline =
        new Timeline(
            List.of(new Session("only", "", "", 3, SessionMode.PLENARY, "", List.of("p1", "p3"))));
    var p1 = new Scripted();
    var p2 = new Scripted().then(Action.offer(Y)).thenTimes(2, Action.offer(Y));
    var p3 = new Scripted();
    Mechanism mechanism = run(3, timeline, p1, p2, p3);

    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 p2 offer",
            "2 p2 offer",
            "3 p2 offer",
            "3 mechanism end");
    assertThat(p1.requests).isEmpty();
    assertThat(p3.requests).isEmpty();
    assertProgress(p2, 2.0 / 9, 5.0 / 9, 8.0 / 9);
  }

  @Test
  void everyPartyAbsentFromASession_theSessionPassesWithoutAMove() {
    var timeline =
        new Timeline(
            List.of(
                new Session("empty", "", "", 2, SessionMode.PLENARY, "", List.of("p1", "p2", "p3")),
                new Session("full", "Paris", "Sunday", 1, SessionMode.PLENARY, "", List.of())));
    var p1 = new Scripted().then(Action.offer(X));
    var p2 = new Scripted().then(Action.accept());
    var p3 = new Scripted().then(Action.accept());
    Mechanism mechanism = run(3, timeline, p1, p2, p3);

    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "2 mechanism session-adjourned",
            "3 mechanism session-opened",
            "3 p1 offer",
            "3 p2 accept",
            "3 p3 accept",
            "3 mechanism end");
    assertThat(p1.requests.get(0).round()).isEqualTo(3);
  }

  @Test
  void progress_isTheRoundFractionOfEachTurn() {
    var p1 = new Scripted().thenTimes(4, Action.offer(X));
    var p2 = new Scripted().thenTimes(4, Action.offer(Y));
    var p3 = new Scripted().thenTimes(4, Action.offer(Z));
    Mechanism mechanism = run(3, Timeline.single(4), p1, p2, p3);

    // Round r, turn i of n: (r - 1 + (i + 1) / n) / rounds.
    assertProgress(p1, 1.0 / 12, 4.0 / 12, 7.0 / 12, 10.0 / 12);
    assertProgress(p2, 2.0 / 12, 5.0 / 12, 8.0 / 12, 11.0 / 12);
    assertProgress(p3, 0.25, 0.5, 0.75, 1.0);
    assertThat(mechanism.time()).isEqualTo(1.0);
    assertThat(p1.requests).extracting(Request::round).containsExactly(1, 2, 3, 4);
  }

  static void assertProgress(Scripted agent, double... expected) {
    assertThat(agent.requests).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(agent.requests.get(i).progress())
          .as("request %d", i)
          .isCloseTo(expected[i], within(1e-12));
    }
  }

  @Test
  void acceptingWithNothingOnTheTable_faultsTheParty() {
    var p1 = new Scripted().then(Action.accept());
    Mechanism mechanism = run(3, Timeline.single(3), p1, new Scripted(), new Scripted());

    NegotiationState state = mechanism.state();
    var end = (End.NoAgreement) state.end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.FAILURE);
    assertThat(end.party()).isEqualTo("p1");
    assertThat(end.detail())
        .isEqualTo("p1 failed (invalid-move): accepted when no offer was on the table");
    assertThat(payloads(mechanism, Payload.Faulted.class))
        .containsExactly(
            new Payload.Faulted(
                "p1", FaultKind.INVALID_MOVE, "accepted when no offer was on the table"));
  }

  @Test
  void aTextReviewMoveInAlternatingOffers_faultsTheParty() {
    var p1 = new Scripted().then(new Action.Reject("no"));
    Mechanism mechanism = run(3, Timeline.single(3), p1, new Scripted(), new Scripted());

    var end = (End.NoAgreement) mechanism.state().end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.FAILURE);
    assertThat(end.detail())
        .isEqualTo(
            "p1 failed (invalid-move): answered an alternating-offers turn with reject; expected"
                + " accept, offer or walk-away");
  }

  @Test
  void walkingAway_endsTheRunNamingTheParty() {
    var p1 = new Scripted().then(Action.offer(X));
    var p2 = new Scripted().then(new Action.WalkAway("too far apart"));
    Mechanism mechanism = run(3, Timeline.single(3), p1, p2, new Scripted());

    var end = (End.NoAgreement) mechanism.state().end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.WALK_AWAY);
    assertThat(end.party()).isEqualTo("p2");
    assertThat(end.detail()).isEqualTo("p2 walked away: too far apart");
    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened", "1 p1 offer", "1 p2 walk-away", "1 mechanism end");
  }
}
