package io.parley.cli;

import io.parley.server.ParleyServer;
import io.parley.server.ServerOptions;
import io.parley.store.EventStore;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ExitCode;

/**
 * Starts the server for {@code parley serve} and {@code parley demo}, and says why when it cannot
 * listen: the address is in use, binding needs privileges the process lacks, the host name is
 * unknown, or the address is not one of this machine's.
 */
final class ServerStart {
  private ServerStart() {}

  /**
   * Starts the server on {@code options}' host and port.
   *
   * @throws CommandFailure (exit 1) naming the cause when it cannot listen
   */
  static ParleyServer start(EventStore store, ServerOptions options) {
    try {
      return ParleyServer.start(store, options);
    } catch (RuntimeException e) {
      throw bindFailure(e, options.host(), options.port()).orElseThrow(() -> e);
    }
  }

  /**
   * The failure to report when starting the server on {@code host:port} threw {@code e}: empty when
   * nothing in its causes is a failure to listen.
   */
  static Optional<CommandFailure> bindFailure(Throwable e, String host, int port) {
    String address = host + ":" + port;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
        return Optional.of(
            failure(
                "cannot listen on "
                    + address
                    + ": unknown host '"
                    + host
                    + "'; give --host an address of this machine, such as 127.0.0.1 or 0.0.0.0"));
      }
      if (cause instanceof BindException bind) {
        String text = String.valueOf(bind.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("in use")) {
          return Optional.of(
              failure(
                  "cannot listen on "
                      + address
                      + ": address already in use (another program listens there);"
                      + " choose another --port, or 0 for any free port"));
        }
        if (text.contains("permission denied") || text.contains("access")) {
          return Optional.of(
              failure(
                  "cannot listen on "
                      + address
                      + ": permission denied (ports below 1024 need administrator rights);"
                      + " choose a --port of 1024 or more"));
        }
        if (text.contains("assign requested address")) {
          return Optional.of(
              failure(
                  "cannot listen on "
                      + address
                      + ": "
                      + host
                      + " is not an address of this machine; give --host one of its addresses"));
        }
        return Optional.of(failure("cannot listen on " + address + ": " + bind.getMessage()));
      }
    }
    return Optional.empty();
  }

  private static CommandFailure failure(String message) {
    return new CommandFailure(ExitCode.SOFTWARE, message);
  }
}
