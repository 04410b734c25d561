package io.parley.server;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How long the server waits for slow clients, and how many it serves at once, so that clients
 * trickling a body byte by byte, or holding connections open, cannot hold up other clients' moves.
 *
 * <p>Jetty parses request lines and headers without a thread of the pool, so a connection that
 * sends nothing, or its headers slowly, costs only memory until the idle timeout closes it. A body
 * is read on a pool thread; a body that arrives slower than {@value #MIN_REQUEST_DATA_RATE} bytes a
 * second on average, or stalls for {@value #BLOCKED_READ_TIMEOUT_MS} ms, is refused (408) and its
 * thread freed; the pool has {@value #MAX_THREADS} threads, more than the slow bodies that fit in
 * the time it takes to refuse them.
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

  /** The most threads serving requests at once. */
  static final int MAX_THREADS = 1000;

  /** The threads kept even when idle. */
  static final int MIN_THREADS = 16;

  private Timeouts() {}

  /**
   * Applies the timeouts and the thread pool to the server's configuration, and makes Jetty's own
   * refusals problem details ({@link ProblemErrorHandler}).
   */
  static void apply(JavalinConfig config) {
    QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, 60_000);
    pool.setName("parley-http");
    config.jetty.threadPool = pool;
    config.jetty.modifyHttpConfiguration(
        http -> {
          http.setIdleTimeout(BLOCKED_READ_TIMEOUT_MS);
        });
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
