package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley run}'s plumbing: exit codes of runs that fail inside, the implicit neutral
 * mediator, streamed outputs and the strategy listing.
 */
class RunPlumbingTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Optional<Path> DOMAINS = locate();

  private static Optional<Path> locate() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("shared").resolve("domains"))) {
        return Optional.of(d.resolve("shared").resolve("domains"));
      }
    }
    return Optional.empty();
  }

  private static Path domain(String name) {
    assumeTrue(DOMAINS.isPresent(), "shared/domains not found; skipping");
    return DOMAINS.get().resolve(name);
  }

  @Test
  void everyShippedExample_runsUnderEveryProtocolWithoutExtraFlags() throws IOException {
    List<Path> examples;
    try (Stream<Path> list = Files.list(EXAMPLES)) {
      examples = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
    for (Path example : examples) {
      for (String protocol : new String[] {"alternating-offers", "single-text", "shuttle"}) {
        Run run = Run.of("run", example.toString(), "--protocol", protocol, "--json");

        assertThat(run.exitCode()).as(example + " " + protocol + ": " + run.err()).isZero();
        assertThat(run.out()).as(example + " " + protocol).doesNotContain("\"failure\"");
      }
    }
  }

  @Test
  void cairoUnderAlternatingOffers_keepsItsSessionsAndIgnoresTheBroker() {
    Run run =
        Run.of(
            "run",
            EXAMPLES.resolve("cairo-2024.yaml").toString(),
            "--protocol",
            "alternating-offers");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("== Cairo talks, Cairo, Saturday: attending Hamas; absent Israel")
        .contains("the deadline of 4 rounds passed");
  }

  @Test
  void events_streamEveryEventAsJsonLines_andTranscriptIsItsAlias(@TempDir Path dir)
      throws IOException {
    Path events = dir.resolve("events.jsonl");
    Path alias = dir.resolve("alias.jsonl");
    String job = EXAMPLES.resolve("job-offer.yaml").toString();
    Run run = Run.of("run", job, "--seed", "3", "--events", events.toString(), "--json");
    Run old = Run.of("run", job, "--seed", "3", "--transcript", alias.toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(old.exitCode()).as(old.err()).isZero();
    List<String> lines = Files.readAllLines(events);
    JsonNode summary = new ObjectMapper().readTree(run.out());
    assertThat(lines).hasSize(summary.get("events").asInt());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(new ObjectMapper().readTree(lines.get(i)).get("seq").asInt()).isEqualTo(i + 1);
    }
    assertThat(lines.get(lines.size() - 1)).contains("\"type\":\"end\"");
    assertThat(Files.readAllLines(alias)).isEqualTo(lines);
  }

  @Test
  void eventsAndTranscriptTogether_isAUsageError(@TempDir Path dir) {
    Run run =
        Run.of(
            "run",
            EXAMPLES.resolve("job-offer.yaml").toString(),
            "--events",
            dir.resolve("a").toString(),
            "--transcript",
            dir.resolve("b").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--transcript is the old name of --events");
    assertThat(dir.resolve("a")).doesNotExist();
  }

  @Test
  void strategies_withoutAScenario_listsThem() {
    Run run = Run.of("run", "--strategies");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("boulware", "nash-seeking");
  }

  @Test
  void neitherScenarioNorStrategies_isAUsageError() {
    Run run = Run.of("run");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("parley: run needs a SCENARIO").contains("--strategies");
  }

  @Test
  void agentThatFailsInsideTheRun_exits1NamingSeatStrategyAndCause() {
    // 10^10 outcomes with hyper-rectangle utilities: no agent can index them.
    Run run =
        Run.of(
            "run",
            domain("S-1NAGUNL-114_nonlinear").toString(),
            "--negotiator",
            "profile-1=conceder");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("NO AGREEMENT (failure)");
    assertThat(run.err())
        .contains(
            "parley: the run failed: seat 'profile-1' playing conceder: profile-1 failed"
                + " (exception): start threw IllegalArgumentException: the utility is not linear"
                + " additive (HyperRectangleUtility)")
        .contains("it evaluates at most 20000000");
  }

  @Test
  void cappedGeniusDomain_runsToAgreementUnderEveryProtocol() {
    for (String protocol : new String[] {"alternating-offers", "single-text", "shuttle"}) {
      Run run =
          Run.of("run", domain("Laptop_ANAC2011").toString(), "--protocol", protocol, "--json");

      assertThat(run.exitCode()).as(protocol + ": " + run.err()).isZero();
      assertThat(run.out()).contains("\"end\" : \"agreement\"");
    }
  }

  @Test
  void mediatedProtocolOnAScenarioWithoutMediator_seatsTheNeutralMediator() {
    Run run =
        Run.of(
            "run",
            EXAMPLES.resolve("job-offer.yaml").toString(),
            "--protocol",
            "shuttle",
            "--mediator",
            "hill-climbing");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Neutral mediator meets");
  }
}
