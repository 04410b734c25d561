package io.parley.cli;

import io.parley.tournament.Plan;
import io.parley.tournament.Tournament;
import io.parley.tournament.TournamentConfig;
import io.parley.tournament.TournamentConfigReader;
import io.parley.tournament.output.ResultsFolder;
import io.parley.tournament.output.TournamentOutputs;
import io.parley.tournament.run.LocalRunner;
import io.parley.tournament.run.StopOnShutdown;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley tournament CONFIG --out DIR}: plans a tournament (plan.json), runs it on every core
 * and writes results.csv, results.parquet, scores.csv and report.html. A thin adapter over {@link
 * Tournament}, {@link LocalRunner} and {@link TournamentOutputs}.
 *
 * <p>Exit codes: 0 done, 1 an output could not be written, 2 bad usage or input, 130 interrupted
 * (finished rows kept; continue with {@code --resume}).
 */
@Command(
    name = "tournament",
    mixinStandardHelpOptions = true,
    versionProvider = ParleyVersion.class,
    description = {
      "Run a tournament: every competitor against every other on every scenario, in every role;"
          + " results, scores and a report in --out. See docs/tournaments.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the tournament finished",
      "1:an output file could not be written",
      "2:bad usage or bad input",
      "130:interrupted; finished rows are kept, continue with --resume"
    })
final class TournamentCommand implements Callable<Integer> {
  static final int INTERRUPTED = 130;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CONFIG", description = "The tournament config (YAML or JSON).")
  Path config;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The results folder.")
  Path out;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      description = "Worker threads (default: every core).")
  Optional<Integer> parallel = Optional.empty();

  @Option(
      names = "--spark",
      paramLabel = "MASTER",
      description = "Run on Apache Spark: local[N] or spark://HOST:PORT.")
  Optional<String> spark = Optional.empty();

  @Option(names = "--resume", description = "Continue in DIR, skipping finished negotiations.")
  boolean resume;

  @Option(names = "--dry-run", description = "Plan, print the number of negotiations and stop.")
  boolean dryRun;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (parallel.isPresent() && parallel.get() < 1) {
        throw new CommandFailure(
            ExitCode.USAGE, "--parallel " + parallel.get() + " must be at least 1");
      }
      TournamentConfig tournament = TournamentConfigReader.read(config);
      Plan plan;
      try {
        plan = Tournament.plan(tournament);
      } catch (IllegalArgumentException e) {
        throw new CommandFailure(ExitCode.USAGE, config + ": " + e.getMessage());
      }
      plan.notes().forEach(n -> err.println("parley: note: " + n));
      if (dryRun) {
        stdout.println(plan.size() + " negotiations planned");
        stdout.flush();
        return ExitCode.OK;
      }
      if (spark.isPresent()) {
        return SparkLaunch.launch(
            config,
            out,
            spark.get(),
            resume,
            parallel.map(OptionalInt::of).orElse(OptionalInt.empty()));
      }
      ResultsFolder folder =
          resume ? ResultsFolder.resume(out, plan) : ResultsFolder.create(out, plan);
      int threads = parallel.orElse(LocalRunner.defaultThreads());
      LocalRunner runner =
          new LocalRunner(threads, new TerminalProgress(err, System.console() != null));
      LocalRunner.Outcome outcome = runWithStop(runner, folder);
      if (!outcome.complete()) {
        err.println(
            "parley: interrupted after "
                + outcome.done()
                + " of "
                + outcome.total()
                + " negotiations; the rows are in "
                + out.resolve(ResultsFolder.RESULTS)
                + "; continue with --resume");
        return INTERRUPTED;
      }
      TournamentOutputs.write(folder);
      stdout.println(
          "Ran "
              + outcome.written()
              + " negotiations ("
              + outcome.total()
              + " planned); wrote "
              + out.resolve(ResultsFolder.RESULTS)
              + ", "
              + TournamentOutputs.PARQUET
              + ", "
              + TournamentOutputs.SCORES
              + " and "
              + TournamentOutputs.REPORT);
      stdout.flush();
      return ExitCode.OK;
    } finally {
      stdout.flush();
    }
  }

  /** Runs with a shutdown hook that stops the runner and waits for the finished rows. */
  private static LocalRunner.Outcome runWithStop(LocalRunner runner, ResultsFolder folder) {
    return StopOnShutdown.run(
        runner::stop, Duration.ofSeconds(30), "parley-tournament-stop", () -> runner.run(folder));
  }
}
