package io.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load on a running {@code parley serve}: many concurrent negotiations, each with a
 * mediator and two parties, driven over loopback HTTP exactly as the web pages drive it.
 *
 * <p>Each negotiation is created from a scenario, invites its first two parties, then runs a fixed
 * number of rounds: the mediator drafts a text (a random package) and releases it to both parties,
 * each party confides nothing but answers with accept, reject or an amendment with a reason, and
 * sends the mediator a private message. Every accepted action's latency is recorded; the report
 * gives the throughput of accepted actions per second and the latency percentiles. The load is
 * bounded: it stops when every negotiation has run its rounds.
 *
 * <p>With {@code --pages}, every participant also keeps its page open as the web UI does: an event
 * stream ({@code GET .../stream}) for the whole negotiation, and after each burst of events (100 ms
 * after the first) a fresh read of its view. The report then adds the page reads' latencies, the
 * delay from an event's storing to its arrival on a page, and the streams that failed or fell
 * behind (a page that has not received, by the end, the last event its participant may see counts
 * as an error). With {@code --think-ms=N} each negotiation's driver waits a random time averaging N
 * ms (exponential) before each action, as people do; without it the load is closed-loop with no
 * think time, which measures throughput rather than latency.
 *
 * <p>Usage: {@code java -cp parley-bench/target/benchmarks.jar io.parley.server.ServerLoad URL
 * CONSOLE_KEY SCENARIO [NEGOTIATIONS [ROUNDS [SEED]]] [--pages] [--think-ms=N]}.
 */
public final class ServerLoad {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final String consoleKey;
  private final String scenario;
  private final HttpClient http;
  private final List<Long> latencies = new ArrayList<>();
  private final Map<String, List<Long>> byAction = new ConcurrentHashMap<>();
  private volatile boolean recording = true;
  private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
  private final LoadPages pages;
  private final long thinkMillis;
  private final long serverPid;

  private ServerLoad(
      URI base,
      String consoleKey,
      String scenario,
      ExecutorService executor,
      boolean withPages,
      long thinkMillis,
      long serverPid) {
    this.base = base;
    this.consoleKey = consoleKey;
    this.scenario = scenario;
    this.thinkMillis = thinkMillis;
    this.serverPid = serverPid;
    this.http =
        HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.pages = withPages ? new LoadPages(http, base) : null;
  }

  public static void main(String[] arguments) throws Exception {
    List<String> positional = new ArrayList<>();
    boolean withPages = false;
    long think = 0;
    int warmUp = -1;
    long serverPid = -1;
    for (String argument : arguments) {
      if (argument.equals("--pages")) {
        withPages = true;
      } else if (argument.startsWith("--think-ms=")) {
        think = Long.parseLong(argument.substring("--think-ms=".length()));
      } else if (argument.startsWith("--server-pid=")) {
        serverPid = Long.parseLong(argument.substring("--server-pid=".length()));
      } else if (argument.startsWith("--warm-up=")) {
        warmUp = Integer.parseInt(argument.substring("--warm-up=".length()));
      } else {
        positional.add(argument);
      }
    }
    String[] args = positional.toArray(String[]::new);
    if (args.length < 3) {
      System.err.println(
          "usage: ServerLoad URL CONSOLE_KEY SCENARIO [NEGOTIATIONS=200 [ROUNDS=5 [SEED=2026]]]"
              + " [--pages] [--think-ms=N] [--warm-up=N] [--server-pid=PID]");
      System.exit(2);
    }
    int negotiations = args.length > 3 ? Integer.parseInt(args[3]) : 200;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    long seed = args.length > 5 ? Long.parseLong(args[5]) : 2026;
    ExecutorService clientThreads = Executors.newFixedThreadPool(8);
    ServerLoad load =
        new ServerLoad(
            URI.create(args[0].replaceAll("/+$", "")),
            args[1],
            Files.readString(Path.of(args[2])),
            clientThreads,
            withPages,
            think,
            serverPid);
    try {
      int warm = warmUp >= 0 ? warmUp : negotiations;
      if (warm > 0) {
        load.warmUp(warm, rounds, seed);
      }
      load.run(negotiations, rounds, seed);
    } finally {
      if (load.pages != null) {
        load.pages.close();
      }
      clientThreads.shutdownNow();
    }
  }

  /**
   * Runs {@code negotiations} negotiations as the measured run does, counting nothing: the server's
   * JIT compiles the request paths, as on a server that has been up for a while. The measured run
   * then starts on new negotiations.
   */
  private void warmUp(int negotiations, int rounds, long seed) throws InterruptedException {
    recording = false;
    if (pages != null) {
      pages.recording(false);
    }
    long start = System.nanoTime();
    List<Throwable> failures = drive(negotiations, rounds, ~seed);
    System.out.printf(
        "warm-up (not counted): %d negotiations, %d rounds, %.1f s, %d failed%n",
        negotiations, rounds, (System.nanoTime() - start) / 1e9, failures.size());
    failures.stream().limit(3).forEach(f -> System.out.println("warm-up failure: " + f));
    recording = true;
    if (pages != null) {
      pages.recording(true);
    }
  }

  private void run(int negotiations, int rounds, long seed) throws InterruptedException {
    double cpuBefore = serverCpuSeconds();
    String loadBefore = loadAverage();
    long start = System.nanoTime();
    List<Throwable> failures = drive(negotiations, rounds, seed);
    long elapsed = System.nanoTime() - start;
    double cpu = serverCpuSeconds() - cpuBefore;
    report(negotiations, rounds, elapsed, failures);
    System.out.println(
        "machine load average (1, 5, 15 min): "
            + loadBefore
            + " at the start, "
            + loadAverage()
            + " at the end");
    if (cpuBefore >= 0) {
      int accepted;
      synchronized (latencies) {
        accepted = latencies.size();
      }
      System.out.printf(
          "server CPU in the measured run: %.1f s (%.2f ms per accepted action, page reads and"
              + " streams included)%n",
          cpu, accepted == 0 ? 0 : cpu * 1000 / accepted);
    }
  }

  /**
   * The server's CPU time so far (user and system) from Linux's {@code /proc/PID/stat}, in seconds;
   * -1 without a pid or on another system. Unlike latency, it hardly changes with what else the
   * machine runs, so it compares builds on a shared machine.
   */
  private double serverCpuSeconds() {
    if (serverPid <= 0) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // After the command: state is field 3, utime 14 and stime 15 (1-based, of the whole line).
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks / 100.0; // USER_HZ, 100 on Linux
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private List<Throwable> drive(int negotiations, int rounds, long seed)
      throws InterruptedException {
    ExecutorService drivers = Executors.newFixedThreadPool(negotiations);
    CountDownLatch done = new CountDownLatch(negotiations);
    SplittableRandom random = new SplittableRandom(seed);
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < negotiations; i++) {
      SplittableRandom own = random.split();
      drivers.execute(
          () -> {
            try {
              negotiate(own, rounds);
            } catch (RuntimeException e) {
              synchronized (failures) {
                failures.add(e);
              }
            } finally {
              done.countDown();
            }
          });
    }
    done.await();
    drivers.shutdown();
    drivers.awaitTermination(1, TimeUnit.MINUTES);
    return failures;
  }

  private void negotiate(SplittableRandom random, int rounds) {
    // As people do: the organiser's create, the mediator's page load and invitations are paced too,
    // so the negotiations start spread out rather than all in the same instant.
    think(random);
    JsonNode created =
        call(
            "POST",
            "/api/negotiations",
            consoleKey,
            JSON.createObjectNode().put("scenario", scenario));
    String id = created.path("id").asText();
    String prefix = "/api/negotiations/" + id;
    String mediator = created.path("mediator").path("token").asText();
    JsonNode view = call("GET", prefix, mediator, null);
    List<String> parties = new ArrayList<>();
    for (JsonNode party : view.path("parties")) {
      if (party.path("role").asText().equals("party") && parties.size() < 2) {
        parties.add(party.path("id").asText());
      }
    }
    Map<String, String> tokens = new TreeMap<>();
    for (String party : parties) {
      think(random);
      JsonNode invitation =
          call(
              "POST",
              prefix + "/invitations",
              mediator,
              JSON.createObjectNode().put("participant", party));
      tokens.put(party, invitation.path("token").asText());
    }
    List<LoadPages.Page> open = new ArrayList<>();
    if (pages != null) {
      open.add(pages.open(prefix, mediator));
      tokens.values().forEach(token -> open.add(pages.open(prefix, token)));
    }
    List<JsonNode> issues = new ArrayList<>();
    view.path("issues").forEach(issues::add);
    for (int round = 1; round <= rounds; round++) {
      ObjectNode text = JSON.createObjectNode();
      ObjectNode outcome = text.putObject("outcome");
      for (JsonNode issue : issues) {
        put(outcome, issue, random);
      }
      text.put("note", "round " + round);
      think(random);
      JsonNode drafted = call("POST", prefix + "/texts", mediator, text);
      int version = drafted.path("payload").path("version").asInt();
      ObjectNode release = JSON.createObjectNode();
      parties.forEach(release.putArray("to")::add);
      think(random);
      call("POST", prefix + "/texts/" + version + "/release", mediator, release);
      for (String party : parties) {
        ObjectNode response = JSON.createObjectNode().put("version", version);
        int verdict = random.nextInt(3);
        if (verdict == 0) {
          response.put("verdict", "accept");
        } else if (verdict == 1) {
          response.put("verdict", "reject").put("reason", "not enough in round " + round);
        } else {
          JsonNode issue = issues.get(random.nextInt(issues.size()));
          ObjectNode amendment =
              response.put("verdict", "amend").putArray("amendments").addObject();
          String issueId = issue.path("id").asText();
          amendment.put("issue", issueId);
          do {
            put(amendment, "value", issue, random);
          } while (amendment.get("value").equals(outcome.get(issueId)));
          amendment.put("reason", "we need this changed");
        }
        think(random);
        call("POST", prefix + "/responses", tokens.get(party), response);
        think(random);
        call(
            "POST",
            prefix + "/messages",
            tokens.get(party),
            JSON.createObjectNode().put("text", "private note from " + party + ", round " + round));
      }
    }
    for (LoadPages.Page page : open) {
      JsonNode events = call("GET", prefix + "/events", page.token(), null);
      long last = events.isEmpty() ? 0 : events.get(events.size() - 1).path("seq").asLong();
      page.awaitAndClose(last);
    }
  }

  /** Waits before an action, as a person would: exponential, averaging {@link #thinkMillis}. */
  private void think(SplittableRandom random) {
    if (thinkMillis <= 0) {
      return;
    }
    long millis = (long) (-Math.log(1 - random.nextDouble()) * thinkMillis);
    try {
      Thread.sleep(Math.min(millis, 20 * thinkMillis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void put(ObjectNode outcome, JsonNode issue, SplittableRandom random) {
    put(outcome, issue.path("id").asText(), issue, random);
  }

  private static void put(ObjectNode target, String key, JsonNode issue, SplittableRandom random) {
    if (issue.has("values")) {
      JsonNode values = issue.path("values");
      JsonNode value = values.get(random.nextInt(values.size()));
      target.put(key, value.isObject() ? value.path("id").asText() : value.asText());
    } else {
      long min = issue.path("min").asLong();
      long max = issue.path("max").asLong();
      long step = Math.max(1, issue.path("step").asLong(1));
      target.put(key, min + step * random.nextLong((max - min) / step + 1));
    }
  }

  private JsonNode call(String method, String path, String token, JsonNode body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token);
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    long start = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    long latency = System.nanoTime() - start;
    if (response.statusCode() / 100 != 2) {
      refusals
          .computeIfAbsent(
              method + " " + route(path) + " " + response.statusCode(), k -> new AtomicLong())
          .incrementAndGet();
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    if (body != null && recording) {
      synchronized (latencies) {
        latencies.add(latency);
        byAction.computeIfAbsent(method + " " + route(path), k -> new ArrayList<>()).add(latency);
      }
    }
    try {
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable answer to " + method + " " + path, e);
    }
  }

  private static String route(String path) {
    return path.replaceAll("/api/negotiations/[^/]+", "/api/negotiations/{id}")
        .replaceAll("/texts/\\d+", "/texts/{v}");
  }

  private void report(int negotiations, int rounds, long elapsedNanos, List<Throwable> failures) {
    long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    double seconds = elapsedNanos / 1e9;
    System.out.printf(
        "negotiations %d (3 participants each), rounds %d, completed %d, failed %d%s%n",
        negotiations,
        rounds,
        negotiations - failures.size(),
        failures.size(),
        thinkMillis > 0 ? ", think time " + thinkMillis + " ms on average" : ", no think time");
    System.out.printf(
        "accepted actions %d in %.2f s: %.0f actions/s%n",
        sorted.length, seconds, sorted.length / seconds);
    if (sorted.length > 0) {
      System.out.printf(
          "latency ms: p50 %.1f, p90 %.1f, p99 %.1f, max %.1f%n",
          percentile(sorted, 0.50),
          percentile(sorted, 0.90),
          percentile(sorted, 0.99),
          sorted[sorted.length - 1] / 1e6);
    }
    new TreeMap<>(byAction)
        .forEach(
            (action, values) -> {
              long[] each = values.stream().mapToLong(Long::longValue).toArray();
              Arrays.sort(each);
              System.out.printf(
                  "  %s: n %d, p50 %.1f, p99 %.1f, max %.1f%n",
                  action,
                  each.length,
                  percentile(each, 0.50),
                  percentile(each, 0.99),
                  each[each.length - 1] / 1e6);
            });
    if (pages != null) {
      pages.report();
    }
    refusals.forEach((what, count) -> System.out.println("refused: " + what + " x" + count));
    failures.stream().limit(3).forEach(f -> System.out.println("failure: " + f.getMessage()));
  }

  static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
