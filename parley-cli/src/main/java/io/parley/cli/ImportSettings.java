package io.parley.cli;

import io.parley.interop.GeniusDomainReader;
import io.parley.interop.ImportOptions;
import io.parley.interop.ImportedScenario;
import io.parley.interop.ScenarioSource;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads a scenario ({@code analyze}, {@code run}, {@code
 * convert}): how GENIUS and GeniusWeb files are imported. Loads the scenario and prints what the
 * import noted ({@code parley: note: ...}) and assumed ({@code parley: warning: ...}) on standard
 * error.
 */
final class ImportSettings {
  @Option(
      names = "--real-step",
      paramLabel = "STEP",
      description =
          "Cut each GENIUS real-valued issue into the points lower + k*STEP <= upper (default: "
              + GeniusDomainReader.DEFAULT_REAL_STEPS
              + " equal intervals, GENIUS's own grid).")
  Optional<BigDecimal> realStep = Optional.empty();

  @Option(
      names = "--strict",
      description =
          "Refuse, instead of warning, what an imported file leaves to be assumed (a missing"
              + " reservation value, a discarded discount factor, weights that do not sum to 1).")
  boolean strict;

  /**
   * The import options.
   *
   * @throws CommandFailure (usage) if {@code --real-step} is not positive
   */
  ImportOptions options() {
    try {
      return new ImportOptions(realStep, strict);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.USAGE, e.getMessage());
    }
  }

  /** Loads the scenario {@code files} describe and prints its notes and warnings on {@code err}. */
  ImportedScenario load(List<Path> files, PrintWriter err) {
    ImportedScenario imported = ScenarioSource.load(files, options());
    imported.notes().forEach(note -> err.println("parley: note: " + note));
    imported.warnings().forEach(warning -> err.println("parley: warning: " + warning));
    return imported;
  }
}
