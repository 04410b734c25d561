package io.parley.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.negotiator.Negotiator;
import io.parley.plugin.ProcessNegotiator;
import io.parley.protocol.NegotiationSetup;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigurationPluginTest {
  private static Scenario scenarioWithRunSection(String buyerStrategy) {
    return ScenarioReader.parse(
        "test.yaml",
        """
        name: guarded
        parties:
          - {id: buyer, role: party}
          - {id: seller, role: party}
        issues:
          - {id: price, values: [low, high]}
        preferences:
          buyer:
            weights: {price: 1.0}
            values: {price: {low: 1.0, high: 0.0}}
          seller:
            weights: {price: 1.0}
            values: {price: {low: 0.0, high: 1.0}}
        run:
          negotiators: {buyer: "%s"}
        """
            .formatted(buyerStrategy),
        false);
  }

  private static RunOptions options(Map<String, String> negotiators) {
    return new RunOptions(
        Optional.empty(),
        negotiators,
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalLong.empty(),
        Duration.ZERO,
        Optional.empty());
  }

  @Test
  void processAgentInAScenariosRunSection_isRefusedWithoutStartingIt(@TempDir Path dir) {
    Path marker = dir.resolve("started");
    Scenario scenario = scenarioWithRunSection("process:touch " + marker);

    assertThatThrownBy(() -> RunConfiguration.setup(scenario, options(Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scenario 'guarded' names the process agent 'process:touch")
        .hasMessageContaining("for party 'buyer' in its run section")
        .hasMessageContaining("--negotiator buyer=process:");
    assertThat(Files.exists(marker)).isFalse();
  }

  @Test
  void processAgentOnTheCommandLine_overridesTheScenarioAndIsAllowed() throws Exception {
    Scenario scenario = scenarioWithRunSection("process:touch /nonexistent/never");
    Path agent = Path.of(getClass().getResource("/io/parley/plugin/fault-agent.sh").toURI());
    String shell = "process:sh '" + agent + "' ok";

    NegotiationSetup setup = RunConfiguration.setup(scenario, options(Map.of("buyer", shell)));

    Negotiator buyer = setup.negotiators().get("buyer");
    assertThat(buyer).isInstanceOf(ProcessNegotiator.class);
    ((ProcessNegotiator) buyer).close();
  }
}
