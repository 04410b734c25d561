package io.parley.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.event.Event;
import io.parley.event.FaultKind;
import io.parley.event.NegotiationState;
import io.parley.event.Payload;
import io.parley.negotiator.Negotiator;
import io.parley.outcome.Outcome;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessNegotiatorTest {
  private static final PluginAgents PLUGINS =
      PluginAgents.classpath().withReplyTimeout(Duration.ofSeconds(10));

  private record Outcomes(NegotiationState state, List<Event> events, ProcessNegotiator agent) {}

  /** Runs the deal with {@code spec} as the buyer against a built-in linear seller. */
  private static Outcomes run(String spec, PluginAgents plugins, Duration budget) {
    Scenario deal = PluginFixtures.deal();
    ProcessNegotiator buyer = (ProcessNegotiator) Strategies.negotiator(spec, plugins);
    var setup =
        NegotiationSetup.builder(deal)
            .protocol(ProtocolKind.ALTERNATING_OFFERS)
            .negotiator("buyer", buyer)
            .negotiator("seller", Strategies.negotiator("linear"))
            .deadlineRounds(10)
            .callBudget(budget)
            .build();
    Mechanism mechanism = Mechanisms.create(setup);
    NegotiationState state = mechanism.run();
    return new Outcomes(state, mechanism.events(), buyer);
  }

  private static void assertBuyerFailed(Outcomes run, FaultKind kind, String... detailParts) {
    assertThat(run.state().end()).get().isInstanceOf(End.NoAgreement.class);
    var end = (End.NoAgreement) run.state().end().get();
    assertThat(end.reason()).isEqualTo(EndReason.FAILURE);
    assertThat(end.party()).isEqualTo("buyer");
    assertThat(end.detail()).contains("buyer failed (" + kind.key() + ")").contains(detailParts);
    Payload.Faulted fault =
        run.events().stream()
            .map(Event::payload)
            .filter(Payload.Faulted.class::isInstance)
            .map(Payload.Faulted.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(fault.party()).isEqualTo("buyer");
    assertThat(fault.kind()).isEqualTo(kind);
    assertThat(run.agent().process().isAlive()).as("the child is killed and reaped").isFalse();
  }

  @Test
  void wellBehavedAgent_negotiatesAndIsReapedAtTheEnd() {
    Outcomes run = run(PluginFixtures.faultAgent("ok"), PLUGINS, Duration.ZERO);

    assertThat(run.state().end()).get().isInstanceOf(End.Agreement.class);
    assertThat(run.events())
        .anySatisfy(
            e -> {
              assertThat(e.sender()).isEqualTo("buyer");
              assertThat(e.payload()).isEqualTo(new Payload.Offered(Outcome.of(1, 1, 2)));
            });
    assertThat(run.agent().process().isAlive()).isFalse();
  }

  @Test
  void debuggingOutputOnStandardOutput_breaksTheProtocol() {
    Outcomes run = run(PluginFixtures.faultAgent("chatty"), PLUGINS, Duration.ZERO);

    assertBuyerFailed(run, FaultKind.INVALID_MOVE, "not JSON", "debug: thinking");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "crash-on-act, EXCEPTION, closed its standard output instead of answering act",
    "crash-on-start, EXCEPTION, closed its standard output instead of answering start",
    "close-stdout, EXCEPTION, closed its standard output",
    "error, EXCEPTION, reported an error: KeyError",
    "garbage, INVALID_MOVE, not JSON: 'I think we should talk'",
    "wrong-id, INVALID_MOVE, id 999 where the request's id",
    "wrong-type, INVALID_MOVE, type 'ready' where 'action' was due",
    "unknown-action, INVALID_MOVE, action 'haggle'",
    "outside-space, INVALID_MOVE, issue 'price' the value \"free\"",
  })
  void faultyAgent_isIsolatedWithTheRightKind(String mode, FaultKind kind, String detail) {
    Outcomes run = run(PluginFixtures.faultAgent(mode), PLUGINS, Duration.ZERO);

    assertBuyerFailed(run, kind, detail, "fault-agent.sh");
  }

  @Test
  void crashingAgent_faultNamesItsExitCodeAndStandardError() {
    Outcomes run = run(PluginFixtures.faultAgent("crash-on-act"), PLUGINS, Duration.ZERO);

    assertBuyerFailed(run, FaultKind.EXCEPTION, "exited with code 3", "agent: something broke");
  }

  @Test
  void hangingAgent_isCutOffAtTheAdaptersOwnDeadline_withoutAnEngineBudget() {
    PluginAgents impatient = PLUGINS.withReplyTimeout(Duration.ofMillis(500));

    Outcomes run = run(PluginFixtures.faultAgent("hang-on-act"), impatient, Duration.ZERO);

    assertBuyerFailed(run, FaultKind.TIMEOUT, "reply deadline of 500 ms");
  }

  @Test
  void hangingAgent_isCutOffAtTheAdaptersDeadline_underALongerEngineBudget() {
    PluginAgents impatient = PLUGINS.withReplyTimeout(Duration.ofMillis(500));

    Outcomes run = run(PluginFixtures.faultAgent("hang-on-act"), impatient, Duration.ofSeconds(20));

    assertBuyerFailed(run, FaultKind.TIMEOUT, "reply deadline of 500 ms");
  }

  @Test
  void hangingAgent_underAShorterEngineBudget_isStillKilled() {
    Outcomes run = run(PluginFixtures.faultAgent("hang-on-act"), PLUGINS, Duration.ofMillis(300));

    assertThat(run.state().end()).get().isInstanceOf(End.NoAgreement.class);
    assertThat(((End.NoAgreement) run.state().end().get()).party()).isEqualTo("buyer");
    // The engine abandoned the call; the adapter, interrupted or at its own deadline, kills the
    // child.
    waitUntilDead(run.agent().process(), Duration.ofSeconds(15));
    assertThat(run.agent().process().isAlive()).isFalse();
  }

  @Test
  void programThatDoesNotExist_isASetupErrorNamingIt() {
    assertThatThrownBy(() -> Strategies.negotiator("process:/no/such/agent --fast", PLUGINS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("process agent '/no/such/agent --fast' could not be started");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "exit-at-once, exited with code 5",
    "bad-version, protocol version 99",
  })
  void agentThatDoesNotStart_isASetupError(String mode, String detail) {
    assertThatThrownBy(() -> Strategies.negotiator(PluginFixtures.faultAgent(mode), PLUGINS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("did not start")
        .hasMessageContaining("fault-agent.sh")
        .hasMessageContaining(detail);
  }

  @Test
  void agentThatNeverSaysHello_isASetupErrorAfterTheReplyDeadline() {
    PluginAgents impatient = PLUGINS.withReplyTimeout(Duration.ofMillis(400));

    assertThatThrownBy(
            () -> Strategies.negotiator(PluginFixtures.faultAgent("no-hello"), impatient))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("did not start")
        .hasMessageContaining("400 ms");
  }

  @Test
  void malformedCommand_isASetupError() {
    assertThatThrownBy(() -> Strategies.negotiator("process:python3 'agent.py", PLUGINS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unclosed single quote");
    assertThatThrownBy(() -> Strategies.negotiator("process:   ", PLUGINS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the command is empty");
  }

  @Test
  void close_killsAChildThatNeverRan() {
    ProcessNegotiator agent =
        (ProcessNegotiator) Strategies.negotiator(PluginFixtures.faultAgent("ok"), PLUGINS);
    assertThat(agent.process().isAlive()).isTrue();

    agent.close();

    assertThat(agent.process().isAlive()).isFalse();
  }

  @Test
  void everySeatGetsItsOwnProcess() {
    Negotiator first = Strategies.negotiator(PluginFixtures.faultAgent("ok"), PLUGINS);
    Negotiator second = Strategies.negotiator(PluginFixtures.faultAgent("ok"), PLUGINS);
    try {
      assertThat(((ProcessNegotiator) first).process().pid())
          .isNotEqualTo(((ProcessNegotiator) second).process().pid());
    } finally {
      ((ProcessNegotiator) first).close();
      ((ProcessNegotiator) second).close();
    }
  }

  @Test
  void processSpecForAMediatorSeat_isRefusedPlainly() {
    assertThatThrownBy(() -> Strategies.mediator("process:python3 mediator.py", PLUGINS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("process agents sit in party seats only");
  }

  private static void waitUntilDead(ProcessHandle process, Duration limit) {
    long end = System.nanoTime() + limit.toNanos();
    while (process.isAlive() && System.nanoTime() < end) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
