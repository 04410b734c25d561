package io.parley.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a server-sent event stream over real HTTP, frame by frame, in the background. */
final class StreamReader implements AutoCloseable {
  /** One frame: {@code id}, {@code event} and {@code data} lines. */
  record Frame(String id, String event, String data) {}

  private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;
  private volatile Stream<String> lines;
  private final CompletableFuture<Void> ended = new CompletableFuture<>();

  StreamReader(HttpClient client, String url, String bearer, String lastEventId) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept", "text/event-stream")
            .timeout(Duration.ofMinutes(5));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
    response.thenAccept(
        r -> {
          lines = r.body();
          Thread reader = new Thread(() -> read(r.body()), "test-sse-reader");
          reader.setDaemon(true);
          reader.start();
        });
  }

  private void read(Stream<String> body) {
    String id = null;
    String event = null;
    StringBuilder data = new StringBuilder();
    try {
      for (String line : (Iterable<String>) body::iterator) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            frames.add(new Frame(id, event, data.toString()));
          }
          id = null;
          event = null;
          data.setLength(0);
        } else if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("event:")) {
          event = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5).strip());
        }
      }
    } catch (RuntimeException e) {
      // the stream was closed
    } finally {
      ended.complete(null);
    }
  }

  /** Whether the server ended the stream within {@code seconds}. */
  boolean endsWithin(long seconds) throws InterruptedException {
    try {
      ended.get(seconds, TimeUnit.SECONDS);
      return true;
    } catch (java.util.concurrent.TimeoutException e) {
      return false;
    } catch (java.util.concurrent.ExecutionException e) {
      return true;
    }
  }

  /**
   * The response status, waiting for the headers. Read from the response itself: the callback that
   * starts the reader may still be running when the future completes.
   */
  int status() throws Exception {
    return response.get(30, TimeUnit.SECONDS).statusCode();
  }

  /** The next {@code count} frames, waiting up to 30 seconds for each. */
  List<Frame> take(int count) throws InterruptedException {
    List<Frame> taken = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Frame frame = frames.poll(30, TimeUnit.SECONDS);
      if (frame == null) {
        throw new AssertionError(
            "only " + taken.size() + " of " + count + " frames arrived: " + taken);
      }
      taken.add(frame);
    }
    return taken;
  }

  /** The frames that arrived so far and were not taken. */
  List<Frame> drain() {
    List<Frame> rest = new ArrayList<>();
    frames.drainTo(rest);
    return rest;
  }

  @Override
  public void close() {
    response.cancel(true);
    Stream<String> open = lines;
    if (open != null) {
      open.close();
    }
  }
}
