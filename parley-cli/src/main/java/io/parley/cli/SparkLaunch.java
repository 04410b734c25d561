package io.parley.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;
import picocli.CommandLine.ExitCode;

/**
 * The hook behind {@code parley tournament --spark MASTER}: runs the tournament with the Spark
 * runner in a child process (parley-spark's own jar), so that Spark never enters this jar; see
 * {@link SparkLauncher}.
 */
final class SparkLaunch {
  private SparkLaunch() {}

  /**
   * Runs the tournament of {@code config} on Spark master {@code master}, writing to {@code out}.
   *
   * @return the exit code
   * @throws CommandFailure when it cannot
   */
  static int launch(Path config, Path out, String master, boolean resume, OptionalInt parallel) {
    if (parallel.isPresent()) {
      throw new CommandFailure(
          ExitCode.USAGE,
          "--parallel "
              + parallel.getAsInt()
              + " is for the local runner; with --spark the master sets the cores (local[N], or the"
              + " cluster's workers)");
    }
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    return SparkLauncher.ofThisProcess()
        .launch(
            config,
            out,
            master,
            resume,
            new TerminalProgress(err, System.console() != null),
            new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }
}
