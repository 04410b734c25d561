package io.parley.cli;

import io.parley.analysis.Analysis;
import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.Analyzer;
import io.parley.interop.ImportedScenario;
import io.parley.interop.ScenarioSource;
import io.parley.plugin.PluginAgents;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.run.FollowThroughJson;
import io.parley.run.RunConfiguration;
import io.parley.run.RunFault;
import io.parley.run.RunJson;
import io.parley.run.RunOptions;
import io.parley.run.RunSummary;
import io.parley.run.TranscriptText;
import io.parley.scenario.Scenario;
import io.parley.settlement.FollowThroughResult;
import io.parley.strategy.Strategies;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley run SCENARIO...}: runs a negotiation — over a Parley scenario, a GENIUS or
 * GeniusWeb directory, or a domain file followed by profile files ({@link ScenarioSource}) — with
 * automated negotiators and mediators and prints its transcript (or, with {@code --json}, its
 * summary). Options override the scenario's {@code run} section. Same inputs and seed give a
 * byte-identical transcript.
 *
 * <p>Exit codes: 0 the run finished (with or without agreement), 1 an agent failed during the run
 * (the message names the seat, its strategy and the cause) or an output could not be written, 2 bad
 * usage or bad input.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = ParleyVersion.class,
    description = {
      "Run a negotiation: alternating offers, the mediated single negotiating text, or a shuttle,"
          + " with a strategy in every seat. Options override the scenario's run section."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the run finished, with or without agreement",
      "1:an agent failed during the run, or an output file could not be written",
      "2:bad usage or bad input"
    })
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // --- Import options (--real-step, --strict): see ImportSettings ---
  @Mixin ImportSettings imports = new ImportSettings();

  @Parameters(
      paramLabel = "SCENARIO",
      arity = "0..*",
      description = {
        "The scenario file (YAML or JSON); or a GENIUS or GeniusWeb directory; or a domain file"
            + " (.xml: GENIUS, .json: GeniusWeb) followed by its profile files."
      })
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--protocol",
      paramLabel = "P",
      description = "alternating-offers, single-text or shuttle.")
  Optional<String> protocol = Optional.empty();

  @Option(
      names = "--negotiator",
      paramLabel = "PARTY=STRATEGY",
      description = "The strategy a party plays (repeatable); see --strategies.")
  Map<String, String> negotiators = new LinkedHashMap<>();

  @Option(names = "--mediator", paramLabel = "STRATEGY", description = "The mediators' strategy.")
  Optional<String> mediator = Optional.empty();

  @Option(
      names = "--lead",
      paramLabel = "MEDIATOR",
      description = "The mediator who drafts the text.")
  Optional<String> lead = Optional.empty();

  @Option(
      names = "--deadline",
      paramLabel = "ROUNDS",
      description =
          "A deadline in rounds; replaces the scenario's sessions with one plenary session.")
  Optional<Integer> deadline = Optional.empty();

  @Option(names = "--seed", paramLabel = "N", description = "The random seed.")
  Optional<Long> seed = Optional.empty();

  @Option(
      names = "--budget-ms",
      paramLabel = "MS",
      defaultValue = "1000",
      description =
          "Time budget per agent call in ms; 0 for unlimited (default: ${DEFAULT-VALUE}).")
  long budgetMillis;

  @Option(
      names = "--time-limit-ms",
      paramLabel = "MS",
      description = "A wall-clock deadline for the whole run (runs with it are not reproducible).")
  Optional<Long> timeLimitMillis = Optional.empty();

  @Option(
      names = "--json",
      description = "Print the run's summary as JSON instead of the transcript.")
  boolean json;

  // Streamed outputs (see RunOutputs): --events, and --transcript kept as a hidden alias.
  @Option(
      names = "--events",
      paramLabel = "FILE.jsonl",
      description = "Write every event to FILE as JSON Lines, as the run makes it.")
  Optional<Path> eventsFile = Optional.empty();

  @Option(names = "--transcript", paramLabel = "FILE.jsonl", hidden = true)
  Optional<Path> transcript = Optional.empty();

  @Option(names = "--strategies", description = "List the strategies and exit.")
  boolean listStrategies;

  // ---- Plug-in agents (io.parley.plugin) ----
  @Option(
      names = "--agent-path",
      paramLabel = "JAR",
      description = {
        "A jar (or class directory) to load plug-in agents from; repeatable, or a list separated"
            + " by '${sys:path.separator}'. Seats then take class:NAME, names the jars publish,"
            + " or process:COMMAND (an agent in any language; see docs/plugin-protocol.md)."
      })
  List<String> agentPath = new ArrayList<>();

  // --- Run figures (--html, --plot): see RunFigureOptions ---
  @Mixin RunFigureOptions figures = new RunFigureOptions();

  // --- end of run figures ---

  // --- Follow-through after agreement (io.parley.settlement) ---
  @Option(
      names = "--defect-probability",
      paramLabel = "P",
      defaultValue = "0",
      description = {
        "After an agreement, the probability in [0, 1] that a robot defects at each step of the"
            + " scenario's implementation plan that it performs (seeded by --seed; default:"
            + " ${DEFAULT-VALUE})."
      })
  double defectProbability;

  private Optional<FollowThroughResult> followThrough = Optional.empty();

  // --- end of follow-through ---

  @Override
  public Integer call() {
    PluginAgents previous = Strategies.plugins();
    try {
      Strategies.usePlugins(PluginAgents.of(agentPath));
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCode.USAGE, "--agent-path: " + e.getMessage());
    }
    try {
      return runWithPlugins();
    } finally {
      Strategies.usePlugins(previous);
    }
  }

  private Integer runWithPlugins() {
    PrintWriter out = spec.commandLine().getOut();
    if (listStrategies) {
      StrategyListing.print(out);
      return ExitCode.OK;
    }
    if (files.isEmpty()) {
      // SCENARIO is optional only so that --strategies needs none.
      throw new CommandFailure(
          ExitCode.USAGE,
          "run needs a SCENARIO (a scenario file, a GENIUS or GeniusWeb directory, or a domain"
              + " file and its profiles), or --strategies to list the strategies");
    }
    try {
      ImportedScenario imported = imports.load(files, spec.commandLine().getErr());
      // The CLI keeps no events: they stream to the outputs and the summary folds the state.
      NegotiationSetup setup = builder(imported.scenario()).retainEvents(false).build();
      // The setup's scenario: the file's, plus an implicit neutral mediator when one is needed.
      Scenario scenario = setup.scenario();
      Optional<Path> eventsTarget = eventsTarget();
      Mechanism mechanism = Mechanisms.create(setup);
      try (RunOutputs outputs =
          RunOutputs.open(
              json ? Optional.empty() : Optional.of(new TranscriptText(scenario)),
              out,
              scenario.space(),
              eventsTarget)) {
        figures.start(scenario);
        try {
          mechanism.run(
              event -> {
                figures.accept(event);
                outputs.accept(event);
              });
          followThrough = FollowThroughOutput.play(setup, mechanism, defectProbability, outputs);
        } catch (UncheckedIOException e) {
          throw outputs.writeFailure(e);
        }
        outputs.commit();
      }
      Optional<Analysis> analysis = analysis(scenario);
      RunSummary summary = RunSummary.of(scenario, analysis, mechanism.state(), mechanism.time());
      figures.write(analysis, out, json);
      if (json) {
        RunJson.write(summary, scenario.space(), out, FollowThroughJson.field(followThrough));
      } else {
        eventsTarget.ifPresent(file -> out.println("Wrote the events to " + file));
        printSummary(out, summary);
        FollowThroughOutput.printSummary(out, followThrough);
      }
      out.flush();
      Optional<RunFault> fault = RunFault.of(setup, summary.end());
      if (fault.isPresent()) {
        throw new CommandFailure(ExitCode.SOFTWARE, fault.get().message());
      }
      return ExitCode.OK;
    } catch (IllegalArgumentException e) {
      // The run configuration's checks: the scenario (or its run section) asks for what cannot run.
      throw new CommandFailure(ExitCode.USAGE, files.get(0) + ": " + e.getMessage());
    }
  }

  /** The analysis for the summary's distances; empty, with a note, beyond the analysis' limits. */
  private Optional<Analysis> analysis(Scenario scenario) {
    try {
      return Optional.of(Analyzer.analyze(scenario));
    } catch (AnalysisLimitException e) {
      spec.commandLine()
          .getErr()
          .println("parley: note: no distances to the frontier: " + e.getMessage());
      return Optional.empty();
    }
  }

  private NegotiationSetup.Builder builder(Scenario scenario) {
    if (budgetMillis < 0) {
      throw new CommandFailure(ExitCode.USAGE, "--budget-ms " + budgetMillis + " is negative");
    }
    if (!(defectProbability >= 0 && defectProbability <= 1)) {
      throw new CommandFailure(
          ExitCode.USAGE, "--defect-probability " + defectProbability + " outside [0, 1]");
    }
    if (deadline.isPresent() && deadline.get() < 1) {
      throw new CommandFailure(
          ExitCode.USAGE, "--deadline " + deadline.get() + " must be at least 1");
    }
    RunOptions options =
        new RunOptions(
            protocol.map(ProtocolKind::of),
            negotiators,
            mediator,
            lead,
            deadline.map(OptionalInt::of).orElse(OptionalInt.empty()),
            seed.map(OptionalLong::of).orElse(OptionalLong.empty()),
            Duration.ofMillis(budgetMillis),
            timeLimitMillis.map(Duration::ofMillis));
    return RunConfiguration.builder(scenario, options);
  }

  private void printSummary(PrintWriter out, RunSummary summary) {
    out.println();
    out.printf(
        "End: %s after %d rounds, %d events%n",
        summary.end().key(), summary.rounds(), summary.events());
    summary.utilities().forEach((party, u) -> out.printf("  %-12s utility %.4f%n", party, u));
    summary
        .paretoDistance()
        .ifPresent(d -> out.printf("Distance to the Pareto frontier: %.4f%n", d));
    summary
        .nashDistance()
        .ifPresent(d -> out.printf("Distance to the Nash package:     %.4f%n", d));
  }

  /** The events file: {@code --events}, or its old name {@code --transcript}. */
  private Optional<Path> eventsTarget() {
    if (eventsFile.isPresent() && transcript.isPresent()) {
      throw new CommandFailure(
          ExitCode.USAGE, "--transcript is the old name of --events; give only one of them");
    }
    return eventsFile.or(() -> transcript);
  }
}
