package io.parley.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.NegotiationState;
import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped Python example agent (examples/agents/python) against Parley's built-in agents. */
class PythonAgentTest {
  private static final PluginAgents PLUGINS =
      PluginAgents.classpath().withReplyTimeout(Duration.ofSeconds(30));
  private static Path agent;

  @BeforeAll
  static void findPython() {
    assumeTrue(
        PluginFixtures.pythonAvailable(),
        "python3 is not installed here: skipping the Python example agent's tests");
    agent = PluginFixtures.pythonAgent().orElse(null);
    assumeTrue(agent != null, "examples/agents/python/agent.py not found above the working dir");
  }

  private record Result(NegotiationState state, List<Event> events, ProcessNegotiator agent) {}

  private static Result run(ProtocolKind protocol, String opponent, String exponent) {
    Scenario deal = PluginFixtures.deal();
    var buyer =
        (ProcessNegotiator)
            Strategies.negotiator("process:python3 '" + agent + "' --e " + exponent, PLUGINS);
    var builder =
        NegotiationSetup.builder(deal)
            .protocol(protocol)
            .negotiator("buyer", buyer)
            .negotiator("seller", Strategies.negotiator(opponent))
            .deadlineRounds(30)
            .seed(7);
    if (protocol != ProtocolKind.ALTERNATING_OFFERS) {
      builder.mediator("broker", Strategies.mediator("split-the-difference"));
    }
    Mechanism mechanism = Mechanisms.create(builder.build());
    NegotiationState state = mechanism.run();
    return new Result(state, mechanism.events(), buyer);
  }

  private static void assertNoFailure(Result result) {
    End end = result.state().end().orElseThrow();
    if (end instanceof End.NoAgreement none) {
      assertThat(none.reason()).as(none.detail()).isNotEqualTo(EndReason.FAILURE);
    }
    assertThat(result.agent().process().isAlive()).as("the child is reaped").isFalse();
  }

  private static boolean acceptable(Preferences buyer, Outcome outcome) {
    return buyer.allows(outcome.valueIndices())
        && buyer.utility().utility(outcome) >= buyer.reservation();
  }

  @ParameterizedTest(name = "against {0}")
  @ValueSource(strings = {"linear", "conceder", "boulware", "tit-for-tat"})
  void alternatingOffers_agreesOrRunsOut_andNeverOffersOrAcceptsBelowItsReservation(
      String opponent) {
    Result result = run(ProtocolKind.ALTERNATING_OFFERS, opponent, "1");

    assertNoFailure(result);
    Preferences buyer = PluginFixtures.deal().preferences().get("buyer");
    List<Event> moves = result.events().stream().filter(e -> e.sender().equals("buyer")).toList();
    assertThat(moves).isNotEmpty();
    for (Event move : moves) {
      if (move.payload() instanceof Payload.Offered offered) {
        assertThat(acceptable(buyer, offered.outcome())).as("offer %s", offered).isTrue();
      } else if (move.payload() instanceof Payload.Accepted accepted) {
        assertThat(acceptable(buyer, accepted.outcome())).as("accepts %s", accepted).isTrue();
      }
    }
  }

  @ParameterizedTest(name = "e = {0}")
  @ValueSource(strings = {"0.5", "2"})
  void singleText_amendmentsEachRaiseItsOwnUtility(String exponent) {
    Result result = run(ProtocolKind.SINGLE_TEXT, "linear", exponent);

    assertNoFailure(result);
    Preferences buyer = PluginFixtures.deal().preferences().get("buyer");
    Map<Integer, Outcome> texts = new HashMap<>();
    int answers = 0;
    for (Event event : result.events()) {
      if (event.payload() instanceof Payload.TextDrafted drafted) {
        texts.put(drafted.version(), drafted.text());
      } else if (event.sender().equals("buyer")
          && event.payload() instanceof Payload.Amended amended) {
        answers++;
        Outcome text = texts.get(amended.version());
        double current = buyer.utility().utility(text);
        for (Amendment amendment : amended.amendments()) {
          Outcome changed = text.with(amendment.issue(), amendment.value());
          assertThat(buyer.utility().utility(changed)).isGreaterThan(current);
        }
      } else if (event.sender().equals("buyer")
          && event.payload() instanceof Payload.Accepted accepted) {
        answers++;
        assertThat(acceptable(buyer, accepted.outcome())).isTrue();
      } else if (event.sender().equals("buyer") && event.payload() instanceof Payload.Rejected) {
        answers++;
      }
    }
    assertThat(answers).as("the Python agent answered texts").isPositive();
  }
}
