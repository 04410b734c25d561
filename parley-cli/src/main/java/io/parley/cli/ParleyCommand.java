package io.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code parley} command: help, version and the subcommands. Run with a subcommand; alone it
 * prints its usage and exits 2.
 */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = ParleyVersion.class,
    description = "Analyse and run mediated, multi-party, multi-issue negotiations.",
    subcommands = {
      AnalyzeCommand.class,
      RunCommand.class,
      TournamentCommand.class,
      ConvertCommand.class,
      VerifyLogCommand.class,
      StabilityCommand.class,
      ServeCommand.class,
      DemoCommand.class
    })
public final class ParleyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Runs the command line and exits with its status: 0 ok, 1 failure, 2 usage or bad input. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The {@code parley} command tree with its one error path ({@link FailureHandler}) installed for
   * every subcommand; {@link #main} runs it, tests run it with their own writers.
   */
  public static CommandLine commandLine() {
    return commandLine(new ParleyCommand());
  }

  /** {@link #commandLine()} over a given (possibly prepared) command object. */
  static CommandLine commandLine(ParleyCommand command) {
    FailureHandler handler = new FailureHandler();
    return new CommandLine(command)
        .setExecutionExceptionHandler(handler)
        .setParameterExceptionHandler(handler);
  }

  @Override
  public Integer call() {
    CommandLine commandLine = spec.commandLine();
    commandLine.getErr().println("parley: name a command, such as 'parley analyze FILE'");
    commandLine.usage(commandLine.getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
