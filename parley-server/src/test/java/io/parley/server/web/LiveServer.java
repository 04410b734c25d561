package io.parley.server.web;

import io.parley.server.ParleyServer;
import io.parley.server.ServerOptions;
import io.parley.store.MemoryEventStore;
import java.util.Optional;

/**
 * The Parley server the browser tests talk to: started in-process on a free port with an in-memory
 * store, or, when the system property {@code parley.web.baseUrl} is set, a server already running
 * there (with its console key in {@code parley.web.consoleKey}), which is handy while working on
 * the pages.
 */
final class LiveServer implements AutoCloseable {
  private final String baseUrl;
  private final String consoleKey;
  private final AutoCloseable stop;

  private LiveServer(String baseUrl, String consoleKey, AutoCloseable stop) {
    this.baseUrl = baseUrl;
    this.consoleKey = consoleKey;
    this.stop = stop;
  }

  static LiveServer start() {
    String external = System.getProperty("parley.web.baseUrl", "");
    if (!external.isEmpty()) {
      return new LiveServer(
          external.replaceAll("/+$", ""),
          System.getProperty("parley.web.consoleKey", "key"),
          () -> {});
    }
    String key = "browser-test-console-key-0123456789";
    ParleyServer server =
        ParleyServer.start(
            new MemoryEventStore(), new ServerOptions("127.0.0.1", 0, Optional.empty(), key));
    return new LiveServer(server.baseUrl(), key, server::close);
  }

  /** The server's root, without a trailing slash: {@code http://127.0.0.1:PORT}. */
  String baseUrl() {
    return baseUrl;
  }

  String consoleKey() {
    return consoleKey;
  }

  /** The landing page's console link, which lets its holder create negotiations. */
  String consoleLink() {
    return baseUrl + "/#console=" + consoleKey;
  }

  @Override
  public void close() throws Exception {
    stop.close();
  }
}
