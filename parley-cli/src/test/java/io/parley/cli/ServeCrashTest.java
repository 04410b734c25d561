package io.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.store.ChainCheck;
import io.parley.store.EventStore;
import io.parley.store.EventStores;
import io.parley.store.LogKeys;
import io.parley.store.StoreLocation;
import io.parley.store.StoredEvent;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of {@code parley serve}: the server runs as a separate process, concurrent
 * negotiations are driven against it, and it is killed with SIGKILL at random moments and started
 * again on the same store. Every acknowledged action must be in the log exactly once, retries of
 * actions cut off by the crash must not duplicate anything, every chain must verify, and the
 * negotiations must go on. Runs on the embedded H2 store, and on PostgreSQL when {@code
 * PARLEY_TEST_PG_URL} is set ({@code .ci/run} sets it).
 */
class ServeCrashTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONSOLE_KEY = "crash-test-console-key-0123456789";
  private static final int NEGOTIATIONS = 4;
  private static final int CRASHES = 3;

  /**
   * Texts drafted while crashing: fewer than the phased scenario's deadline of 6 rounds, so the
   * negotiation can still go on with a new text after the last restart.
   */
  private static final int DRAFTS_BEFORE_CRASHES = 4;

  @TempDir Path work;

  /** Every server process started, killed after each test whatever its outcome. */
  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void killServers() throws InterruptedException {
    for (Process process : processes) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void killedServer_onEmbeddedStore_losesAndDuplicatesNothing() throws Exception {
    crashAndCheck(List.of("--data", work.resolve("data").toString()), Optional.empty());
  }

  @Test
  void killedServer_onPostgres_losesAndDuplicatesNothing() throws Exception {
    String server = System.getenv("PARLEY_TEST_PG_URL");
    assumeTrue(
        server != null && !server.isBlank(),
        "PARLEY_TEST_PG_URL is not set: skipping the PostgreSQL crash test (.ci/run starts"
            + " PostgreSQL and sets it)");
    String schema = "parley_crash_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(server);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try {
      crashAndCheck(List.of("--db", url), Optional.of(url));
    } finally {
      try (Connection connection = DriverManager.getConnection(server);
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private void crashAndCheck(List<String> storeArguments, Optional<String> url) throws Exception {
    // The embedded store generates its log key in its data directory; PostgreSQL is given one.
    Path keyFile = work.resolve("log.key");
    Optional<LogKeys> keys =
        url.map(given -> LogKeys.createFile(keyFile, new java.security.SecureRandom()));
    if (keys.isPresent()) {
      storeArguments = new ArrayList<>(storeArguments);
      storeArguments.addAll(List.of("--log-key", keyFile.toString()));
    }
    SplittableRandom random = new SplittableRandom(20261127);
    int port = freePort();
    URI base = URI.create("http://127.0.0.1:" + port);
    Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
    List<Throwable> driverFailures = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Table> tables = new ArrayList<>();

    Process server = start(port, storeArguments, 0);
    for (int i = 0; i < NEGOTIATIONS; i++) {
      tables.add(Table.create(this, base, acknowledged));
    }
    for (int crash = 1; crash <= CRASHES; crash++) {
      List<Thread> drivers = new ArrayList<>();
      for (Table table : tables) {
        SplittableRandom own = random.split();
        Thread driver = new Thread(() -> table.driveUntilCutOff(own));
        driver.setUncaughtExceptionHandler((thread, error) -> driverFailures.add(error));
        drivers.add(driver);
        driver.start();
      }
      Thread.sleep(300 + random.nextInt(1200));
      server.destroyForcibly(); // SIGKILL on Linux
      server.waitFor();
      for (Thread driver : drivers) {
        driver.join(Duration.ofSeconds(90).toMillis());
        assertThat(driver.isAlive()).as("a driver still running after the crash").isFalse();
      }
      assertThat(driverFailures).as("drivers that failed other than by the crash").isEmpty();
      server = start(port, storeArguments, crash);
      for (Table table : tables) {
        table.retryCutOff();
      }
    }
    for (Table table : tables) {
      table.goOn();
    }
    server.destroy();
    server.waitFor();

    try (EventStore store =
        keys.isPresent()
            ? EventStores.open(
                StoreLocation.of(url, work.resolve("data")), Clock.systemUTC(), keys.get())
            : EventStores.open(url, work.resolve("data"))) {
      for (Table table : tables) {
        List<StoredEvent> events = store.read(table.id);
        Map<String, Long> counts =
            events.stream()
                .collect(
                    Collectors.groupingBy(
                        event -> clientKey(event.clientId()), Collectors.counting()));
        assertThat(counts.values()).as("client ids stored more than once").allMatch(n -> n == 1);
        Set<String> stored =
            events.stream().map(e -> clientKey(e.clientId())).collect(Collectors.toSet());
        assertThat(stored)
            .as("every acknowledged action of %s is in the log", table.id)
            .containsAll(acknowledged.get(table.id));
        ChainCheck check = store.verify(table.id);
        assertThat(check.intact()).as(check.problem()).isTrue();
        assertThat(table.actions).as("actions acknowledged in %s", table.id).isGreaterThan(10);
      }
    }
  }

  /** One negotiation with a mediator and two invited parties, driven through HTTP. */
  private static final class Table {
    final ServeCrashTest test;
    final URI base;
    final String id;
    final String mediator;
    final Map<String, String> parties;
    final List<JsonNode> issues = new ArrayList<>();
    final Map<String, Set<String>> acknowledged;
    final List<Action> cutOff = new ArrayList<>();
    int actions;
    int counter;
    int drafts;

    private Table(
        ServeCrashTest test,
        URI base,
        String id,
        String mediator,
        Map<String, String> parties,
        JsonNode view,
        Map<String, Set<String>> acknowledged) {
      this.test = test;
      this.base = base;
      this.id = id;
      this.mediator = mediator;
      this.parties = parties;
      view.path("issues").forEach(issues::add);
      this.acknowledged = acknowledged;
      acknowledged.put(id, ConcurrentHashMap.newKeySet());
    }

    static Table create(ServeCrashTest test, URI base, Map<String, Set<String>> acknowledged)
        throws Exception {
      String scenario = Files.readString(Path.of("..", "examples", "cairo-2024-phased.yaml"));
      JsonNode created =
          test.send(
              base,
              "POST",
              "/api/negotiations",
              CONSOLE_KEY,
              JSON.createObjectNode().put("scenario", scenario));
      String id = created.path("id").asText();
      String mediator = created.path("mediator").path("token").asText();
      JsonNode view = test.send(base, "GET", "/api/negotiations/" + id, mediator, null);
      Map<String, String> parties = new ConcurrentHashMap<>();
      for (JsonNode party : view.path("parties")) {
        if (party.path("role").asText().equals("party")) {
          String pid = party.path("id").asText();
          JsonNode invitation =
              test.send(
                  base,
                  "POST",
                  "/api/negotiations/" + id + "/invitations",
                  mediator,
                  JSON.createObjectNode().put("participant", pid));
          parties.put(pid, invitation.path("token").asText());
        }
      }
      assertThat(parties).hasSize(2);
      return new Table(test, base, id, mediator, parties, view, acknowledged);
    }

    /** Acts until the server stops answering; remembers the action the crash cut off. */
    void driveUntilCutOff(SplittableRandom random) {
      while (true) {
        Action action = next(random);
        try {
          perform(action);
        } catch (IOException e) {
          cutOff.add(action);
          return;
        }
      }
    }

    /** Retries, with the same client ids, the actions whose answer the crash swallowed. */
    void retryCutOff() throws IOException {
      for (Action action : cutOff) {
        perform(action);
      }
      cutOff.clear();
    }

    /** One more drafted, released and answered text: the negotiation goes on after the crashes. */
    void goOn() throws IOException {
      SplittableRandom random = new SplittableRandom(id.hashCode());
      perform(draft(random));
    }

    private Action next(SplittableRandom random) {
      if (drafts < DRAFTS_BEFORE_CRASHES && random.nextInt(4) == 0) {
        return draft(random);
      }
      List<String> names = new ArrayList<>(parties.keySet());
      names.sort(null);
      String party = names.get(random.nextInt(names.size()));
      ObjectNode body =
          JSON.createObjectNode()
              .put("text", "private note " + (++counter))
              .put("clientId", "m" + counter);
      return new Action(party, parties.get(party), "/messages", body, Optional.empty());
    }

    private Action draft(SplittableRandom random) {
      ObjectNode outcome = JSON.createObjectNode();
      for (JsonNode issue : issues) {
        JsonNode values = issue.path("values");
        JsonNode value = values.get(random.nextInt(values.size()));
        outcome.put(
            issue.path("id").asText(),
            value.isObject() ? value.path("id").asText() : value.asText());
      }
      ObjectNode body = JSON.createObjectNode();
      body.set("outcome", outcome);
      body.put("note", "draft " + (++counter)).put("clientId", "t" + counter);
      ObjectNode release = JSON.createObjectNode();
      parties.keySet().forEach(release.putArray("to")::add);
      release.put("clientId", "r" + counter);
      drafts++;
      return new Action("mediator", mediator, "/texts", body, Optional.of(release));
    }

    private void perform(Action action) throws IOException {
      JsonNode event = send(action.token, action.path, action.body);
      acknowledge(action, event, action.body);
      if (action.release.isPresent()) {
        int version = event.path("payload").path("version").asInt();
        JsonNode released =
            send(action.token, "/texts/" + version + "/release", action.release.get());
        acknowledge(action, released, action.release.get());
      }
    }

    private void acknowledge(Action action, JsonNode event, ObjectNode body) {
      String actor = event.path("actor").asText(action.actor);
      acknowledged.get(id).add(actor + "/" + body.path("clientId").asText());
      actions++;
    }

    private JsonNode send(String token, String path, JsonNode body) throws IOException {
      try {
        return test.send(base, "POST", "/api/negotiations/" + id + path, token, body);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }

  private record Action(
      String actor, String token, String path, ObjectNode body, Optional<ObjectNode> release) {}

  private JsonNode send(URI base, String method, String path, String token, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token);
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as("%s %s answered %s", method, path, response.body())
        .isBetween(200, 299);
    return JSON.readTree(response.body());
  }

  private Process start(int port, List<String> storeArguments, int generation) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ParleyCommand.class.getName());
    command.add("serve");
    command.add("--host");
    command.add("127.0.0.1");
    command.add("--port");
    command.add(Integer.toString(port));
    command.addAll(storeArguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PARLEY_CONSOLE_KEY", CONSOLE_KEY);
    builder.redirectErrorStream(true);
    builder.redirectOutput(work.resolve("server-" + generation + ".log").toFile());
    Process process = builder.start();
    processes.add(process);
    URI health = URI.create("http://127.0.0.1:" + port + "/api/health");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("server exited: %s", log(generation)).isTrue();
      try {
        HttpResponse<String> answer =
            http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return process;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new AssertionError("server did not answer /api/health within 60 s: " + log(generation));
  }

  private String log(int generation) {
    try {
      return Files.readString(work.resolve("server-" + generation + ".log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * The client key a stored client id carries: the server stores {@code actor/clientId}, followed
   * by {@code #} and a 16-hex-digit fingerprint of the request for moves sent over HTTP.
   */
  private static String clientKey(String stored) {
    return stored.matches(".*#[0-9a-f]{16}") ? stored.substring(0, stored.length() - 17) : stored;
  }
}
