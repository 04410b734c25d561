package io.parley.cli;

import io.parley.analysis.Analysis;
import io.parley.event.Event;
import io.parley.report.PlotFormat;
import io.parley.report.RunChart;
import io.parley.run.RunChartRecorder;
import io.parley.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * {@code parley run}'s figure options, {@code --html FILE} and {@code --plot FILE.svg}: the run's
 * chart ({@link RunChart}) is built from the events as they come, so it costs bounded memory
 * however long the run, and written once the run has ended.
 */
final class RunFigureOptions {
  @Option(
      names = "--html",
      paramLabel = "FILE",
      description =
          "Write an HTML page that draws the run: each party's utility of every offer over the"
              + " rounds, and the offers in the utility plane of each pair of parties.")
  Optional<Path> html = Optional.empty();

  @Option(
      names = "--plot",
      paramLabel = "FILE.svg",
      description = "Write the same figure as SVG (or PNG, by the file's extension).")
  Optional<Path> plot = Optional.empty();

  private RunChartRecorder recorder;

  /**
   * Starts recording a run of {@code scenario} if a figure was asked for.
   *
   * @throws CommandFailure (usage) if the plot file's extension is neither .svg nor .png
   */
  void start(Scenario scenario) {
    if (plot.isPresent()) {
      try {
        PlotFormat.of(plot.get());
      } catch (IllegalArgumentException e) {
        throw new CommandFailure(ExitCode.USAGE, "--plot: " + e.getMessage());
      }
    }
    recorder = html.isPresent() || plot.isPresent() ? new RunChartRecorder(scenario) : null;
  }

  /** Takes the run's next event. */
  void accept(Event event) {
    if (recorder != null) {
      recorder.accept(event);
    }
  }

  /**
   * Writes the figures asked for, drawn against the scenario's analysis if there is one (without
   * it, the figure has no frontier and no Nash point), and says so on {@code out} unless {@code
   * quiet}.
   *
   * @throws CommandFailure (exit 1) naming the file when one cannot be written
   */
  void write(Optional<Analysis> analysis, PrintWriter out, boolean quiet) {
    if (recorder == null) {
      return;
    }
    RunChart chart = analysis.map(recorder::chart).orElseGet(recorder::chart);
    if (html.isPresent()) {
      Path target = html.get();
      try {
        OutputFiles.replace(target, chart::writeHtml);
      } catch (IOException e) {
        throw cannotWrite("HTML page", target, e);
      }
      if (!quiet) {
        out.println("Wrote the run's HTML page to " + target);
      }
    }
    if (plot.isPresent()) {
      Path target = plot.get();
      try {
        OutputFiles.replace(target, chart::write);
      } catch (IOException e) {
        throw cannotWrite("plot", target, e);
      }
      if (!quiet) {
        out.println("Wrote the run's plot to " + target);
      }
    }
  }

  private static CommandFailure cannotWrite(String what, Path target, IOException e) {
    String reason =
        e instanceof java.nio.file.NoSuchFileException
            ? "no such directory"
            : e instanceof java.nio.file.AccessDeniedException
                ? "permission denied"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                    ? f.getReason()
                    : String.valueOf(e.getMessage());
    return new CommandFailure(
        ExitCode.SOFTWARE, "cannot write the run's " + what + " to " + target + ": " + reason);
  }
}
