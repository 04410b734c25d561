package io.parley.cli;

import java.nio.file.Path;
import java.util.OptionalInt;
import picocli.CommandLine.ExitCode;

/**
 * The hook behind {@code parley tournament --spark MASTER}: runs the tournament with the Spark
 * runner in a child process (parley-spark's own jar), so that Spark never enters this jar. The
 * parley-spark module fills this in; until it does, {@code --spark} is refused with a clear
 * message.
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
    throw new CommandFailure(
        ExitCode.USAGE,
        "--spark "
            + master
            + ": this build has no Spark runner (the parley-spark module); run without --spark");
  }
}
