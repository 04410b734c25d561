package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.MEDIATOR;
import static io.parley.protocol.ProtocolFixtures.parties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.event.End;
import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Action;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.protocol.ProtocolFixtures.Scripted;
import io.parley.protocol.ProtocolFixtures.ScriptedMediator;
import io.parley.scenario.Scenario;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import io.parley.session.Timeline;
import io.parley.strategy.Strategies;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Seats whose moves come from outside the run: a stepped mechanism waits on such a seat without
 * making an event, resumes with the move once it is supplied, and so makes exactly the events of a
 * run in which an agent on the seat made the same moves.
 */
class ExternalSeatTest {
  private static final Scenario THREE = parties(3);
  private static final Timeline PLENARY = Timeline.single(6);
  private static final Timeline WITH_SHUTTLE =
      new Timeline(
          List.of(
              new Session("opening", "Cairo", "Monday", 2, SessionMode.PLENARY, "", List.of()),
              new Session("shuttle", "Doha", "Tuesday", 2, SessionMode.SHUTTLE, "", List.of()),
              new Session("closing", "Oslo", "Friday", 2, SessionMode.PLENARY, "", List.of("p3"))));

  @Test
  void aStepWaitsForAnExternalParty_makesNoEventWhileItWaits_andResumesWithTheSuppliedMove() {
    Outcome text = new Outcome(new int[] {1, 0});
    ExternalNegotiator p1 = new ExternalNegotiator();
    Scripted p2 = new Scripted().thenTimes(5, Action.accept());
    Mechanism mechanism =
        Mechanisms.create(
            NegotiationSetup.builder(parties(2))
                .protocol(ProtocolKind.SINGLE_TEXT)
                .deadlineRounds(3)
                .negotiator("p1", p1)
                .externalSeat("p1")
                .negotiator("p2", p2)
                .mediator(MEDIATOR, new ScriptedMediator(text))
                .seed(5)
                .build());

    List<Event> made = new ArrayList<>();
    while (mechanism.awaiting().isEmpty()) {
      made.addAll(mechanism.step());
    }
    assertThat(made.get(made.size() - 1).payload()).isEqualTo(new Payload.TextDrafted(1, text));
    Awaiting awaiting = mechanism.awaiting().orElseThrow();
    assertThat(awaiting).isInstanceOf(Awaiting.Act.class);
    assertThat(awaiting.seat()).isEqualTo("p1");
    Request.Review review = (Request.Review) ((Awaiting.Act) awaiting).request();
    assertThat(review.text()).isEqualTo(text);
    assertThat(review.version()).isEqualTo(1);

    long before = mechanism.state().events();
    for (int i = 0; i < 3; i++) {
      assertThat(mechanism.step()).isEmpty();
      assertThat(mechanism.awaiting()).contains(awaiting);
    }
    assertThat(mechanism.state().events()).isEqualTo(before);
    assertThat(mechanism.state().isEnded()).isFalse();
    assertThatThrownBy(mechanism::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'p1'");

    p1.supply(Action.accept());
    List<Event> resumed = mechanism.step();
    assertThat(mechanism.awaiting()).isEmpty();
    assertThat(resumed).hasSize(1);
    assertThat(resumed.get(0).sender()).isEqualTo("p1");
    assertThat(resumed.get(0).payload()).isEqualTo(new Payload.Accepted(text));
    assertThat(p1.waiting()).isZero();

    mechanism.run();
    assertThat(mechanism.state().end()).contains(new End.Agreement(text));
  }

  @Test
  void anUndeclaredSeatThatSaysItIsNotReady_isFaulted_notWaitedFor() {
    // A plug-in agent cannot stall a run by claiming to wait for a move from outside it.
    Outcome text = new Outcome(new int[] {1, 0});
    for (boolean budgeted : new boolean[] {false, true}) {
      ExternalNegotiator undeclared = new ExternalNegotiator();
      Mechanism mechanism =
          Mechanisms.create(
              NegotiationSetup.builder(parties(2))
                  .protocol(ProtocolKind.SINGLE_TEXT)
                  .deadlineRounds(3)
                  .negotiator("p1", undeclared)
                  .negotiator("p2", new Scripted().thenTimes(5, Action.accept()))
                  .mediator(MEDIATOR, new ScriptedMediator(text))
                  .callBudget(budgeted ? java.time.Duration.ofSeconds(5) : java.time.Duration.ZERO)
                  .seed(5)
                  .build());
      mechanism.run();
      assertThat(mechanism.awaiting()).isEmpty();
      assertThat(mechanism.state().end())
          .hasValueSatisfying(
              end -> {
                assertThat(end).isInstanceOf(End.NoAgreement.class);
                End.NoAgreement failed = (End.NoAgreement) end;
                assertThat(failed.reason()).isEqualTo(io.parley.event.EndReason.FAILURE);
                assertThat(failed.detail())
                    .contains("p1")
                    .contains("takes no moves from outside the run");
              });
    }
  }

  @Test
  void aWaitingMediatorDraftsNothing_untilItsTextIsSupplied() {
    ExternalMediator med = new ExternalMediator();
    Mechanism mechanism =
        Mechanisms.create(
            NegotiationSetup.builder(parties(2))
                .protocol(ProtocolKind.SINGLE_TEXT)
                .deadlineRounds(2)
                .negotiator("p1", new Scripted().thenTimes(2, Action.accept()))
                .negotiator("p2", new Scripted().thenTimes(2, Action.accept()))
                .mediator(MEDIATOR, med)
                .externalSeat(MEDIATOR)
                .build());
    while (mechanism.awaiting().isEmpty()) {
      mechanism.step();
    }
    assertThat(mechanism.awaiting().orElseThrow()).isInstanceOf(Awaiting.Draft.class);
    assertThat(mechanism.awaiting().orElseThrow().seat()).isEqualTo(MEDIATOR);
    assertThat(mechanism.events()).noneMatch(e -> e.payload() instanceof Payload.TextDrafted);

    Outcome text = new Outcome(new int[] {2, 1});
    med.supply(text);
    assertThat(mechanism.step())
        .extracting(Event::payload)
        .containsExactly(new Payload.TextDrafted(1, text));
    mechanism.run();
    assertThat(mechanism.state().end()).contains(new End.Agreement(text));
  }

  @Test
  void anExternalParty_makesTheEventsOfAnAgentMakingTheSameMoves() {
    for (Timeline timeline : List.of(PLENARY, WITH_SHUTTLE)) {
      for (String seat : List.of("p1", "p2", "p3")) {
        Recorded reference = reference(timeline);
        Deque<Action> moves = new ArrayDeque<>(reference.moves(seat));
        Deque<Request> requests = new ArrayDeque<>(reference.requests.get(seat));
        ExternalNegotiator external = new ExternalNegotiator();
        Mechanism mechanism = mechanism(timeline, Map.of(seat, external), null);
        int waits = 0;
        while (!mechanism.state().isEnded()) {
          mechanism.step();
          if (mechanism.awaiting().isPresent()) {
            Awaiting.Act awaiting = (Awaiting.Act) mechanism.awaiting().get();
            assertThat(awaiting.seat()).isEqualTo(seat);
            assertThat(awaiting.request()).isEqualTo(requests.poll());
            external.supply(moves.poll());
            waits++;
          }
        }
        assertThat(waits).as("%s waited on", seat).isEqualTo(reference.moves(seat).size());
        assertThat(mechanism.events()).as("%s external", seat).isEqualTo(reference.events);
      }
    }
  }

  @Test
  void anExternalLeadMediator_makesTheEventsOfAnAgentDraftingTheSameTexts() {
    for (Timeline timeline : List.of(PLENARY, WITH_SHUTTLE)) {
      Recorded reference = reference(timeline);
      Deque<Outcome> texts = new ArrayDeque<>(reference.drafts);
      ExternalMediator external = new ExternalMediator();
      Mechanism mechanism = mechanism(timeline, Map.of(), external);
      int waits = 0;
      while (!mechanism.state().isEnded()) {
        mechanism.step();
        if (mechanism.awaiting().isPresent()) {
          assertThat(mechanism.awaiting().get()).isInstanceOf(Awaiting.Draft.class);
          external.supply(texts.poll());
          waits++;
        }
      }
      assertThat(waits).isEqualTo(reference.drafts.size()).isGreaterThan(2);
      assertThat(mechanism.events()).isEqualTo(reference.events);
    }
  }

  /** A run of shipped strategies, with every request and every draft recorded. */
  private record Recorded(
      List<Event> events, Map<String, List<Request>> requests, List<Outcome> drafts) {
    /** The moves {@code seat} made, read back from the events. */
    List<Action> moves(String seat) {
      List<Action> moves = new ArrayList<>();
      for (Event event : events) {
        if (!event.sender().equals(seat)) {
          continue;
        }
        if (event.payload() instanceof Payload.Accepted) {
          moves.add(Action.accept());
        } else if (event.payload() instanceof Payload.Rejected rejected) {
          moves.add(new Action.Reject(rejected.reason()));
        } else if (event.payload() instanceof Payload.Amended amended) {
          moves.add(new Action.Amend(amended.amendments()));
        } else if (event.payload() instanceof Payload.WalkedAway walked) {
          moves.add(new Action.WalkAway(walked.reason()));
        }
      }
      return moves;
    }
  }

  private static Recorded reference(Timeline timeline) {
    Map<String, List<Request>> requests = new java.util.LinkedHashMap<>();
    Map<String, Negotiator> recorders = new java.util.LinkedHashMap<>();
    for (String party : ProtocolFixtures.ids(3)) {
      List<Request> asked = new ArrayList<>();
      requests.put(party, asked);
      recorders.put(party, recording(strategy(party), asked::add));
    }
    List<Outcome> drafts = new ArrayList<>();
    Mediator shipped = Strategies.shippedMediator("nash-seeking");
    Mediator recorder =
        new Mediator() {
          @Override
          public void start(MediatorContext context) {
            shipped.start(context);
          }

          @Override
          public void observe(Event event) {
            shipped.observe(event);
          }

          @Override
          public Outcome draft(DraftRequest request) {
            Outcome text = shipped.draft(request);
            drafts.add(text);
            return text;
          }
        };
    Mechanism mechanism = mechanism(timeline, recorders, recorder);
    mechanism.run();
    assertThat(mechanism.state().isEnded()).isTrue();
    return new Recorded(List.copyOf(mechanism.events()), requests, drafts);
  }

  private static Negotiator recording(Negotiator agent, java.util.function.Consumer<Request> log) {
    return new Negotiator() {
      @Override
      public void start(NegotiatorContext context) {
        agent.start(context);
      }

      @Override
      public void observe(Event event) {
        agent.observe(event);
      }

      @Override
      public Action act(Request request) {
        log.accept(request);
        return agent.act(request);
      }
    };
  }

  private static Negotiator strategy(String party) {
    Function<String, String> names = p -> p.equals("p1") ? "boulware" : "linear";
    return Strategies.shippedNegotiator(names.apply(party));
  }

  /** A run with shipped agents on every seat but those given. */
  private static Mechanism mechanism(
      Timeline timeline, Map<String, Negotiator> seats, Mediator lead) {
    NegotiationSetup.Builder builder =
        NegotiationSetup.builder(THREE)
            .protocol(ProtocolKind.SINGLE_TEXT)
            .timeline(timeline)
            .seed(17);
    for (String party : ProtocolFixtures.ids(3)) {
      builder.negotiator(party, seats.getOrDefault(party, strategy(party)));
    }
    seats.keySet().forEach(builder::externalSeat);
    builder.mediator(MEDIATOR, lead == null ? Strategies.shippedMediator("nash-seeking") : lead);
    if (lead != null) {
      builder.externalSeat(MEDIATOR);
    }
    return Mechanisms.create(builder.build());
  }

  @Test
  void anExternalSeat_countsTheMovesSuppliedAndNotYetTaken() {
    ExternalNegotiator party = new ExternalNegotiator();
    party.supply(Action.accept());
    party.supply(new Action.Reject(""));
    assertThat(party.waiting()).isEqualTo(2);
    assertThat(party.act(null)).isEqualTo(Action.accept());
    assertThat(party.waiting()).isEqualTo(1);

    ExternalMediator mediator = new ExternalMediator();
    mediator.supply(Outcome.of(0, 0));
    mediator.supply(Outcome.of(1, 1));
    assertThat(mediator.waiting()).isEqualTo(2);
    assertThat(mediator.draft(null)).isEqualTo(Outcome.of(0, 0));
    assertThat(mediator.waiting()).isEqualTo(1);
  }
}
