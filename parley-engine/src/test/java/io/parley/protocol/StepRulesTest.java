package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.MEDIATOR;
import static io.parley.protocol.ProtocolFixtures.ids;
import static io.parley.protocol.ProtocolFixtures.parties;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Event;
import io.parley.negotiator.Action;
import io.parley.outcome.Outcome;
import io.parley.protocol.ProtocolFixtures.Scripted;
import io.parley.protocol.ProtocolFixtures.ScriptedMediator;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import io.parley.session.Timeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What one step is ({@link Mechanism#step()}): one participant's move or one event of the
 * mechanism's own, never nothing — also where a round closes, a party is absent, or nobody attends
 * — and the steps together are the log.
 */
class StepRulesTest {
  private static final Outcome X = Outcome.of(0, 0);

  /** Each step's events as {@code round sender type}, stepping until the end. */
  private static List<List<String>> steps(Mechanism mechanism) {
    List<List<String>> steps = new ArrayList<>();
    List<Event> all = new ArrayList<>();
    while (!mechanism.state().isEnded()) {
      List<Event> step = mechanism.step();
      all.addAll(step);
      steps.add(step.stream().map(e -> e.round() + " " + e.sender() + " " + e.type()).toList());
      assertThat(steps).as("a run that does not end").hasSizeLessThan(100);
    }
    assertThat(mechanism.step()).isEmpty();
    assertThat(all).isEqualTo(mechanism.events());
    return steps;
  }

  private static Session session(String name, int rounds, SessionMode mode, String... absent) {
    return new Session(name, name + "-venue", "", rounds, mode, "", List.of(absent));
  }

  @Test
  void singleText_everyStepMakesEventsAlsoWhereARoundClosesOrNobodyAttends() {
    var timeline =
        new Timeline(
            List.of(
                session("one", 2, SessionMode.PLENARY, "p3"),
                session("two", 1, SessionMode.SHUTTLE, "p1"),
                session("empty", 2, SessionMode.PLENARY, "p1", "p2", "p3"),
                session("last", 1, SessionMode.PLENARY)));
    var builder =
        NegotiationSetup.builder(parties(3))
            .protocol(ProtocolKind.SINGLE_TEXT)
            .timeline(timeline)
            .mediator(MEDIATOR, new ScriptedMediator(X));
    for (String id : ids(3)) {
      builder.negotiator(id, new Scripted().thenTimes(10, new Action.Reject("")));
    }
    Mechanism mechanism = Mechanisms.create(builder.build());

    assertThat(steps(mechanism))
        .containsExactly(
            List.of("1 mechanism session-opened"),
            List.of("1 med text"),
            List.of("1 p1 reject"),
            List.of("1 p2 reject"),
            // A round that opens no session starts with its draft.
            List.of("2 med text"),
            List.of("2 p1 reject"),
            List.of("2 p2 reject", "2 mechanism session-adjourned"),
            List.of("3 mechanism session-opened"),
            List.of("3 med visit", "3 med text", "3 p2 reject"),
            List.of("3 med visit", "3 med text", "3 p3 reject", "3 mechanism session-adjourned"),
            List.of("4 mechanism session-opened"),
            List.of("4 med text"),
            // Nobody attends: the round closes and the next one's draft is the step's event.
            List.of("5 med text"),
            List.of("5 mechanism session-adjourned"),
            List.of("6 mechanism session-opened"),
            List.of("6 med text"),
            List.of("6 p1 reject"),
            List.of("6 p2 reject"),
            List.of("6 p3 reject"),
            List.of("6 mechanism end"));
  }

  @Test
  void singleText_anAgreementInTheLastRoundOfASessionEndsWithoutAnAdjournment() {
    var timeline =
        new Timeline(
            List.of(
                session("one", 1, SessionMode.PLENARY), session("two", 1, SessionMode.PLENARY)));
    var builder =
        NegotiationSetup.builder(parties(2))
            .protocol(ProtocolKind.SINGLE_TEXT)
            .timeline(timeline)
            .mediator(MEDIATOR, new ScriptedMediator(X));
    for (String id : ids(2)) {
      builder.negotiator(id, new Scripted().then(Action.accept()));
    }
    Mechanism mechanism = Mechanisms.create(builder.build());

    assertThat(steps(mechanism))
        .containsExactly(
            List.of("1 mechanism session-opened"),
            List.of("1 med text"),
            List.of("1 p1 accept"),
            List.of("1 p2 accept", "1 mechanism end"));
  }

  @Test
  void alternatingOffers_everyStepMakesEventsAlsoWhereTheLastPartiesOfARoundAreAbsent() {
    var timeline =
        new Timeline(
            List.of(
                session("one", 2, SessionMode.PLENARY, "p4"),
                session("two", 1, SessionMode.PLENARY, "p1"),
                session("three", 1, SessionMode.PLENARY, "p3", "p4")));
    var builder =
        NegotiationSetup.builder(parties(4))
            .protocol(ProtocolKind.ALTERNATING_OFFERS)
            .timeline(timeline);
    for (String id : ids(4)) {
      builder.negotiator(id, new Scripted().thenTimes(10, Action.offer(X)));
    }
    Mechanism mechanism = Mechanisms.create(builder.build());

    assertThat(steps(mechanism))
        .containsExactly(
            List.of("1 mechanism session-opened"),
            List.of("1 p1 offer"),
            List.of("1 p2 offer"),
            List.of("1 p3 offer"),
            // p4 is away: the step goes on to the next round's first turn.
            List.of("2 p1 offer"),
            List.of("2 p2 offer"),
            List.of("2 p3 offer"),
            // p4 is away and the session closes: the adjournment is the step's event.
            List.of("2 mechanism session-adjourned"),
            List.of("3 mechanism session-opened"),
            List.of("3 p2 offer"),
            List.of("3 p3 offer"),
            List.of("3 p4 offer", "3 mechanism session-adjourned"),
            List.of("4 mechanism session-opened"),
            List.of("4 p1 offer"),
            List.of("4 p2 offer"),
            // p3 and p4 are away in the last round: the deadline is the step's event.
            List.of("4 mechanism end"));
  }
}
