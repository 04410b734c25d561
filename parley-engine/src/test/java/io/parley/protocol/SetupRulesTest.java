package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.MEDIATOR;
import static io.parley.protocol.ProtocolFixtures.parties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.negotiator.Action;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.protocol.ProtocolFixtures.Scripted;
import io.parley.protocol.ProtocolFixtures.ScriptedMediator;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.session.Session;
import io.parley.session.SessionMode;
import io.parley.session.Timeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a run's setup accepts and what it fills in: every seat needs the agent of its role, a
 * mediated protocol needs a lead mediator with an agent, a timeline may name only known parties and
 * (where mediators sit) brokers with agents, budgets and limits must make sense; and the defaults a
 * run relies on when the caller sets nothing.
 */
class SetupRulesTest {

  /** A negotiator with a name of its own, for {@link NegotiationSetup#strategyOf}. */
  static final class Stubborn implements Negotiator {
    @Override
    public Action act(Request request) {
      return Action.offer(Outcome.of(0, 0));
    }
  }

  /** {@code parties(2)} with a second mediator, {@code envoy}. */
  private static Scenario withEnvoy() {
    Scenario scenario = parties(2);
    List<Party> seats = new ArrayList<>(scenario.parties());
    seats.add(new Party("envoy", "Envoy", Role.MEDIATOR));
    return new Scenario(scenario.name(), "", seats, scenario.space(), scenario.preferences());
  }

  private static NegotiationSetup.Builder twoParties() {
    return NegotiationSetup.builder(parties(2))
        .negotiator("p1", new Scripted())
        .negotiator("p2", new Scripted());
  }

  @Test
  void everyNegotiatingPartyNeedsANegotiator() {
    assertThatThrownBy(
            () -> NegotiationSetup.builder(parties(2)).negotiator("p1", new Scripted()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no negotiator for party 'p2'");
  }

  @Test
  void aSeatTakesOnlyTheAgentOfItsRole() {
    assertThatThrownBy(() -> twoParties().negotiator(MEDIATOR, new Scripted()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'med' is not a negotiating party; parties are [p1, p2]");
    assertThatThrownBy(() -> twoParties().negotiator("p9", new Scripted()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'p9' is not a negotiating party; parties are [p1, p2]");
    assertThatThrownBy(() -> twoParties().mediator("p1", new ScriptedMediator()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'p1' is not a mediator; mediators are [med]");
  }

  @Test
  void aMediatedProtocolNeedsALeadMediatorWithAnAgent() {
    for (ProtocolKind protocol : List.of(ProtocolKind.SINGLE_TEXT, ProtocolKind.SHUTTLE)) {
      assertThatThrownBy(() -> twoParties().protocol(protocol).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "protocol "
                  + protocol.key()
                  + " needs a lead mediator with an agent; mediators are"
                  + " [med]");
    }
    // A lead named without an agent is no lead, even where another mediator has one.
    assertThatThrownBy(
            () ->
                NegotiationSetup.builder(withEnvoy())
                    .negotiator("p1", new Scripted())
                    .negotiator("p2", new Scripted())
                    .protocol(ProtocolKind.SINGLE_TEXT)
                    .mediator("envoy", new ScriptedMediator())
                    .leadMediator(MEDIATOR)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "protocol single-text needs a lead mediator with an agent; mediators are [med, envoy]");
    // Alternating offers needs none, and names none.
    assertThat(twoParties().build().leadMediator()).isEmpty();
    assertThat(twoParties().mediator(MEDIATOR, new ScriptedMediator()).build().leadMediator())
        .isEmpty();
  }

  @Test
  void theLeadMediatorIsTheOneNamed_elseTheFirstSeated() {
    var envoy = new ScriptedMediator();
    var med = new ScriptedMediator();
    NegotiationSetup.Builder builder =
        NegotiationSetup.builder(withEnvoy())
            .negotiator("p1", new Scripted())
            .negotiator("p2", new Scripted())
            .protocol(ProtocolKind.SINGLE_TEXT)
            .mediator("envoy", envoy)
            .mediator(MEDIATOR, med);
    assertThat(builder.build().leadMediator()).isEqualTo("envoy");
    assertThat(builder.leadMediator(MEDIATOR).build().leadMediator()).isEqualTo(MEDIATOR);
    assertThat(builder.build().mediatorIds()).containsExactly(MEDIATOR, "envoy");
    assertThat(builder.build().parties()).containsExactly("p1", "p2");
  }

  @Test
  void aTimelineNamesOnlyKnownParties_andInAMediatedProtocolOnlyBrokersWithAgents() {
    Timeline unknownAbsent =
        new Timeline(
            List.of(new Session("talks", "", "", 2, SessionMode.PLENARY, "", List.of("p9"))));
    assertThatThrownBy(() -> twoParties().timeline(unknownAbsent).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("session 'talks' lists unknown absent party 'p9'");

    Timeline visits =
        new Timeline(
            List.of(
                Session.plenary("plenary", 1),
                new Session("visits", "Doha", "", 1, SessionMode.SHUTTLE, "envoy", List.of())));
    assertThatThrownBy(
            () ->
                NegotiationSetup.builder(withEnvoy())
                    .negotiator("p1", new Scripted())
                    .negotiator("p2", new Scripted())
                    .protocol(ProtocolKind.SINGLE_TEXT)
                    .mediator(MEDIATOR, new ScriptedMediator())
                    .timeline(visits)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("session 'visits' names broker 'envoy', who is not a mediator with an agent");
    // Alternating offers has no broker to carry anything: the name is ignored.
    NegotiationSetup ignored =
        NegotiationSetup.builder(withEnvoy())
            .negotiator("p1", new Scripted())
            .negotiator("p2", new Scripted())
            .timeline(visits)
            .build();
    assertThat(ignored.timeline()).isEqualTo(visits);
    // With the envoy seated, the same timeline is accepted in single text.
    assertThat(
            NegotiationSetup.builder(withEnvoy())
                .negotiator("p1", new Scripted())
                .negotiator("p2", new Scripted())
                .protocol(ProtocolKind.SINGLE_TEXT)
                .mediator(MEDIATOR, new ScriptedMediator())
                .mediator("envoy", new ScriptedMediator())
                .timeline(visits)
                .build()
                .timeline())
        .isEqualTo(visits);
  }

  @Test
  void limitsAndBudgetsMustMakeSense() {
    assertThatThrownBy(() -> twoParties().timeLimit(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time limit PT0S must be positive");
    assertThatThrownBy(() -> twoParties().timeLimit(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time limit PT-0.001S must be positive");
    assertThatThrownBy(() -> twoParties().callBudget(Duration.ofSeconds(-2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("call budget PT-2S is negative");
    assertThatThrownBy(() -> twoParties().startBudget(Duration.ofSeconds(-3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start budget PT-3S is negative");
    // Zero is no budget, and allowed.
    NegotiationSetup unlimited =
        twoParties().callBudget(Duration.ZERO).startBudget(Duration.ZERO).build();
    assertThat(unlimited.callBudget()).isZero();
    assertThat(unlimited.startBudget()).isZero();
    assertThat(twoParties().timeLimit(Duration.ofMillis(1)).build().timeLimit())
        .contains(Duration.ofMillis(1));
  }

  @Test
  void theStartBudgetDefaultsToTheCallBudgetsCompanion() {
    assertThat(twoParties().build().startBudget()).isZero();
    assertThat(twoParties().callBudget(Duration.ofMillis(10)).build().startBudget())
        .isEqualTo(NegotiationSetup.DEFAULT_START_BUDGET)
        .isEqualTo(Duration.ofSeconds(60));
    assertThat(
            twoParties()
                .callBudget(Duration.ofMillis(10))
                .startBudget(Duration.ofMillis(20))
                .build()
                .startBudget())
        .isEqualTo(Duration.ofMillis(20));
    assertThat(twoParties().startBudget(Duration.ofMillis(20)).build().startBudget())
        .isEqualTo(Duration.ofMillis(20));
  }

  @Test
  void defaults_alternatingOffersOverAHundredRoundsOnASimulatedClock() {
    NegotiationSetup setup = twoParties().build();
    assertThat(setup.protocol()).isEqualTo(ProtocolKind.ALTERNATING_OFFERS);
    assertThat(setup.timeline()).isEqualTo(Timeline.single(100));
    assertThat(setup.timeLimit()).isEmpty();
    assertThat(setup.seed()).isZero();
    assertThat(setup.callBudget()).isZero();
    assertThat(setup.retainEvents()).isTrue();
    assertThat(setup.confiding()).containsExactlyInAnyOrder("p1", "p2");
    assertThat(setup.clock()).isInstanceOf(SimulatedClock.class);
    assertThat(setup.clock().millis()).isZero();
    assertThat(setup.clock().millis()).isEqualTo(1);
    // Each setup has a clock of its own.
    assertThat(twoParties().build().clock().millis()).isZero();

    NegotiationSetup set =
        twoParties()
            .seed(42)
            .deadlineRounds(7)
            .retainEvents(false)
            .confiding(Set.of("p2"))
            .clock(new SimulatedClock(5, 5))
            .build();
    assertThat(set.seed()).isEqualTo(42);
    assertThat(set.timeline()).isEqualTo(Timeline.single(7));
    assertThat(set.retainEvents()).isFalse();
    assertThat(set.confiding()).containsExactly("p2");
    assertThat(set.clock().millis()).isEqualTo(5);
  }

  @Test
  void strategyOf_namesTheStrategyGivenElseTheAgentsClass() {
    Negotiator lambda = request -> Action.accept();
    Mediator anonymous =
        new Mediator() {
          @Override
          public Outcome draft(DraftRequest request) {
            return Outcome.of(0, 0);
          }
        };
    NegotiationSetup setup =
        NegotiationSetup.builder(parties(3))
            .negotiator("p1", new Stubborn())
            .negotiator("p2", lambda)
            .negotiator("p3", "boulware", new Scripted())
            .mediator(MEDIATOR, anonymous)
            .build();
    assertThat(setup.strategyOf("p1")).isEqualTo("Stubborn");
    assertThat(setup.strategyOf("p2")).isEqualTo("custom agent");
    assertThat(setup.strategyOf("p3")).isEqualTo("boulware");
    assertThat(setup.strategyOf(MEDIATOR)).isEqualTo("custom agent");
    assertThat(
            twoParties()
                .mediator(MEDIATOR, "hill-climbing", anonymous)
                .build()
                .strategyOf(MEDIATOR))
        .isEqualTo("hill-climbing");
    assertThat(twoParties().mediator(MEDIATOR, new ScriptedMediator()).build().strategyOf(MEDIATOR))
        .isEqualTo("ScriptedMediator");
    assertThatThrownBy(() -> setup.strategyOf("p9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no agent sits on seat 'p9'");
  }

  @Test
  void protocolsAreReadByTheirKey_andEachHasItsMechanism() {
    assertThat(ProtocolKind.values())
        .extracting(ProtocolKind::key)
        .containsExactly("alternating-offers", "single-text", "shuttle");
    for (ProtocolKind kind : ProtocolKind.values()) {
      assertThat(ProtocolKind.of(kind.key())).isEqualTo(kind);
    }
    assertThatThrownBy(() -> ProtocolKind.of("Shuttle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown protocol 'Shuttle'; expected alternating-offers, single-text or shuttle");
    assertThat(Mechanisms.create(twoParties().build()))
        .isInstanceOf(AlternatingOffersMechanism.class);
    for (ProtocolKind mediated : List.of(ProtocolKind.SINGLE_TEXT, ProtocolKind.SHUTTLE)) {
      assertThat(
              Mechanisms.create(
                  twoParties()
                      .protocol(mediated)
                      .mediator(MEDIATOR, new ScriptedMediator())
                      .build()))
          .isInstanceOf(SingleTextMechanism.class);
    }
  }
}
