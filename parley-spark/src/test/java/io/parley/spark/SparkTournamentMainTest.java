package io.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.tournament.Plan;
import io.parley.tournament.output.ResultsFolder;
import io.parley.tournament.output.RowSink;
import io.parley.tournament.run.NegotiationRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark runner's process: bad input and unusable masters exit 2 and write nothing. */
class SparkTournamentMainTest {

  @Test
  void run_local2_writesTheLocalRunnersResults(@TempDir Path dir) {
    Path config = SmallTournament.write(dir.resolve("config"));
    Plan plan = SmallTournament.plan(dir.resolve("config-copy"));
    Path local = dir.resolve("local");
    ResultsFolder localFolder = ResultsFolder.create(local, plan);
    NegotiationRunner negotiations = new NegotiationRunner(plan.config());
    try (RowSink sink = localFolder.results()) {
      plan.stream().map(negotiations::run).forEach(sink::accept);
    }
    Path out = dir.resolve("out");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    int code = run(stdout, config.toString(), "--out", out.toString(), "--spark", "local[2]");

    assertThat(code).isZero();
    assertThat(SmallTournament.withoutWallTime(out.resolve(ResultsFolder.RESULTS)))
        .containsExactlyElementsOf(
            SmallTournament.withoutWallTime(local.resolve(ResultsFolder.RESULTS)));
    String progress = stdout.toString(StandardCharsets.UTF_8);
    assertThat(progress.lines().filter(l -> l.startsWith(SparkTournamentMain.PROGRESS)))
        .isNotEmpty()
        .last()
        .asString()
        .startsWith(SparkTournamentMain.PROGRESS + "160 160 ");
  }

  @Test
  void run_missingScenario_exits2_namingIt(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("t.yaml");
    Files.writeString(config, "scenarios: [nowhere.yaml]\ncompetitors: [boulware]\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        SparkTournamentMain.run(
            new String[] {
              config.toString(), "--out", dir.resolve("out").toString(), "--spark", "local[2]"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("nowhere.yaml");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void run_missingAgentPath_exits2_beforeStartingSpark(@TempDir Path dir) throws IOException {
    Path config = SmallTournament.write(dir.resolve("config"));
    Files.writeString(
        config, Files.readString(config) + "\nagent_path: [" + dir.resolve("missing.jar") + "]\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        SparkTournamentMain.run(
            new String[] {
              config.toString(), "--out", dir.resolve("out").toString(), "--spark", "local[2]"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("agent_path").contains("missing.jar");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void run_existingResultsWithoutResume_exits2_beforeStartingSpark(@TempDir Path dir)
      throws IOException {
    Path config = SmallTournament.write(dir.resolve("config"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve(ResultsFolder.RESULTS), "index\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        SparkTournamentMain.run(
            new String[] {
              config.toString(), "--out", out.toString(), "--spark", "spark://127.0.0.1:1"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--resume");
    assertThat(out.resolve(ResultsFolder.PLAN)).doesNotExist();
  }

  @Test
  void process_unreachableMaster_exits2Within30s_writingNothing(@TempDir Path dir)
      throws Exception {
    Path config = SmallTournament.write(dir.resolve("config"));
    Path out = dir.resolve("out");
    int port = freePort();

    Child child = child(config, out, "spark://127.0.0.1:" + port);

    assertThat(child.code()).isEqualTo(2);
    assertThat(child.took()).isLessThan(Duration.ofSeconds(30));
    assertThat(child.stderr())
        .contains("cannot reach the Spark master spark://127.0.0.1:" + port)
        .contains("nothing was written");
    assertThat(out).doesNotExist();
  }

  @Test
  void process_silentMaster_exits2AfterTheBudget_writingNothing(@TempDir Path dir)
      throws Exception {
    Path config = SmallTournament.write(dir.resolve("config"));
    Path out = dir.resolve("out");
    // Accepts connections but never speaks Spark's protocol.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Child child =
          child(config, out, "spark://127.0.0.1:" + silent.getLocalPort(), "--start-timeout", "10");

      // Bounded by --start-timeout, not by Spark's own minute of retries. No timing assertion:
      // the bound is in the message.
      assertThat(child.code()).isEqualTo(2);
      assertThat(child.stderr()).contains("did not start the application within 10 s");
      assertThat(out).doesNotExist();
    }
  }

  private static int run(ByteArrayOutputStream stdout, String... args) {
    return SparkTournamentMain.run(
        args,
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8));
  }

  private record Child(int code, Duration took, String stderr) {}

  /** The runner's process started as the command line starts it: java -cp with this classpath. */
  private static Child child(Path config, Path out, String master, String... options)
      throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SparkTournamentMain.class.getName(),
                config.toString(),
                "--out",
                out.toString(),
                "--spark",
                master));
    command.addAll(List.of(options));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    long start = System.nanoTime();
    Process process = builder.start();
    byte[] stderr = process.getErrorStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return new Child(
        process.exitValue(),
        Duration.ofNanos(System.nanoTime() - start),
        new String(stderr, StandardCharsets.UTF_8));
  }

  private static int freePort() throws IOException {
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return free.getLocalPort();
    }
  }
}
