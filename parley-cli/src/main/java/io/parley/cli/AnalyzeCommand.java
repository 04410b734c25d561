package io.parley.cli;

import io.parley.analysis.Analysis;
import io.parley.analysis.AnalysisJson;
import io.parley.analysis.Analyzer;
import io.parley.interop.ImportedScenario;
import io.parley.interop.ScenarioSource;
import io.parley.outcome.Outcome;
import io.parley.report.HtmlReport;
import io.parley.report.PlotFormat;
import io.parley.report.UtilityPlot;
import io.parley.scenario.Scenario;
import io.parley.settlement.AgreementText;
import io.parley.settlement.Settlement;
import io.parley.settlement.SettlementAnalyzer;
import io.parley.settlement.SettlementJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley analyze FILE...}: reads a scenario — a Parley file, a GENIUS or GeniusWeb
 * directory, or a domain file followed by profile files ({@link ScenarioSource}) — analyses it and
 * prints the result as text or JSON, optionally writing a utility plot and an HTML report.
 *
 * <p>Exit codes: 0 analysed, 1 an output could not be written, 2 bad usage or bad input (the
 * message is one line on standard error: {@code parley: <message>}).
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    versionProvider = ParleyVersion.class,
    description = {
      "Analyse a scenario: outcomes, feasible outcomes, the zone of possible agreement (ZOPA),"
          + " the Pareto frontier, the Nash, Kalai-Smorodinsky, utilitarian and egalitarian"
          + " packages, and, when there is no ZOPA, why and what would open one."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:analysed",
      "1:an output file could not be written, or the analysis exceeds Parley's exact limits",
      "2:bad usage or bad input (such as an invalid scenario file)"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // --- Import options (--real-step, --strict): see ImportSettings ---
  @Mixin ImportSettings imports = new ImportSettings();

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = {
        "A Parley scenario file (YAML, or JSON when the name ends in .json); or a GENIUS or"
            + " GeniusWeb directory (its domain file and every profile); or a domain file"
            + " (.xml: GENIUS, .json: GeniusWeb) followed by its profile files, one per party."
      })
  List<Path> files;

  @Option(
      names = "--json",
      description = "Print the analysis as JSON (a stable contract) instead of text.")
  boolean json;

  @Option(
      names = "--plot",
      paramLabel = "OUT.svg|OUT.png",
      description = "Write the utility plot of two parties; the extension chooses the format.")
  Optional<Path> plot = Optional.empty();

  @Option(
      names = "--parties",
      split = ",",
      paramLabel = "A,B",
      description = "The two parties to plot, horizontal axis first (default: the first two).")
  List<String> parties = List.of();

  @Option(
      names = "--sample",
      paramLabel = "N",
      defaultValue = "" + UtilityPlot.DEFAULT_SAMPLE_LIMIT,
      description =
          "Plot every outcome of a space of at most N outcomes, else a uniform random sample of N"
              + " (default: ${DEFAULT-VALUE}).")
  int sample;

  @Option(
      names = "--html",
      paramLabel = "OUT.html",
      description = "Write a self-contained HTML report with the plot.")
  Optional<Path> html = Optional.empty();

  // --- Settlement (io.parley.settlement): --agreement ---
  @Option(
      names = "--agreement",
      paramLabel = "ISSUE=VALUE,...",
      description = {
        "An agreement reached (every issue, comma-separated): report its post-settlement"
            + " improvement, and carry it out under the scenario's implementation plan."
      })
  Optional<String> agreement = Optional.empty();

  // --- end of settlement ---

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    checkOptions();
    ImportedScenario imported = imports.load(files, spec.commandLine().getErr());
    Scenario scenario = imported.scenario();
    Analysis analysis = Analyzer.analyze(scenario);
    Settlement settlement = settlement(scenario, analysis);
    Optional<UtilityPlot> utilityPlot = plot(scenario, analysis);
    if (json) {
      AnalysisJson.write(
          analysis,
          scenario.space(),
          out,
          SettlementJson.fields(settlement, analysis.parties(), scenario.space()));
    } else {
      AnalysisText.print(scenario, analysis, out);
      SettlementText.print(scenario, settlement, out);
    }
    if (plot.isPresent()) {
      Path target = plot.get();
      OutputFiles.write("the plot", target, file -> utilityPlot.orElseThrow().write(file));
      announce("Wrote the plot to " + target);
    }
    if (html.isPresent()) {
      Path target = html.get();
      OutputFiles.write(
          "the report", target, file -> HtmlReport.write(file, scenario, analysis, utilityPlot));
      announce("Wrote the report to " + target);
    }
    out.flush();
    return ExitCode.OK;
  }

  /** The settlement sections; a bad {@code --agreement} is a usage error (exit 2). */
  private Settlement settlement(Scenario scenario, Analysis analysis) {
    Optional<Outcome> outcome;
    try {
      outcome = agreement.map(text -> AgreementText.parse(text, scenario));
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.USAGE, "--agreement: " + e.getMessage());
    }
    return SettlementAnalyzer.analyze(scenario, analysis, outcome);
  }

  /** Checks what the options say before the scenario is read. */
  private void checkOptions() {
    if (!parties.isEmpty() && parties.size() != 2) {
      throw new CommandFailure(
          ExitCode.USAGE,
          "--parties takes two party ids, as A,B; got " + String.join(",", parties));
    }
    if (sample < 1 || sample > UtilityPlot.MAX_SAMPLE_LIMIT) {
      throw new CommandFailure(
          ExitCode.USAGE,
          "--sample " + sample + " outside [1, " + UtilityPlot.MAX_SAMPLE_LIMIT + "]");
    }
    if (plot.isPresent()) {
      try {
        PlotFormat.of(plot.get());
      } catch (IllegalArgumentException e) {
        throw new CommandFailure(ExitCode.USAGE, e.getMessage());
      }
    }
  }

  /**
   * The plot for {@code --plot} and {@code --html}; empty when neither asks for one, or when only
   * the report does and the scenario has fewer than two parties to plot.
   */
  private Optional<UtilityPlot> plot(Scenario scenario, Analysis analysis) {
    if (plot.isEmpty() && (html.isEmpty() || analysis.parties().size() < 2)) {
      return Optional.empty();
    }
    try {
      var builder = UtilityPlot.builder(scenario, analysis).sampleLimit(sample);
      if (!parties.isEmpty()) {
        builder.parties(parties.get(0), parties.get(1));
      }
      return Optional.of(builder.build());
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.USAGE, e.getMessage());
    }
  }

  /** Reports a file written, unless standard output is reserved for JSON. */
  private void announce(String message) {
    if (!json) {
      spec.commandLine().getOut().println(message);
    }
  }
}
