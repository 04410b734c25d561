package io.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The participants' open pages of a {@link ServerLoad}: each keeps the negotiation's event stream
 * open and, like the web UI ({@code api.js follow}), reads its view again 100 ms after the first
 * event of each burst. Records the reads' latencies, each event's delay from its storing (the
 * event's {@code time}) to its arrival, and every stream that failed or fell behind.
 */
final class LoadPages implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final URI base;
  private final ScheduledExecutorService refreshes =
      Executors.newScheduledThreadPool(
          4,
          r -> {
            Thread thread = new Thread(r, "load-page-refresh");
            thread.setDaemon(true);
            return thread;
          });
  private final List<Long> reads = new ArrayList<>();
  private final List<Long> delays = new ArrayList<>();
  private final AtomicLong events = new AtomicLong();
  private final AtomicLong opened = new AtomicLong();
  private final AtomicLong reconnects = new AtomicLong();
  private final AtomicLong caughtUp = new AtomicLong();
  private final List<String> errors = new ArrayList<>();
  private volatile boolean recording = true;

  LoadPages(HttpClient http, URI base) {
    this.http = http;
    this.base = base;
  }

  /** Whether reads and event delays are counted (not during a warm-up); errors always are. */
  void recording(boolean on) {
    recording = on;
  }

  /** Opens {@code token}'s page of the negotiation at {@code prefix}. */
  Page open(String prefix, String token) {
    Page page = new Page(prefix, token);
    page.reader.start();
    if (recording) {
      opened.incrementAndGet();
    }
    return page;
  }

  /** One open page: its stream, read on a thread of its own. */
  final class Page {
    private final String prefix;
    private final String token;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong lastId = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile CompletableFuture<HttpResponse<Stream<String>>> response;

    /** When the stream was last asked for: events stored before then arrive as its catch-up. */
    private volatile long requested;

    private final Thread reader;

    Page(String prefix, String token) {
      this.prefix = prefix;
      this.token = token;
      reader = new Thread(this::follow, "load-page");
      reader.setDaemon(true);
    }

    String token() {
      return token;
    }

    /**
     * Reads the stream and, like a browser's EventSource, opens it again after {@code
     * Last-Event-ID} when the server ends it (an idle connection's timeout, say), after a second.
     */
    private void follow() {
      while (!closed.get()) {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(base.resolve(prefix + "/stream"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token);
        if (lastId.get() > 0) {
          request.header("Last-Event-ID", Long.toString(lastId.get()));
        }
        requested = System.currentTimeMillis();
        response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        read();
        if (!closed.get()) {
          reconnects.incrementAndGet();
          try {
            Thread.sleep(1000);
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    }

    private void read() {
      HttpResponse<Stream<String>> answer;
      try {
        answer = response.get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        if (!closed.get()) {
          error("stream of " + prefix + " did not open: " + e);
        }
        return;
      }
      if (answer.statusCode() != 200) {
        error("stream of " + prefix + " answered " + answer.statusCode());
        answer.body().close();
        return;
      }
      String id = null;
      StringBuilder data = new StringBuilder();
      try (Stream<String> lines = answer.body()) {
        for (String line : (Iterable<String>) lines::iterator) {
          if (line.isEmpty()) {
            if (data.length() > 0) {
              arrived(id, data.toString());
            }
            id = null;
            data.setLength(0);
          } else if (line.startsWith("id:")) {
            id = line.substring(3).strip();
          } else if (line.startsWith("data:")) {
            data.append(line.substring(5).strip());
          }
        }
      } catch (RuntimeException e) {
        // closed by awaitAndClose, or failed: a page that fell behind is counted there
      }
    }

    private void arrived(String id, String data) {
      long now = System.currentTimeMillis();
      boolean counted = recording;
      if (counted) {
        events.incrementAndGet();
      }
      try {
        JsonNode event = JSON.readTree(data);
        long stored = Instant.parse(event.path("time").asText()).toEpochMilli();
        if (counted && stored < requested) {
          // stored before the page asked for its stream: a catch-up, not a delivery delay
          caughtUp.incrementAndGet();
        } else if (counted) {
          synchronized (delays) {
            delays.add((now - stored) * 1_000_000L);
          }
        }
      } catch (IOException | RuntimeException e) {
        error("unreadable event on " + prefix + ": " + data);
      }
      if (id != null) {
        lastId.set(Long.parseLong(id));
      }
      if (!pending.getAndSet(true)) {
        refreshes.schedule(this::refresh, 100, TimeUnit.MILLISECONDS);
      }
    }

    private void refresh() {
      pending.set(false);
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve(prefix))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + token)
              .GET()
              .build();
      long start = System.nanoTime();
      boolean counted = recording;
      http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
          .whenComplete(
              (answer, failure) -> {
                long latency = System.nanoTime() - start;
                if (failure != null || answer.statusCode() != 200) {
                  error(
                      "page read of "
                          + prefix
                          + " failed: "
                          + (failure != null ? failure : answer.statusCode()));
                } else if (counted) {
                  synchronized (reads) {
                    reads.add(latency);
                  }
                }
              });
    }

    /**
     * Waits up to 30 s for the stream to deliver event {@code last} (the last its participant may
     * see), counts an error if it does not, and closes the page.
     */
    void awaitAndClose(long last) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (lastId.get() < last && System.nanoTime() < deadline) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      if (lastId.get() < last) {
        error("stream of " + prefix + " stopped at event " + lastId.get() + " of " + last);
      }
      closed.set(true);
      response.cancel(true);
      response.thenAccept(answer -> answer.body().close());
      reader.interrupt();
    }
  }

  private void error(String what) {
    synchronized (errors) {
      errors.add(what);
    }
  }

  /** Prints the pages' figures. */
  void report() {
    System.out.printf(
        "pages %d: events delivered %d, streams reopened %d, errors %d%n",
        opened.get(), events.get(), reconnects.get(), errors.size());
    print("page reads (GET view) ms", reads);
    print(
        "event delay, stored to page, ms (events stored while the page was open; "
            + caughtUp.get()
            + " stored before it opened, delivered as its catch-up, not counted)",
        delays);
    synchronized (errors) {
      errors.stream().limit(5).forEach(e -> System.out.println("page error: " + e));
    }
  }

  private static void print(String what, List<Long> values) {
    long[] sorted;
    synchronized (values) {
      sorted = values.stream().mapToLong(Long::longValue).toArray();
    }
    Arrays.sort(sorted);
    if (sorted.length == 0) {
      System.out.println(what + ": none");
      return;
    }
    System.out.printf(
        "%s: n %d, p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
        what,
        sorted.length,
        ServerLoad.percentile(sorted, 0.50),
        ServerLoad.percentile(sorted, 0.90),
        ServerLoad.percentile(sorted, 0.99),
        sorted[sorted.length - 1] / 1e6);
  }

  @Override
  public void close() {
    refreshes.shutdownNow();
  }
}
