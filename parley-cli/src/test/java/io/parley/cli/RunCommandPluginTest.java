package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
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
  void agentsFromAJar_appearInTheListingAndPlaySeats(@TempDir Path dir) throws Exception {
    Path jar = agentJar(dir);

    Run listing = Run.of("run", "--agent-path", jar.toString(), "--strategies", JOB_OFFER);
    Run byName =
        Run.of(
            "run",
            "--agent-path",
            jar.toString(),
            "--negotiator",
            "candidate=jar-steady",
            JOB_OFFER);
    Run byClass =
        Run.of(
            "run",
            "--agent-path",
            dir + File.pathSeparator + jar,
            "--negotiator",
            "employer=class:com.example.JarSteady",
            JOB_OFFER);

    assertThat(listing.exitCode()).isZero();
    assertThat(listing.out()).contains("jar-steady").contains("always asks for one package");
    assertThat(byName.exitCode()).as(byName.err()).isZero();
    assertThat(byName.out()).contains(STEADY_OFFER).doesNotContain("failed (");
    assertThat(byClass.exitCode()).as(byClass.err()).isZero();
    assertThat(byClass.out()).contains(STEADY_OFFER).doesNotContain("failed (");
    assertThat(Run.of("run", "--strategies", JOB_OFFER).out()).doesNotContain("jar-steady");
  }

  private static final String STEADY_OFFER =
      "offers {salary=75000, start-date=in-1-month, signing-bonus=5000, remote-days=2,"
          + " job-title=senior-engineer}";

  /** A jar with a negotiator that always offers one package, published as "jar-steady". */
  static Path agentJar(Path dir) throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/com/example"));
    Files.writeString(
        src.resolve("JarSteady.java"),
        "package com.example;\n"
            + "import io.parley.negotiator.*;\nimport io.parley.outcome.Outcome;\n"
            + "public class JarSteady implements Negotiator {\n"
            + "  public Action act(Request r) { return Action.offer(Outcome.of(3, 1, 2, 2, 1)); }\n"
            + "}\n");
    Files.writeString(
        src.resolve("Agents.java"),
        "package com.example;\n"
            + "import io.parley.negotiator.Negotiator;\nimport io.parley.plugin.*;\n"
            + "import java.util.List;\n"
            + "public class Agents implements AgentProvider {\n"
            + "  public List<ProvidedAgent<Negotiator>> negotiators() {\n"
            + "    return List.of(ProvidedAgent.of(\"jar-steady\", \"always asks for one package\","
            + " JarSteady::new));\n"
            + "  }\n}\n");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String api =
        location(io.parley.negotiator.Negotiator.class)
            + File.pathSeparator
            + location(io.parley.outcome.Outcome.class);
    int code =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-classpath",
                api,
                src.resolve("JarSteady.java").toString(),
                src.resolve("Agents.java").toString());
    assertThat(code).isZero();
    Path jar = dir.resolve("agents.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name : List.of("JarSteady", "Agents")) {
        out.putNextEntry(new JarEntry("com/example/" + name + ".class"));
        out.write(Files.readAllBytes(classes.resolve("com/example/" + name + ".class")));
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/io.parley.plugin.AgentProvider"));
      out.write("com.example.Agents\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
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
