package io.parley.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the {@code parley} command line, its output captured.
 *
 * @param exitCode the exit status
 * @param out what was written to standard output
 * @param err what was written to standard error
 */
record Run(int exitCode, String out, String err) {

  static Run of(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    var commandLine = ParleyCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** The lines of standard error. */
  String[] errLines() {
    return err.lines().toArray(String[]::new);
  }
}
