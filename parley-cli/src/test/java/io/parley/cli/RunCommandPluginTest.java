package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley run} with plug-in agents: --agent-path, class:, process: and their bad input. */
class RunCommandPluginTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String JOB_OFFER = EXAMPLES.resolve("job-offer.yaml").toString();

  private static void assertUsageErrorWritingNothing(Run run, Path transcript, String... parts) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("parley: ").contains(parts);
    assertThat(transcript).doesNotExist();
  }

  @Test
  void missingAgentJar_isAUsageErrorNamingIt(@TempDir Path dir) {
    Path transcript = dir.resolve("t.jsonl");

    Run run =
        Run.of(
            "run",
            "--agent-path",
            "agents/missing.jar",
            "--transcript",
            transcript.toString(),
            JOB_OFFER);

    assertUsageErrorWritingNothing(
        run, transcript, "--agent-path: agent path entry agents/missing.jar does not exist");
  }

  @Test
  void agentPathEntryThatIsNotAJar_isAUsageErrorNamingIt(@TempDir Path dir) throws IOException {
    Path notJar = Files.writeString(dir.resolve("agent.jar"), "#!/bin/sh\necho hi\n");
    Path transcript = dir.resolve("t.jsonl");

    Run run =
        Run.of(
            "run",
            "--agent-path",
            notJar.toString(),
            "--transcript",
            transcript.toString(),
            JOB_OFFER);

    assertUsageErrorWritingNothing(run, transcript, notJar + " is not a jar");
  }

  @Test
  void unknownAgentClass_isAUsageErrorNamingTheClass(@TempDir Path dir) {
    Path transcript = dir.resolve("t.jsonl");

    Run run =
        Run.of(
            "run",
            "--negotiator",
            "candidate=class:com.example.NoSuchAgent",
            "--transcript",
            transcript.toString(),
            JOB_OFFER);

    assertUsageErrorWritingNothing(
        run, transcript, "agent class com.example.NoSuchAgent not found on Parley's classpath");
  }

  @Test
  void classThatIsNotAnAgent_isAUsageError(@TempDir Path dir) {
    Path transcript = dir.resolve("t.jsonl");

    Run run =
        Run.of(
            "run",
            "--negotiator",
            "candidate=class:java.lang.StringBuilder",
            "--transcript",
            transcript.toString(),
            JOB_OFFER);

    assertUsageErrorWritingNothing(
        run, transcript, "java.lang.StringBuilder", "does not implement");
  }

  @Test
  void processThatCannotStart_isAUsageErrorNamingTheCommand(@TempDir Path dir) {
    Path transcript = dir.resolve("t.jsonl");

    Run run =
        Run.of(
            "run",
            "--negotiator",
            "candidate=process:/no/such/agent-binary --fast",
            "--transcript",
            transcript.toString(),
            JOB_OFFER);

    assertUsageErrorWritingNothing(
        run, transcript, "process agent '/no/such/agent-binary --fast' could not be started");
  }

  @Test
  void pythonExampleAgent_negotiatesFromTheCommandLine(@TempDir Path dir) throws Exception {
    assumeTrue(pythonAvailable(), "python3 is not installed here: skipping");
    Path agent = EXAMPLES.resolve("agents/python/agent.py");
    Path transcript = dir.resolve("t.jsonl");

    Run run =
        Run.of(
            "run",
            "--budget-ms",
            "0",
            "--deadline",
            "40",
            "--negotiator",
            "candidate=process:python3 " + agent + " --e 0.5",
            "--negotiator",
            "employer=conceder",
            "--transcript",
            transcript.toString(),
            JOB_OFFER);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("failed (").contains("Candidate offers");
    assertThat(Files.readAllLines(transcript))
        .anySatisfy(line -> assertThat(line).contains("\"sender\":\"candidate\""));
  }

  @Test
  void help_mentionsTheAgentPath() {
    Run run = Run.of("run", "--help");

    assertThat(run.out()).contains("--agent-path=JAR").contains("process:COMMAND");
  }

  private static boolean pythonAvailable() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
