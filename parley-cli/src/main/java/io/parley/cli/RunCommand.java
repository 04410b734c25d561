package io.parley.cli;

import io.parley.analysis.Analysis;
import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.Analyzer;
import io.parley.event.Event;
import io.parley.event.EventJson;
import io.parley.interop.ImportedScenario;
import io.parley.interop.ScenarioSource;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.run.RunConfiguration;
import io.parley.run.RunJson;
import io.parley.run.RunOptions;
import io.parley.run.RunSummary;
import io.parley.run.TranscriptText;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioException;
import io.parley.strategy.Strategies;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * <p>Exit codes: 0 the run finished (with or without agreement), 1 an output could not be written,
 * 2 bad usage or bad input.
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
      "1:an output file could not be written",
      "2:bad usage or bad input"
    })
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SCENARIO",
      arity = "1..*",
      description = {
        "The scenario file (YAML or JSON); or a GENIUS or GeniusWeb directory; or a domain file"
            + " (.xml: GENIUS, .json: GeniusWeb) followed by its profile files."
      })
  List<Path> files;

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

  @Option(
      names = "--transcript",
      paramLabel = "FILE.jsonl",
      description = "Write every event as JSON Lines.")
  Optional<Path> transcript = Optional.empty();

  @Option(names = "--strategies", description = "List the strategies and exit.")
  boolean listStrategies;

  // --- Run figures (--html, --plot): see RunFigureOptions ---
  @Mixin RunFigureOptions figures = new RunFigureOptions();

  // --- end of run figures ---

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (listStrategies) {
      out.println("Negotiators:");
      Strategies.negotiatorNames()
          .forEach(n -> out.println("  " + n + "  " + Strategies.description(n)));
      out.println("Mediators:");
      Strategies.mediatorNames()
          .forEach(n -> out.println("  " + n + "  " + Strategies.description(n)));
      out.flush();
      return ExitCode.OK;
    }
    try {
      ImportedScenario imported = ScenarioSource.load(files);
      imported
          .notes()
          .forEach(note -> spec.commandLine().getErr().println("parley: note: " + note));
      Scenario scenario = imported.scenario();
      NegotiationSetup setup = setup(scenario);
      Mechanism mechanism = Mechanisms.create(setup);
      TranscriptText text = new TranscriptText(scenario);
      figures.start(scenario);
      while (!mechanism.state().isEnded()) {
        for (Event event : mechanism.step()) {
          figures.accept(event);
          if (!json) {
            out.println(text.render(event));
          }
        }
      }
      Analysis analysis = Analyzer.analyze(scenario);
      RunSummary summary = RunSummary.of(scenario, analysis, mechanism.events());
      if (transcript.isPresent()) {
        writeTranscript(transcript.get(), scenario, mechanism);
      }
      figures.write(Optional.of(analysis), out, json);
      if (json) {
        RunJson.write(summary, scenario.space(), out);
      } else {
        printSummary(out, summary);
      }
      out.flush();
      return ExitCode.OK;
    } catch (ScenarioException e) {
      return fail(new CommandFailure(ExitCode.USAGE, e.getMessage()));
    } catch (IllegalArgumentException e) {
      return fail(new CommandFailure(ExitCode.USAGE, files.get(0) + ": " + e.getMessage()));
    } catch (AnalysisLimitException e) {
      return fail(new CommandFailure(ExitCode.SOFTWARE, e.getMessage()));
    } catch (CommandFailure e) {
      return fail(e);
    }
  }

  private NegotiationSetup setup(Scenario scenario) {
    if (budgetMillis < 0) {
      throw new CommandFailure(ExitCode.USAGE, "--budget-ms " + budgetMillis + " is negative");
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
    return RunConfiguration.setup(scenario, options);
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

  private void writeTranscript(Path target, Scenario scenario, Mechanism mechanism) {
    try (BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      for (Event event : mechanism.events()) {
        writer.write(EventJson.line(event, scenario.space()));
        writer.write('\n');
      }
    } catch (IOException e) {
      throw new CommandFailure(
          ExitCode.SOFTWARE, "cannot write the transcript to " + target + ": " + e.getMessage());
    }
    if (!json) {
      spec.commandLine().getOut().println("Wrote the transcript to " + target);
    }
  }

  private int fail(CommandFailure failure) {
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().println("parley: " + failure.getMessage());
    return failure.exitCode();
  }
}
