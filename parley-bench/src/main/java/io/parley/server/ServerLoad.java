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
 * <p>Usage: {@code java -cp parley-bench/target/benchmarks.jar io.parley.server.ServerLoad URL
 * CONSOLE_KEY SCENARIO [NEGOTIATIONS [ROUNDS [SEED]]]}.
 */
public final class ServerLoad {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final String consoleKey;
  private final String scenario;
  private final HttpClient http;
  private final List<Long> latencies = new ArrayList<>();
  private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();

  private ServerLoad(URI base, String consoleKey, String scenario, ExecutorService executor) {
    this.base = base;
    this.consoleKey = consoleKey;
    this.scenario = scenario;
    this.http =
        HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println(
          "usage: ServerLoad URL CONSOLE_KEY SCENARIO [NEGOTIATIONS=200 [ROUNDS=5 [SEED=2026]]]");
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
            clientThreads);
    try {
      load.run(negotiations, rounds, seed);
    } finally {
      clientThreads.shutdownNow();
    }
  }

  private void run(int negotiations, int rounds, long seed) throws InterruptedException {
    ExecutorService drivers = Executors.newFixedThreadPool(negotiations);
    CountDownLatch done = new CountDownLatch(negotiations);
    SplittableRandom random = new SplittableRandom(seed);
    List<Throwable> failures = new ArrayList<>();
    long start = System.nanoTime();
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
    long elapsed = System.nanoTime() - start;
    drivers.shutdown();
    drivers.awaitTermination(1, TimeUnit.MINUTES);
    report(negotiations, rounds, elapsed, failures);
  }

  private void negotiate(SplittableRandom random, int rounds) {
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
      JsonNode invitation =
          call(
              "POST",
              prefix + "/invitations",
              mediator,
              JSON.createObjectNode().put("participant", party));
      tokens.put(party, invitation.path("token").asText());
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
      JsonNode drafted = call("POST", prefix + "/texts", mediator, text);
      int version = drafted.path("payload").path("version").asInt();
      ObjectNode release = JSON.createObjectNode();
      parties.forEach(release.putArray("to")::add);
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
        call("POST", prefix + "/responses", tokens.get(party), response);
        call(
            "POST",
            prefix + "/messages",
            tokens.get(party),
            JSON.createObjectNode().put("text", "private note from " + party + ", round " + round));
      }
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
    if (body != null) {
      synchronized (latencies) {
        latencies.add(latency);
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
        "negotiations %d (3 participants each), rounds %d, completed %d, failed %d%n",
        negotiations, rounds, negotiations - failures.size(), failures.size());
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
    refusals.forEach((what, count) -> System.out.println("refused: " + what + " x" + count));
    failures.stream().limit(3).forEach(f -> System.out.println("failure: " + f.getMessage()));
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
