package io.parley.cli;

import io.parley.stability.StabilityAnalysis;
import io.parley.stability.StabilityJson;
import io.parley.stability.StabilityReader;
import io.parley.stability.StabilityResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley stability FILE}: reads a conflict model in option form (docs/stability.md),
 * analyses it with the Graph Model for Conflict Resolution and prints every state's stability as
 * text or JSON.
 *
 * <p>Exit codes: 0 analysed, 2 bad usage or bad input (one line on standard error: {@code parley:
 * <message>}; nothing on standard output).
 */
@Command(
    name = "stability",
    mixinStandardHelpOptions = true,
    versionProvider = ParleyVersion.class,
    description = {
      "Analyse a conflict with the Graph Model for Conflict Resolution: every state's Nash, GMR,"
          + " SMR and SEQ stability for each decision maker, alone and against coalitions, and"
          + " the equilibria."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:analysed", "2:bad usage or bad input (such as an invalid stability file)"})
final class StabilityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "A stability model (YAML, or JSON when the name ends in .json).")
  Path file;

  @Option(
      names = "--json",
      description = "Print the result as JSON (a stable contract) instead of text.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StabilityResult result = StabilityAnalysis.analyze(StabilityReader.read(file));
    if (json) {
      StabilityJson.write(result, out);
    } else {
      StabilityText.print(result, out);
    }
    out.flush();
    return ExitCode.OK;
  }
}
