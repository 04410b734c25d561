package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.MEDIATOR;
import static io.parley.protocol.ProtocolFixtures.parties;
import static io.parley.protocol.ProtocolFixtures.payloads;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.outcome.Outcome;
import io.parley.protocol.ProtocolFixtures.Scripted;
import io.parley.protocol.ProtocolFixtures.ScriptedMediator;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import io.parley.session.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sessions in a running negotiation: each opens (naming who attends and who stays away), closes
 * with an adjournment that says where and when talks resume, and resumes with the next opening; the
 * last session closes without an adjournment. The state follows the session in progress.
 */
class SessionRulesTest {
  private static final Timeline THREE =
      new Timeline(
          List.of(
              new Session("opening", "Cairo", "Monday", 1, SessionMode.PLENARY, "", List.of()),
              new Session(
                  "shuttle", "Geneva", "Tuesday", 2, SessionMode.SHUTTLE, "", List.of("p2")),
              new Session("closing", "Oslo", "Friday", 1, SessionMode.PLENARY, "", List.of())));

  private static List<String> sessionEvents(Mechanism mechanism) {
    List<String> found = new ArrayList<>();
    for (Event event : mechanism.events()) {
      if (event.payload() instanceof Payload.SessionOpened opened) {
        found.add(
            event.round()
                + " open "
                + opened.session()
                + " at "
                + opened.venue()
                + " on "
                + opened.date()
                + " ("
                + opened.mode()
                + ") attending "
                + opened.attending()
                + " absent "
                + opened.absent());
      } else if (event.payload() instanceof Payload.SessionAdjourned adjourned) {
        found.add(
            event.round()
                + " adjourn "
                + adjourned.session()
                + " to "
                + adjourned.nextVenue()
                + " on "
                + adjourned.nextDate());
      }
    }
    return found;
  }

  private static final List<String> EXPECTED =
      List.of(
          "1 open opening at Cairo on Monday (plenary) attending [p1, p2, p3] absent []",
          "1 adjourn opening to Geneva on Tuesday",
          "2 open shuttle at Geneva on Tuesday (shuttle) attending [p1, p3] absent [p2]",
          "3 adjourn shuttle to Oslo on Friday",
          "4 open closing at Oslo on Friday (plenary) attending [p1, p2, p3] absent []");

  @Test
  void singleText_sessionsOpenAdjournAndResumeInOrder() {
    var mediator = new ScriptedMediator(Outcome.of(0, 0));
    var setup =
        NegotiationSetup.builder(parties(3))
            .protocol(ProtocolKind.SINGLE_TEXT)
            .timeline(THREE)
            .mediator(MEDIATOR, mediator)
            .negotiator("p1", new Scripted().thenTimes(4, new Action.Reject("")))
            .negotiator("p2", new Scripted().thenTimes(4, new Action.Reject("")))
            .negotiator("p3", new Scripted().thenTimes(4, new Action.Reject("")))
            .build();
    Mechanism mechanism = Mechanisms.create(setup);
    List<Optional<String>> sessions = new ArrayList<>();
    while (!mechanism.state().isEnded()) {
      mechanism.step();
      sessions.add(mechanism.state().session());
    }

    assertThat(sessionEvents(mechanism)).containsExactlyElementsOf(EXPECTED);
    // Between an adjournment and the next opening no session is in progress.
    assertThat(sessions)
        .containsSubsequence(
            Optional.of("opening"),
            Optional.empty(),
            Optional.of("shuttle"),
            Optional.empty(),
            Optional.of("closing"));
    assertThat(mechanism.state().session()).contains("closing");
    // In the shuttle session the absent party is never visited.
    assertThat(payloads(mechanism, Payload.Visited.class))
        .extracting(Payload.Visited::party)
        .containsExactly("p1", "p3", "p1", "p3");
    assertThat(payloads(mechanism, Payload.Visited.class))
        .extracting(Payload.Visited::place)
        .containsOnly("Geneva");
    // Session events are public: every participant, mediators included, receives them.
    mechanism.events().stream()
        .filter(e -> e.type().startsWith("session-"))
        .forEach(e -> assertThat(e.recipients()).containsExactly("p1", "p2", "p3", MEDIATOR));
  }

  @Test
  void alternatingOffers_sessionsOpenAdjournAndResumeInOrder() {
    var setup =
        NegotiationSetup.builder(parties(3))
            .timeline(THREE)
            .negotiator("p1", new Scripted().thenTimes(4, Action.offer(Outcome.of(0, 0))))
            .negotiator("p2", new Scripted().thenTimes(4, Action.offer(Outcome.of(1, 0))))
            .negotiator("p3", new Scripted().thenTimes(4, Action.offer(Outcome.of(2, 0))))
            .build();
    Mechanism mechanism = Mechanisms.create(setup);
    mechanism.run();

    assertThat(sessionEvents(mechanism)).containsExactlyElementsOf(EXPECTED);
    assertThat(mechanism.events().get(mechanism.events().size() - 1).round()).isEqualTo(4);
  }

  @Test
  void aBrokerNamedByTheSessionCarriesTheShuttle() {
    var scenario = parties(2);
    var parties = new ArrayList<>(scenario.parties());
    parties.add(new io.parley.scenario.Party("envoy", "Envoy", io.parley.scenario.Role.MEDIATOR));
    var withEnvoy =
        new io.parley.scenario.Scenario(
            scenario.name(), "", parties, scenario.space(), scenario.preferences());
    var lead = new ScriptedMediator(Outcome.of(0, 0));
    var envoy = new ScriptedMediator(Outcome.of(1, 1));
    var timeline =
        new Timeline(
            List.of(
                Session.plenary("plenary", 1),
                new Session("visits", "Doha", "", 1, SessionMode.SHUTTLE, "envoy", List.of())));
    var p1 = new Scripted().thenTimes(2, new Action.Reject(""));
    var p2 = new Scripted().thenTimes(2, new Action.Reject(""));
    Mechanism mechanism =
        Mechanisms.create(
            NegotiationSetup.builder(withEnvoy)
                .protocol(ProtocolKind.SINGLE_TEXT)
                .timeline(timeline)
                .mediator(MEDIATOR, lead)
                .mediator("envoy", envoy)
                .negotiator("p1", p1)
                .negotiator("p2", p2)
                .build());
    mechanism.run();

    assertThat(lead.requests).hasSize(1);
    assertThat(envoy.requests).hasSize(2);
    assertThat(p1.requests)
        .extracting(r -> ((io.parley.negotiator.Request.Review) r).from())
        .containsExactly(MEDIATOR, "envoy");
    assertThat(
            mechanism.events().stream()
                .filter(e -> e.type().equals("visit"))
                .map(Event::sender)
                .toList())
        .containsExactly("envoy", "envoy");
  }
}
