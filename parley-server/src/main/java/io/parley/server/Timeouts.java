package io.parley.server;

import io.javalin.config.JavalinConfig;

/**
 * How long the server waits for slow clients, and how many it serves at once, so that clients
 * trickling a body byte by byte, or holding connections open, cannot hold up other clients' moves.
 *
 * <p>Jetty parses request lines and headers without a thread of the pool, so a connection that
 * sends nothing, or its headers slowly, costs only memory until the idle timeout closes it. A body
 * is read on a pool thread; a body that arrives slower than {@value #MIN_REQUEST_DATA_RATE} bytes a
 * second on average, or stalls for {@value #BLOCKED_READ_TIMEOUT_MS} ms, is refused (408) and its
 * thread freed; Javalin's pool of 250 threads is kept: replacing it made Jetty build its connector
 * without the server's HTTP configuration (the case-sensitive header cache among it), and 250 is
 * more than the slow bodies that fit in the time it takes to refuse them.
 */
final class Timeouts {
  /** How long a whole request body may take to arrive, in milliseconds. */
  static final long BODY_DEADLINE_MS = 10_000;

  /** How long a read of a body may stall, in milliseconds. */
  static final long BLOCKED_READ_TIMEOUT_MS = 5_000;

  /**
   * How long a connection may stay idle, in milliseconds: longer than the event stream's ping
   * interval (20 s), so open streams stay open.
   */
  static final long IDLE_TIMEOUT_MS = 30_000;

  private Timeouts() {}

  /**
   * Sets the timeout of a blocked read of a body. Javalin keeps one HTTP-configuration consumer, so
   * {@link ParleyServer} calls this from its own.
   */
  static void http(org.eclipse.jetty.server.HttpConfiguration http) {
    http.setIdleTimeout(BLOCKED_READ_TIMEOUT_MS);
  }

  /**
   * Applies the connection timeout to the server's configuration, and makes Jetty's own refusals
   * problem details ({@link ProblemErrorHandler}).
   */
  static void apply(JavalinConfig config) {
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new ProblemErrorHandler());
          for (var connector : server.getConnectors()) {
            if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) {
              c.setIdleTimeout(IDLE_TIMEOUT_MS);
            }
          }
        });
  }
}
