package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.AnalysisLimitException;
import io.parley.interop.ConversionException;
import io.parley.live.LiveException;
import io.parley.scenario.ScenarioException;
import io.parley.store.StoreException;
import io.parley.tournament.output.ResultsFolderException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's one error path ({@link FailureHandler}), its atomic output ({@link
 * OutputFiles}) and the causes {@code serve} names when it cannot listen ({@link ServerStart}).
 */
class ErrorPathTest {
  private static final Path JOB_OFFER = Path.of("..", "examples", "job-offer.yaml");

  @TempDir Path dir;

  @Test
  void classify_mapsEachExceptionFamilyToItsExitCode() {
    assertThat(FailureHandler.classify(new ScenarioException("a.yaml", 3, 4, "issues", "bad")))
        .extracting(FailureHandler.Failure::exitCode)
        .isEqualTo(2);
    assertThat(FailureHandler.classify(new ResultsFolderException("x")).exitCode()).isEqualTo(2);
    assertThat(FailureHandler.classify(new AnalysisLimitException("too big")))
        .isEqualTo(new FailureHandler.Failure(1, "too big"));
    assertThat(FailureHandler.classify(new ConversionException("red lines")))
        .isEqualTo(new FailureHandler.Failure(1, "red lines"));
    assertThat(FailureHandler.classify(new StoreException("db down")).exitCode()).isEqualTo(1);
    assertThat(FailureHandler.classify(new CommandFailure(2, "--port 70000")))
        .isEqualTo(new FailureHandler.Failure(2, "--port 70000"));
    assertThat(
            FailureHandler.classify(
                new UncheckedIOException("cannot read x", new AccessDeniedException("x"))))
        .isEqualTo(new FailureHandler.Failure(1, "cannot read x: permission denied"));
  }

  @Test
  void classify_liveException_isBadInput() {
    assertThat(
            FailureHandler.classify(new LiveException(LiveException.Kind.values()[0], "bad move"))
                .exitCode())
        .isEqualTo(2);
  }

  @Test
  void classify_anythingElse_saysItIsAnInternalErrorAndAsksForAReport() {
    FailureHandler.Failure failure =
        FailureHandler.classify(new NullPointerException("seat was null"));

    assertThat(failure.exitCode()).isEqualTo(FailureHandler.INTERNAL);
    assertThat(failure.message())
        .startsWith("internal error (java.lang.NullPointerException: seat was null)")
        .contains("bug in Parley")
        .contains("please report it");
  }

  @Test
  void badOption_isAUsageErrorWithOneMessageLineAndTheUsage() {
    Run run = Run.of("analyze", "--no-such-option", JOB_OFFER.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()[0]).startsWith("parley: Unknown option: '--no-such-option'");
    assertThat(run.err()).contains("Usage: parley analyze");
  }

  @Test
  void convert_refused_leavesNothingBehind() throws IOException {
    Path out = dir.resolve("genius-out");

    Run run = Run.of("convert", JOB_OFFER.toString(), "--to", "genius", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("parley: cannot write the preferences of 'candidate' as GENIUS")
        .contains("GENIUS profiles have no red lines")
        .contains("candidate has 1 red line: \"the candidate will not accept a base salary below")
        .contains("Convert to yaml instead");
    assertThat(out).doesNotExist();
    assertThat(listing(dir)).isEmpty();
  }

  @Test
  void convert_refused_leavesAnExistingTargetAsItWas() throws IOException {
    Path out = Files.createDirectory(dir.resolve("genius-out"));
    Files.writeString(out.resolve("keep.txt"), "mine");

    Run run = Run.of("convert", JOB_OFFER.toString(), "--to", "geniusweb", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(listing(dir)).containsExactly("genius-out", "genius-out/keep.txt");
  }

  @Test
  void convert_badInput_exits2AndWritesNothing() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: x\nissues: [\n");
    Path out = dir.resolve("out.yaml");

    Run run = Run.of("convert", bad.toString(), "--to", "yaml", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("parley: " + bad);
    assertThat(listing(dir)).containsExactly("bad.yaml");
  }

  @Test
  void convert_toYaml_replacesTheTargetOnlyOnSuccess() throws IOException {
    Path out = Files.writeString(dir.resolve("out.yaml"), "old");

    Run run = Run.of("convert", JOB_OFFER.toString(), "--to", "yaml", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out)).contains("issues").doesNotContain("old");
    assertThat(listing(dir)).containsExactly("out.yaml");
  }

  @Test
  void writeFile_failingContent_keepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("plot.svg"), "old");

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                OutputFiles.write(
                    "the plot",
                    target,
                    file -> {
                      Files.writeString(file, "half");
                      throw new IOException("disk full");
                    }));

    assertThat(thrown)
        .isInstanceOf(CommandFailure.class)
        .hasMessage("cannot write the plot to " + target + ": disk full");
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(listing(dir)).containsExactly("plot.svg");
  }

  @Test
  void writeFile_keepsTheExtensionForWritersThatChooseTheFormatByIt() {
    OutputFiles.write(
        "the plot",
        dir.resolve("plot.svg"),
        file -> assertThat(file.getFileName().toString()).endsWith("plot.svg"));
  }

  @Test
  void run_refused_leavesNoEventsFile() throws IOException {
    Path events = dir.resolve("events.jsonl");

    Run run = Run.of("run", JOB_OFFER.toString(), "--events", events.toString(), "--deadline", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(listing(dir)).isEmpty();
  }

  @Test
  void run_events_writtenOnSuccessOnly_withoutTemporaryFiles() throws IOException {
    Path events = dir.resolve("events.jsonl");

    Run run = Run.of("run", JOB_OFFER.toString(), "--events", events.toString(), "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(listing(dir)).containsExactly("events.jsonl");
    assertThat(Files.readAllLines(events)).isNotEmpty();
  }

  @Test
  void serve_portInUse_namesTheCause() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      Run run = Run.of("serve", "--memory", "--port", String.valueOf(port));

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.errLines())
          .containsExactly(
              "parley: cannot listen on 127.0.0.1:"
                  + port
                  + ": address already in use (another program listens there); choose another"
                  + " --port, or 0 for any free port");
    }
  }

  @Test
  void serve_unknownHost_namesTheCause() {
    Run run = Run.of("serve", "--memory", "--host", "no-such-host.invalid", "--port", "0");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("parley: cannot listen on no-such-host.invalid:0: unknown host");
  }

  @Test
  void bindFailure_permissionDenied_namesTheCause() {
    var wrapped = new RuntimeException("start failed", new BindException("Permission denied"));

    assertThat(ServerStart.bindFailure(wrapped, "0.0.0.0", 80))
        .get()
        .extracting(CommandFailure::getMessage)
        .isEqualTo(
            "cannot listen on 0.0.0.0:80: permission denied (ports below 1024 need administrator"
                + " rights); choose a --port of 1024 or more");
  }

  @Test
  void bindFailure_unknownHostAndOtherCauses() {
    assertThat(ServerStart.bindFailure(new RuntimeException(new UnknownHostException("x")), "x", 1))
        .get()
        .extracting(CommandFailure::getMessage)
        .asString()
        .contains("unknown host 'x'");
    assertThat(ServerStart.bindFailure(new IllegalStateException("other"), "h", 1)).isEmpty();
  }

  private static java.util.List<String> listing(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
