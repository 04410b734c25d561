package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  @Test
  void cairo_runsTheReportedTimelineAndCollapsesAtTheDeadline() {
    Run run = Run.of("run", example("cairo-2024.yaml"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("== Cairo talks, Cairo, Saturday: attending Hamas; absent Israel")
        .contains("Egypt puts text v1 to Hamas")
        .contains("Hamas answers text v1 in writing")
        .contains("Cairo talks adjourns; talks to resume in Doha, then Israel on Monday")
        .contains("(shuttle)")
        .contains("United States meets Israel")
        .contains("United States meets Hamas")
        .contains("talks to resume in Cairo on Tuesday")
        .contains("NO AGREEMENT (deadline): the deadline of 4 rounds passed")
        .contains("End: deadline after 4 rounds");
  }

  @Test
  void cairoPhased_reachesAnAgreementInsideItsZone() throws IOException {
    Run run = Run.of("run", "--json", example("cairo-2024-phased.yaml"));

    assertThat(run.exitCode()).isZero();
    JsonNode summary = JSON.readTree(run.out());
    assertThat(summary.get("end").asText()).isEqualTo("agreement");
    assertThat(summary.get("agreement").get("ceasefire").asText()).isEqualTo("phased-to-permanent");
    assertThat(summary.get("utilities").get("israel").asDouble()).isGreaterThanOrEqualTo(0.6);
    assertThat(summary.get("utilities").get("hamas").asDouble()).isGreaterThanOrEqualTo(0.45);
    assertThat(summary.get("pareto_distance").asDouble()).isZero();
    assertThat(summary.get("nash_distance").asDouble()).isZero();
  }

  @Test
  void json_hasTheContractKeys() throws IOException {
    Run run =
        Run.of(
            "run",
            "--json",
            "--protocol",
            "alternating-offers",
            "--deadline",
            "30",
            example("job-offer.yaml"));

    assertThat(run.exitCode()).isZero();
    JsonNode summary = JSON.readTree(run.out());
    assertThat(summary.fieldNames())
        .toIterable()
        .contains(
            "agreement",
            "end",
            "rounds",
            "utilities",
            "pareto_distance",
            "nash_distance",
            "events");
    assertThat(summary.get("rounds").isInt()).isTrue();
    assertThat(summary.get("events").isInt()).isTrue();
  }

  @Test
  void sameInputsAndSeed_giveAByteIdenticalTranscript(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("a.jsonl");
    Path second = dir.resolve("b.jsonl");
    for (Path target : new Path[] {first, second}) {
      Run run =
          Run.of(
              "run",
              "--transcript",
              target.toString(),
              "--negotiator",
              "candidate=random",
              "--seed",
              "7",
              example("job-offer.yaml"));
      assertThat(run.exitCode()).isZero();
    }
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    assertThat(Files.readAllLines(first).get(0)).startsWith("{\"seq\":1,");
  }

  @Test
  void unknownStrategy_isBadInputNamingIt() {
    Run run = Run.of("run", "--negotiator", "candidate=genius", example("job-offer.yaml"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("genius").contains("boulware");
  }

  @Test
  void negotiatorForUnknownParty_isBadInput() {
    Run run = Run.of("run", "--negotiator", "mayor=boulware", example("job-offer.yaml"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'mayor'");
  }

  @Test
  void mediatedProtocolWithoutMediator_seatsAnImplicitNeutralMediator() {
    Run run = Run.of("run", "--protocol", "single-text", example("job-offer.yaml"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Neutral mediator puts text v1 to");
  }

  @Test
  void strategies_areListed() {
    Run run = Run.of("run", "--strategies", example("job-offer.yaml"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("boulware", "tit-for-tat", "nash-seeking", "hill-climbing", "eliciting");
    assertThat(run.out())
        .contains("Bidding strategies", "Opponent models", "Acceptance strategies")
        .contains("  hardheaded  ", "  micro  ", "  atlas3  ", "  bayesian  ", "  ac-combi  ")
        .contains("      t=0.98  ");
  }

  @Test
  void negotiatorSpec_withNestedComponentsAndParameters_runs() {
    Run run =
        Run.of(
            "run",
            "--negotiator",
            "candidate=boa(bidding=time-dependent(e=0.5), model=bayesian, accept=ac-combi(t=0.95))",
            "--negotiator",
            "employer=hardheaded",
            example("job-offer.yaml"));

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void badComponentParameter_isBadInputNamingItAndWhere() {
    Run run =
        Run.of(
            "run",
            "--negotiator",
            "candidate=boa(model=frequency(rate=2))",
            example("job-offer.yaml"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .contains("unknown parameter 'rate' for opponent model 'frequency'")
        .contains("at model= of boa in 'boa(model=frequency(rate=2))'")
        .contains("learning=0.2");
  }
}
