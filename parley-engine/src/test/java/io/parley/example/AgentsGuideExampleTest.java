package io.parley.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.End;
import io.parley.event.NegotiationState;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The complete example of docs/agents.md, kept compiling and working. */
class AgentsGuideExampleTest {

  @Test
  void steadyNegotiators_agreeInAlternatingOffers() {
    Scenario scenario = ScenarioReader.read(Path.of("..", "examples", "job-offer.yaml"));
    NegotiationSetup setup =
        NegotiationSetup.builder(scenario)
            .protocol(ProtocolKind.ALTERNATING_OFFERS)
            .negotiator("candidate", new SteadyNegotiator())
            .negotiator("employer", new SteadyNegotiator())
            .deadlineRounds(50)
            .seed(1)
            .build();
    Mechanism mechanism = Mechanisms.create(setup);
    NegotiationState end = mechanism.run();

    assertThat(end.end()).get().isInstanceOf(End.Agreement.class);
    var agreement = ((End.Agreement) end.end().get()).outcome();
    for (String party : scenario.negotiatingParties()) {
      var preferences = scenario.preferences().get(party);
      assertThat(preferences.allows(agreement.valueIndices())).isTrue();
      assertThat(preferences.utility().utility(agreement))
          .isGreaterThanOrEqualTo(preferences.reservation());
    }
  }

  @Test
  void midpointMediator_runsTheSingleText() {
    Scenario scenario = ScenarioReader.read(Path.of("..", "examples", "cairo-2024-phased.yaml"));
    NegotiationSetup setup =
        NegotiationSetup.builder(scenario)
            .protocol(ProtocolKind.SINGLE_TEXT)
            .negotiator("israel", new SteadyNegotiator())
            .negotiator("hamas", new SteadyNegotiator())
            .mediator("egypt", new MidpointMediator())
            .leadMediator("egypt")
            .deadlineRounds(10)
            .build();
    NegotiationState end = Mechanisms.create(setup).run();

    assertThat(end.isEnded()).isTrue();
    assertThat(end.textVersion()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theGuide_showsExactlyTheCompiledExamples() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "agents.md"));
    Path examples = Path.of("src", "test", "java", "io", "parley", "example");
    for (String file : new String[] {"SteadyNegotiator.java", "MidpointMediator.java"}) {
      assertThat(guide).contains(Files.readString(examples.resolve(file)).strip());
    }
  }
}
