package io.parley.cli;

import io.parley.server.ParleyServer;
import io.parley.store.EventStore;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code parley serve}: starts the live mediation server (HTTP API, event streams, web UI) on the
 * embedded H2 store by default, prints the organiser's console link and runs until interrupted.
 *
 * <p>Exit codes: 0 stopped cleanly, 1 the store or the port could not be opened (the message names
 * the cause: address in use, permission denied, unknown host; {@link ServerStart}), 2 bad usage.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = ParleyVersion.class,
    description = {
      "Start the live mediation server and print the console link; stop it with Ctrl-C.",
      "The console key in the link creates negotiations: keep it secret. Set "
          + ServerSettings.CONSOLE_KEY_VARIABLE
          + " to keep the same key across restarts."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped cleanly",
      "1:the store or the port could not be opened",
      "2:bad usage"
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ServerSettings settings;

  /** The environment the console key is read from (replaced in tests). */
  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() {
    settings.check(spec.commandLine().getParseResult().hasMatchedOption("--data"));
    try (StopSignal signal = new StopSignal();
        EventStore store = settings.openStore(environment);
        ParleyServer server = ServerStart.start(store, settings.options(environment))) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("Parley server listening at " + server.baseUrl());
      out.println("Negotiations are kept in " + settings.storeDescription() + ".");
      out.println("Console link (keep it secret: it creates negotiations):");
      out.println("  " + server.consoleLink());
      out.println("Stop with Ctrl-C.");
      out.flush();
      signal.await();
    }
    return ExitCode.OK;
  }
}
