package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.MEDIATOR;
import static io.parley.protocol.ProtocolFixtures.ids;
import static io.parley.protocol.ProtocolFixtures.parties;
import static io.parley.protocol.ProtocolFixtures.payloads;
import static io.parley.protocol.ProtocolFixtures.trace;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.Mediator;
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
 * The single text's versions: each round's first draft is a new version even when the text is
 * unchanged, a shuttle round's visits keep the version while the text is unchanged, and the text is
 * agreed only when every party accepted its current version, never with an acceptance from an
 * earlier round.
 */
class RoundVersionRulesTest {
  private static final Outcome X = Outcome.of(0, 0);
  private static final Outcome Y = Outcome.of(1, 1);

  private static Mechanism run(Timeline timeline, Mediator mediator, Scripted... agents) {
    var builder =
        NegotiationSetup.builder(parties(agents.length))
            .protocol(ProtocolKind.SINGLE_TEXT)
            .timeline(timeline)
            .mediator(MEDIATOR, mediator);
    for (int i = 0; i < agents.length; i++) {
      builder.negotiator(ids(agents.length).get(i), agents[i]);
    }
    Mechanism mechanism = Mechanisms.create(builder.build());
    mechanism.run();
    return mechanism;
  }

  private static List<Integer> reviewedVersions(Scripted party) {
    return party.requests.stream().map(r -> ((Request.Review) r).version()).toList();
  }

  @Test
  void anIdenticalRedraftInANewRound_isANewVersion() {
    var mediator = new ScriptedMediator(X, X, X);
    var p1 = new Scripted().thenTimes(3, new Action.Reject("no"));
    var p2 = new Scripted().thenTimes(3, new Action.Reject("no"));
    Mechanism mechanism = run(Timeline.single(3), mediator, p1, p2);

    assertThat(payloads(mechanism, Payload.TextDrafted.class))
        .containsExactly(
            new Payload.TextDrafted(1, X),
            new Payload.TextDrafted(2, X),
            new Payload.TextDrafted(3, X));
    assertThat(payloads(mechanism, Payload.Rejected.class))
        .extracting(Payload.Rejected::version)
        .containsExactly(1, 1, 2, 2, 3, 3);
    assertThat(reviewedVersions(p2)).containsExactly(1, 2, 3);
    assertThat(mechanism.state().textVersion()).isEqualTo(3);
    // The mediator is still shown the text it put last, whatever its version.
    assertThat(mediator.requests.get(2).current()).contains(X);
  }

  @Test
  void anAcceptanceFromAnEarlierRound_doesNotCount() {
    // p2 accepted X in round 1; in round 2 the mediator puts X again and p1 accepts it first. The
    // run must ask p2 about the new version, and p2's rejection leaves the text unagreed.
    var mediator = new ScriptedMediator(X, X);
    var p1 = new Scripted().then(new Action.Reject("not yet")).then(Action.accept());
    var p2 = new Scripted().then(Action.accept()).then(new Action.Reject("no longer"));
    Mechanism mechanism = run(Timeline.single(2), mediator, p1, p2);

    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 med text",
            "1 p1 reject",
            "1 p2 accept",
            "2 med text",
            "2 p1 accept",
            "2 p2 reject",
            "2 mechanism end");
    assertThat(reviewedVersions(p2)).containsExactly(1, 2);
    End.NoAgreement end = (End.NoAgreement) mechanism.state().end().orElseThrow();
    assertThat(end.reason()).isEqualTo(EndReason.DEADLINE);
    assertThat(end.detail()).endsWith("(version 2): p1 accepted; p2 rejected it (no longer)");
  }

  @Test
  void anAcceptanceFromAnEarlierRound_isNamedAsSuchAtTheDeadline() {
    // p2 accepted version 1 and is absent from round 2, whose draft (the same text) is version 2.
    var timeline =
        new Timeline(
            List.of(
                new Session("first", "Rome", "Mon", 1, SessionMode.PLENARY, "", List.of()),
                new Session("second", "Oslo", "Tue", 1, SessionMode.PLENARY, "", List.of("p2"))));
    var mediator = new ScriptedMediator(X, X);
    var p1 = new Scripted().then(new Action.Reject("no")).then(Action.accept());
    var p2 = new Scripted().then(Action.accept());
    Mechanism mechanism = run(timeline, mediator, p1, p2);

    End.NoAgreement end = (End.NoAgreement) mechanism.state().end().orElseThrow();
    assertThat(end.detail())
        .isEqualTo(
            "the deadline of 2 rounds passed without a text every party accepts; the last"
                + " responses to the text (version 2): p1 accepted; p2 accepted an earlier"
                + " version");
    assertThat(p2.requests).hasSize(1);
  }

  @Test
  void anAbsentParty_blocksAgreementInThatRound() {
    // p3 accepts X in round 1 and is absent from round 2, where p1 and p2 accept X: the round's
    // version has not been put to p3, so the talks go on, and X is agreed in round 3.
    var timeline =
        new Timeline(
            List.of(
                new Session("first", "Rome", "Mon", 1, SessionMode.PLENARY, "", List.of()),
                new Session("second", "Oslo", "Tue", 1, SessionMode.PLENARY, "", List.of("p3")),
                new Session("third", "Rome", "Wed", 1, SessionMode.PLENARY, "", List.of())));
    var mediator = new ScriptedMediator(X);
    var p1 = new Scripted().then(new Action.Reject("no")).thenTimes(2, Action.accept());
    var p2 = new Scripted().thenTimes(3, Action.accept());
    var p3 = new Scripted().thenTimes(2, Action.accept());
    Mechanism mechanism = run(timeline, mediator, p1, p2, p3);

    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 med text",
            "1 p1 reject",
            "1 p2 accept",
            "1 p3 accept",
            "1 mechanism session-adjourned",
            "2 mechanism session-opened",
            "2 med text",
            "2 p1 accept",
            "2 p2 accept",
            "2 mechanism session-adjourned",
            "3 mechanism session-opened",
            "3 med text",
            "3 p1 accept",
            "3 p2 accept",
            "3 p3 accept",
            "3 mechanism end");
    assertThat(((End.Agreement) mechanism.state().end().orElseThrow()).outcome()).isEqualTo(X);
    assertThat(reviewedVersions(p3)).containsExactly(1, 3);
  }

  @Test
  void aShuttleRoundsIdenticalVisits_keepTheVersionAndAgree() {
    var timeline =
        new Timeline(
            List.of(new Session("shuttle", "Vienna", "", 1, SessionMode.SHUTTLE, "", List.of())));
    var mediator = new ScriptedMediator(X, X, X);
    var p1 = new Scripted().then(Action.accept());
    var p2 = new Scripted().then(Action.accept());
    var p3 = new Scripted().then(Action.accept());
    Mechanism mechanism = run(timeline, mediator, p1, p2, p3);

    assertThat(payloads(mechanism, Payload.Visited.class))
        .extracting(Payload.Visited::version)
        .containsExactly(1, 1, 1);
    assertThat(payloads(mechanism, Payload.TextDrafted.class))
        .extracting(Payload.TextDrafted::version)
        .containsExactly(1, 1, 1);
    assertThat(trace(mechanism)).endsWith("1 p3 accept", "1 mechanism end");
    assertThat(((End.Agreement) mechanism.state().end().orElseThrow()).outcome()).isEqualTo(X);
  }

  @Test
  void aShuttleVisitThatChangesTheText_startsAVersionTheEarlierVisitsDidNotAccept() {
    // Round 1: p1 accepts X (v1), the visit to p2 carries Y (v2), p2 accepts. Round 2: the first
    // visit carries Y again, a new version (v3), and both accept it.
    var timeline =
        new Timeline(
            List.of(new Session("shuttle", "Vienna", "", 2, SessionMode.SHUTTLE, "", List.of())));
    var mediator = new ScriptedMediator(X, Y, Y, Y);
    var p1 = new Scripted().thenTimes(2, Action.accept());
    var p2 = new Scripted().thenTimes(2, Action.accept());
    Mechanism mechanism = run(timeline, mediator, p1, p2);

    assertThat(payloads(mechanism, Payload.Visited.class))
        .extracting(Payload.Visited::version)
        .containsExactly(1, 2, 3, 3);
    assertThat(trace(mechanism))
        .containsExactly(
            "1 mechanism session-opened",
            "1 med visit",
            "1 med text",
            "1 p1 accept",
            "1 med visit",
            "1 med text",
            "1 p2 accept",
            "2 med visit",
            "2 med text",
            "2 p1 accept",
            "2 med visit",
            "2 med text",
            "2 p2 accept",
            "2 mechanism end");
    assertThat(((End.Agreement) mechanism.state().end().orElseThrow()).outcome()).isEqualTo(Y);
  }
}
