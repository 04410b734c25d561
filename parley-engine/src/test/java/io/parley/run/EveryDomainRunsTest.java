package io.parley.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.analysis.AgreementSpace;
import io.parley.analysis.AnalysisLimitException;
import io.parley.event.End;
import io.parley.event.EndReason;
import io.parley.interop.ScenarioSource;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Scenario;
import io.parley.strategy.Strategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every domain in ../shared/domains (skipped when absent) runs under every protocol and every
 * registered negotiator and mediator strategy: a domain that {@code parley analyze} accepts never
 * ends in a failure; one beyond the analysis' limits ends in a failure that names the seat, its
 * strategy and the limit.
 *
 * <p>The strategies come from the registry ({@link Strategies#negotiatorNames()}, {@link
 * Strategies#mediatorNames()}), so agents added later are covered too. Under each protocol every
 * negotiator strategy plays every party once, facing a mediator strategy drawn in turn from the
 * registry, so every mediator strategy runs under both mediated protocols as well.
 */
class EveryDomainRunsTest {
  private static final Optional<Path> DOMAINS = locate();

  private static Optional<Path> locate() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("shared").resolve("domains"))) {
        return Optional.of(d.resolve("shared").resolve("domains"));
      }
    }
    return Optional.empty();
  }

  @TestFactory
  Stream<DynamicTest> everyDomain_runsUnderEveryProtocolAndStrategy() throws IOException {
    assumeTrue(DOMAINS.isPresent(), "shared/domains not found; skipping");
    List<Path> domains;
    try (Stream<Path> list = Files.list(DOMAINS.get())) {
      domains = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(domains).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path domain : domains) {
      for (ProtocolKind protocol : ProtocolKind.values()) {
        tests.add(
            DynamicTest.dynamicTest(
                domain.getFileName() + " under " + protocol.key(), () -> runAll(domain, protocol)));
      }
    }
    return tests.stream();
  }

  private static void runAll(Path domain, ProtocolKind protocol) {
    Scenario scenario = ScenarioSource.load(domain).scenario();
    boolean analysable = analysable(scenario);
    List<String> negotiators = Strategies.negotiatorNames();
    List<String> mediators = Strategies.mediatorNames();
    int runs = Math.max(negotiators.size(), mediators.size());
    for (int k = 0; k < runs; k++) {
      String negotiator = negotiators.get(k % negotiators.size());
      String mediator = mediators.get(k % mediators.size());
      var options =
          new RunOptions(
              Optional.of(protocol),
              everyParty(scenario, negotiator),
              Optional.of(mediator),
              Optional.empty(),
              OptionalInt.empty(),
              OptionalLong.of(k),
              Duration.ZERO,
              Optional.empty());
      NegotiationSetup setup = RunConfiguration.setup(scenario, options);
      Mechanism mechanism = Mechanisms.create(setup);
      int steps = 0;
      while (!mechanism.state().isEnded()) {
        mechanism.step();
        assertThat(++steps)
            .as("steps of a %d-round run", RunConfiguration.DEFAULT_ROUNDS)
            .isLessThan(100 * RunConfiguration.DEFAULT_ROUNDS * 20);
      }
      End end = mechanism.state().end().orElseThrow();
      String what = negotiator + " with " + mediator;
      Optional<RunFault> fault = RunFault.of(setup, end);
      if (analysable) {
        assertThat(fault).as(what).isEmpty();
      } else if (fault.isPresent()) {
        // Beyond the analysis' limits an agent may refuse the space, but it must say why.
        assertThat(((End.NoAgreement) end).reason()).isEqualTo(EndReason.FAILURE);
        assertThat(fault.get().message())
            .as(what)
            .startsWith("the run failed: seat '" + fault.get().seat() + "' playing ")
            .contains(fault.get().seat() + " failed (");
        assertThat(fault.get().strategy()).isIn(negotiator, mediator);
      }
    }
  }

  private static Map<String, String> everyParty(Scenario scenario, String strategy) {
    Map<String, String> seats = new LinkedHashMap<>();
    for (String party : scenario.negotiatingParties()) {
      seats.put(party, strategy);
    }
    return seats;
  }

  /** Whether {@code parley analyze} accepts the scenario: it fits the analysis' limits. */
  private static boolean analysable(Scenario scenario) {
    try {
      AgreementSpace.of(scenario);
      return true;
    } catch (AnalysisLimitException e) {
      return false;
    }
  }
}
