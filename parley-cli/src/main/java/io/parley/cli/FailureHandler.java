package io.parley.cli;

import io.parley.analysis.AnalysisLimitException;
import io.parley.interop.ConversionException;
import io.parley.live.LiveException;
import io.parley.scenario.ScenarioException;
import io.parley.store.MissingLogKeyException;
import io.parley.store.StoreException;
import io.parley.store.StoreNotFoundException;
import io.parley.tournament.output.ResultsFolderException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one error path of the {@code parley} command line: maps what a command throws to a one-line
 * message on standard error ({@code parley: <message>}) and an exit code, for every command.
 *
 * <ul>
 *   <li>2 — bad usage (picocli's parameter errors, also printed with the command's usage) and bad
 *       input: {@link ScenarioException} (a bad scenario, GENIUS or GeniusWeb file, whose message
 *       names the file, line and element), {@link LiveException}, {@link ResultsFolderException},
 *       {@link StoreNotFoundException}, {@link MissingLogKeyException};
 *   <li>1 — limits and what a format cannot express: {@link AnalysisLimitException}, {@link
 *       ConversionException}; a store that failed ({@link StoreException}); a file that could not
 *       be read or written ({@link UncheckedIOException}, with the system's reason);
 *   <li>a {@link CommandFailure}: its own exit code and message — the way a command ends with a
 *       message of its own;
 *   <li>anything else is an internal error: the message says so, names the exception and asks for a
 *       report; exit 1.
 * </ul>
 *
 * <p><b>How a command uses it:</b> {@link ParleyCommand#commandLine()} installs it for the whole
 * command tree, so a command's {@code call()} just throws — a {@code CommandFailure(exitCode,
 * message)} for its own checks, or lets the exceptions above propagate — and needs no {@code
 * try}/{@code catch} and no {@code fail()} helper of its own. Standard output is flushed before the
 * message, so that what was printed stays in order. To add a mapping for a new exception, add it to
 * {@link #classify} (one place), with a test in {@code FailureHandlerTest}.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  /** The exit code of an internal error: the same as a failure, with a message that says so. */
  static final int INTERNAL = ExitCode.SOFTWARE;

  /**
   * What a command ends with.
   *
   * @param exitCode the process exit code
   * @param message the one line for standard error, without the {@code parley: } prefix
   */
  record Failure(int exitCode, String message) {}

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    Failure failure = classify(exception);
    commandLine.getOut().flush();
    PrintWriter err = commandLine.getErr();
    err.println("parley: " + failure.message());
    err.flush();
    return failure.exitCode();
  }

  @Override
  public int handleParseException(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    commandLine.getOut().flush();
    PrintWriter err = commandLine.getErr();
    err.println("parley: " + exception.getMessage());
    UnmatchedArgumentException.printSuggestions(exception, err);
    commandLine.usage(err);
    err.flush();
    return ExitCode.USAGE;
  }

  /** The exit code and message for {@code exception}, thrown by a command's {@code call()}. */
  static Failure classify(Throwable exception) {
    if (exception instanceof CommandFailure failure) {
      return new Failure(failure.exitCode(), failure.getMessage());
    }
    if (exception instanceof ScenarioException
        || exception instanceof LiveException
        || exception instanceof ResultsFolderException
        || exception instanceof StoreNotFoundException
        || exception instanceof MissingLogKeyException) {
      return new Failure(ExitCode.USAGE, exception.getMessage());
    }
    if (exception instanceof AnalysisLimitException
        || exception instanceof ConversionException
        || exception instanceof StoreException) {
      return new Failure(ExitCode.SOFTWARE, exception.getMessage());
    }
    if (exception instanceof UncheckedIOException io) {
      return new Failure(
          ExitCode.SOFTWARE, io.getMessage() + ": " + OutputFiles.reason(io.getCause()));
    }
    return new Failure(
        INTERNAL,
        "internal error ("
            + exception.getClass().getName()
            + (exception.getMessage() == null ? "" : ": " + exception.getMessage())
            + "); this is a bug in Parley: please report it to the project's issue tracker with the"
            + " command line and this message");
  }
}
