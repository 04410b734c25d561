package io.parley.protocol;

import static io.parley.protocol.AlternatingOffersRulesTest.assertProgress;
import static io.parley.protocol.ProtocolFixtures.MEDIATOR;
import static io.parley.protocol.ProtocolFixtures.ids;
import static io.parley.protocol.ProtocolFixtures.parties;
import static io.parley.protocol.ProtocolFixtures.payloads;
import static io.parley.protocol.ProtocolFixtures.trace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.FaultKind;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.protocol.ProtocolFixtures.Scripted;
import io.parley.protocol.ProtocolFixtures.ScriptedMediator;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import io.parley.session.Timeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of the single negotiating text (plenary and shuttle), pinned with scripted parties and
 * a scripted mediator: a text is agreed only when every party has accepted the same version.
 */
class SingleTextRulesTest {
  private static final Outcome X = Outcome.of(0, 0);
  private static final Outcome Y = Outcome.of(1, 1);

  private static Mechanism run(
      ProtocolKind protocol,
      Timeline timeline,
      io.parley.negotiator.Mediator mediator,
      Scripted... agents) {
    var builder =
        NegotiationSetup.builder(parties(agents.length))
            .protocol(protocol)
            .timeline(timeline)
            .mediator(MEDIATOR, mediator);
    for (int i = 0; i < agents.length; i++) {
      builder.negotiator(ids(agents.length).get(i), agents[i]);
    }
    Mechanism mechanism = Mechanisms.create(builder.build());
    mechanism.run();
    return mechanism;
  }

  private static Mechanism run(
      Timeline timeline, io.parley.negotiator.Mediator mediator, Scripted... agents) {
    return run(ProtocolKind.SINGLE_TEXT, timeline, mediator, agents);
  }

  private static End.NoAgreement noAgreement(Mechanism mechanism) {
    return (End.NoAgreement) mechanism.state().end().orElseThrow();
  }

  @Test
  void agreedOnlyWhenEveryPartyAcceptedTheSameVersion() {
    // Round 1: text X (v1), p2 rejects. Round 2: text Y (v2), p1 rejects though it accepted v1.
    // Round 3: Y again, a new version (v3): p2's and p3's acceptances of v2 do not count, so every
    // party answers it and p3's acceptance completes it.
    var mediator = new ScriptedMediator(X, Y, Y);
    var p1 =
        new Scripted().then(Action.accept()).then(new Action.Reject("worse")).then(Action.accept());
    var p2 = new Scripted().then(new Action.Reject("no")).thenTimes(2, Action.accept());
    var p3 = new Scripted().thenTimes(3, Action.accept());
    Mechanism mechanism = run(Timeline.single(5), mediator, p1, p2, p3);

    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 med text",
            "1 p1 accept",
            "1 p2 reject",
            "1 p3 accept",
            "2 med text",
            "2 p1 reject",
            "2 p2 accept",
            "2 p3 accept",
            "3 med text",
            "3 p1 accept",
            "3 p2 accept",
            "3 p3 accept",
            "3 mechanism end");
    assertThat(((End.Agreement) mechanism.state().end().orElseThrow()).outcome()).isEqualTo(Y);
    assertThat(payloads(mechanism, Payload.TextDrafted.class))
        .extracting(Payload.TextDrafted::version)
        .containsExactly(1, 2, 3);
    assertThat(p1.requests)
        .extracting(r -> ((Request.Review) r).version())
        .containsExactly(1, 2, 3);
    assertThat(p3.requests)
        .extracting(r -> ((Request.Review) r).version())
        .containsExactly(1, 2, 3);
    assertThat(mechanism.state().textVersion()).isEqualTo(3);
  }

  @Test
  void aRejectionOfTheSameTextInALaterRound_leavesItUnagreed() {
    // The mediator keeps X in round 2, a new version: p1 accepts version 1, then rejects version 2
    // (the same text); p2's acceptance in round 2 must not complete an agreement.
    var mediator = new ScriptedMediator(X, X);
    var p1 = new Scripted().then(Action.accept()).then(new Action.Reject("changed my mind"));
    var p2 = new Scripted().then(new Action.Reject("no")).then(Action.accept());
    Mechanism mechanism = run(Timeline.single(2), mediator, p1, p2);

    assertThat(p1.requests).extracting(r -> ((Request.Review) r).version()).containsExactly(1, 2);
    End.NoAgreement end = noAgreement(mechanism);
    assertThat(end.reason()).isEqualTo(EndReason.DEADLINE);
    assertThat(end.detail())
        .isEqualTo(
            "the deadline of 2 rounds passed without a text every party accepts; the last"
                + " responses to the text (version 2): p1 rejected it (changed my mind); p2"
                + " accepted");
    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 med text",
            "1 p1 accept",
            "1 p2 reject",
            "2 med text",
            "2 p1 reject",
            "2 p2 accept",
            "2 mechanism end");
  }

  @Test
  void anAmendmentOfTheSameTextInALaterRound_leavesItUnagreed() {
    var mediator = new ScriptedMediator(X, X);
    var amend = new Action.Amend(List.of(new Amendment(0, 2, "more a")));
    var p1 = new Scripted().then(Action.accept()).then(amend);
    var p2 = new Scripted().then(new Action.Reject("no")).then(Action.accept());
    Mechanism mechanism = run(Timeline.single(2), mediator, p1, p2);

    assertThat(noAgreement(mechanism).detail())
        .endsWith("(version 2): p1 asked for a -> a2 (more a); p2 accepted");
  }

  @Test
  void acceptingTheSameTextAgainAfterARejection_agreesWhenEveryPartyAcceptsTheRound() {
    var mediator = new ScriptedMediator(X);
    var p1 = new Scripted().then(Action.accept()).then(new Action.Reject("")).then(Action.accept());
    var p2 = new Scripted().then(new Action.Reject("")).thenTimes(2, Action.accept());
    Mechanism mechanism = run(Timeline.single(3), mediator, p1, p2);

    // Round 2 ends with p1 rejecting and p2 accepting X; in round 3 both accept it again.
    assertThat(trace(mechanism))
        .endsWith("3 med text", "3 p1 accept", "3 p2 accept", "3 mechanism end");
    assertThat(((End.Agreement) mechanism.state().end().orElseThrow()).outcome()).isEqualTo(X);
  }

  @Test
  void oneAcceptanceOfManyIsNoAgreement() {
    var mediator = new ScriptedMediator(X);
    var p1 = new Scripted().then(Action.accept());
    var p2 = new Scripted().then(new Action.Reject("no"));
    var p3 = new Scripted().then(new Action.Reject(""));
    Mechanism mechanism = run(Timeline.single(1), mediator, p1, p2, p3);

    End.NoAgreement end = noAgreement(mechanism);
    assertThat(end.reason()).isEqualTo(EndReason.DEADLINE);
    assertThat(end.detail())
        .isEqualTo(
            "the deadline of 1 rounds passed without a text every party accepts; the last"
                + " responses to the text (version 1): p1 accepted; p2 rejected it (no); p3"
                + " rejected it");
    assertThat(mechanism.time()).isEqualTo(1.0);
  }

  @Test
  void theMediatorHearsEachPartysLatestResponse() {
    var mediator = new ScriptedMediator(X, Y);
    var amend = new Action.Amend(List.of(new Amendment(0, 2, "more a")));
    var p1 = new Scripted().then(Action.accept()).then(Action.accept());
    var p2 = new Scripted().then(amend).then(new Action.Reject("still no"));
    Mechanism mechanism = run(Timeline.single(2), mediator, p1, p2);

    List<DraftRequest> drafts = mediator.requests;
    assertThat(drafts).hasSize(2);
    assertThat(drafts.get(0).current()).isEmpty();
    assertThat(drafts.get(0).responses()).isEmpty();
    assertThat(drafts.get(1).current()).contains(X);
    assertThat(drafts.get(1).responses()).containsEntry("p1", new Action.Accept());
    assertThat(drafts.get(1).responses()).containsEntry("p2", amend);
    assertThat(drafts).extracting(DraftRequest::round).containsExactly(1, 2);
    assertThat(payloads(mechanism, Payload.Amended.class))
        .containsExactly(new Payload.Amended(1, amend.amendments()));
    assertThat(noAgreement(mechanism).detail())
        .endsWith("(version 2): p1 accepted; p2 rejected it (still no)");
  }

  @Test
  void deadlineDetail_namesEarlierAcceptancesAmendmentsAndSilence() {
    // A shuttle round: the broker revises the text before each visit, so p1's acceptance is of
    // version 1 while the text ends at version 2; p3 stays away and never responds.
    var timeline =
        new Timeline(
            List.of(new Session("s", "Geneva", "", 1, SessionMode.SHUTTLE, "", List.of("p3"))));
    var mediator = new ScriptedMediator(X, Y);
    var p1 = new Scripted().then(Action.accept());
    var p2 =
        new Scripted()
            .then(new Action.Amend(List.of(new Amendment(0, 2, "more"), new Amendment(1, 0, ""))));
    var p3 = new Scripted();
    Mechanism mechanism = run(timeline, mediator, p1, p2, p3);

    assertThat(noAgreement(mechanism).detail())
        .isEqualTo(
            "the deadline of 1 rounds passed without a text every party accepts; the last"
                + " responses to the text (version 2): p1 accepted an earlier version; p2 asked"
                + " for a -> a2 (more), b -> b0; p3 never responded");
    assertThat(p3.requests).isEmpty();
  }

  @Test
  void anAbsentPartyMustStillAcceptTheText() {
    var timeline =
        new Timeline(
            List.of(
                new Session("first", "Rome", "Mon", 1, SessionMode.PLENARY, "", List.of("p3")),
                new Session("second", "Oslo", "Tue", 2, SessionMode.PLENARY, "", List.of())));
    var mediator = new ScriptedMediator(X);
    var p1 = new Scripted().thenTimes(2, Action.accept());
    var p2 = new Scripted().thenTimes(2, Action.accept());
    var p3 = new Scripted().then(Action.accept());
    Mechanism mechanism = run(timeline, mediator, p1, p2, p3);

    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 med text",
            "1 p1 accept",
            "1 p2 accept",
            "1 mechanism session-adjourned",
            "2 mechanism session-opened",
            "2 med text",
            "2 p1 accept",
            "2 p2 accept",
            "2 p3 accept",
            "2 mechanism end");
    // The absent party sees neither the text nor the answers of the session it missed.
    assertThat(p3.seen)
        .extracting(e -> e.round() + " " + e.type())
        .containsExactly(
            "1 session-opened",
            "1 session-adjourned",
            "2 session-opened",
            "2 text",
            "2 accept",
            "2 end");
  }

  @Test
  void responsesGoToTheMediatorsAndTheRespondentOnly() {
    var mediator = new ScriptedMediator(X);
    var p1 = new Scripted().then(new Action.Reject("r"));
    var p2 = new Scripted().then(new Action.Reject("s"));
    Mechanism mechanism = run(Timeline.single(1), mediator, p1, p2);

    var rejections = mechanism.events().stream().filter(e -> e.type().equals("reject")).toList();
    assertThat(rejections)
        .extracting(e -> e.recipients())
        .containsExactly(List.of(MEDIATOR, "p1"), List.of(MEDIATOR, "p2"));
    assertThat(p1.seen).noneMatch(e -> e.sender().equals("p2"));
    assertThat(p2.seen).noneMatch(e -> e.sender().equals("p1"));
  }

  @Test
  void progress_ofDraftsAndReviewsIsTheRoundFraction() {
    var mediator = new ScriptedMediator(X);
    var p1 = new Scripted().thenTimes(4, new Action.Reject(""));
    var p2 = new Scripted().thenTimes(4, new Action.Reject(""));
    var p3 = new Scripted().thenTimes(4, new Action.Reject(""));
    Mechanism mechanism = run(Timeline.single(4), mediator, p1, p2, p3);

    // Round r, reviewer i of n: (r - 1 + (i + 1) / n) / rounds; a draft counts as the first.
    assertProgress(p1, 1.0 / 12, 4.0 / 12, 7.0 / 12, 10.0 / 12);
    assertProgress(p2, 2.0 / 12, 5.0 / 12, 8.0 / 12, 11.0 / 12);
    assertProgress(p3, 3.0 / 12, 6.0 / 12, 9.0 / 12, 1.0);
    double[] expected = {1.0 / 12, 4.0 / 12, 7.0 / 12, 10.0 / 12};
    assertThat(mediator.requests).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(mediator.requests.get(i).progress()).isCloseTo(expected[i], within(1e-12));
    }
    assertThat(mechanism.time()).isEqualTo(1.0);
  }

  @Test
  void shuttle_theBrokerRevisesBeforeEachVisitAndCarriesTheText() {
    var timeline =
        new Timeline(
            List.of(
                new Session("shuttle", "Vienna", "Wed", 2, SessionMode.SHUTTLE, "", List.of())));
    var mediator = new ScriptedMediator(X, X, Y);
    var p1 = new Scripted().then(Action.accept()).then(Action.accept());
    var p2 = new Scripted().then(new Action.Reject("no")).then(Action.accept());
    Mechanism mechanism = run(ProtocolKind.SHUTTLE, timeline, mediator, p1, p2);

    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 med visit",
            "1 med text",
            "1 p1 accept",
            "1 med visit",
            "1 med text",
            "1 p2 reject",
            "2 med visit",
            "2 med text",
            "2 p1 accept",
            "2 med visit",
            "2 med text",
            "2 p2 accept",
            "2 mechanism end");
    assertThat(payloads(mechanism, Payload.Visited.class))
        .containsExactly(
            new Payload.Visited("p1", "Vienna", 1),
            new Payload.Visited("p2", "Vienna", 1),
            new Payload.Visited("p1", "Vienna", 2),
            new Payload.Visited("p2", "Vienna", 2));
    // In a shuttle a party never hears from the other: the text comes to it alone.
    assertThat(p1.seen).noneMatch(e -> e.sender().equals("p2"));
    assertThat(p2.requests)
        .extracting(r -> ((Request.Review) r).from())
        .containsExactly(MEDIATOR, MEDIATOR);
    assertThat(((End.Agreement) mechanism.state().end().orElseThrow()).outcome()).isEqualTo(Y);
  }

  @Test
  void aMediatorDraftOutsideTheSpace_faultsTheMediator() {
    var mediator = new ScriptedMediator(Outcome.of(3, 0));
    var p1 = new Scripted();
    var p2 = new Scripted();
    Mechanism mechanism = run(Timeline.single(3), mediator, p1, p2);

    End.NoAgreement end = noAgreement(mechanism);
    assertThat(end.reason()).isEqualTo(EndReason.FAILURE);
    assertThat(end.party()).isEqualTo(MEDIATOR);
    String detail =
        "drafted an outcome outside the space: value index 3 out of range for issue 'a'";
    assertThat(end.detail()).isEqualTo(MEDIATOR + " failed (invalid-move): " + detail);
    assertThat(payloads(mechanism, Payload.Faulted.class))
        .containsExactly(new Payload.Faulted(MEDIATOR, FaultKind.INVALID_MOVE, detail));
    assertThat(payloads(mechanism, Payload.TextDrafted.class)).isEmpty();
    assertThat(p1.requests).isEmpty();
  }

  @Test
  void aMediatorDraftWithTooFewIssuesOrNone_faultsTheMediator() {
    Mechanism shortText =
        run(
            Timeline.single(3),
            new ScriptedMediator(Outcome.of(1)),
            new Scripted(),
            new Scripted());
    assertThat(noAgreement(shortText).detail())
        .isEqualTo(
            "med failed (invalid-move): drafted an outcome outside the space: outcome has 1"
                + " values, the space has 2");

    Mechanism none = run(Timeline.single(3), request -> null, new Scripted(), new Scripted());
    assertThat(noAgreement(none).detail())
        .isEqualTo("med failed (invalid-move): drafted no outcome (null)");
  }

  @Test
  void aLaterDraftOutsideTheSpace_faultsTheMediatorMidRun() {
    var mediator = new ScriptedMediator(X, Outcome.of(0, -1));
    var p1 = new Scripted().then(new Action.Reject(""));
    Mechanism mechanism =
        run(Timeline.single(3), mediator, p1, new Scripted().then(new Action.Reject("")));

    assertThat(noAgreement(mechanism).party()).isEqualTo(MEDIATOR);
    assertThat(noAgreement(mechanism).detail())
        .endsWith("value index -1 out of range for issue 'b'");
    assertThat(mediator.requests).extracting(DraftRequest::round).containsExactly(1, 2);
    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 med text",
            "1 p1 reject",
            "1 p2 reject",
            "1 mechanism fault",
            "1 mechanism end");
  }

  @Test
  void anAmendmentOutsideTheSpace_faultsTheParty() {
    var badIssue = new Scripted().then(new Action.Amend(List.of(new Amendment(2, 0, ""))));
    Mechanism issue = run(Timeline.single(2), new ScriptedMediator(X), badIssue, new Scripted());
    assertThat(noAgreement(issue).detail())
        .isEqualTo("p1 failed (invalid-move): amended issue position 2, which is not in the space");

    var negative = new Scripted().then(new Action.Amend(List.of(new Amendment(-1, 0, ""))));
    assertThat(
            noAgreement(run(Timeline.single(2), new ScriptedMediator(X), negative, new Scripted()))
                .party())
        .isEqualTo("p1");

    var badValue = new Scripted().then(new Action.Amend(List.of(new Amendment(1, 2, ""))));
    Mechanism value = run(Timeline.single(2), new ScriptedMediator(X), badValue, new Scripted());
    assertThat(noAgreement(value).detail())
        .isEqualTo(
            "p1 failed (invalid-move): amended issue 'b' to value index 2, which it does not have");

    var negativeValue = new Scripted().then(new Action.Amend(List.of(new Amendment(0, -1, ""))));
    assertThat(
            noAgreement(
                    run(Timeline.single(2), new ScriptedMediator(X), negativeValue, new Scripted()))
                .detail())
        .contains("to value index -1");
  }

  @Test
  void anOfferInATextReview_faultsTheParty() {
    var p1 = new Scripted().then(Action.offer(X));
    Mechanism mechanism = run(Timeline.single(2), new ScriptedMediator(X), p1, new Scripted());
    assertThat(noAgreement(mechanism).detail())
        .isEqualTo(
            "p1 failed (invalid-move): answered a text review with offer; expected accept,"
                + " reject, amend or walk-away");
  }
}
