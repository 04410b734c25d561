package io.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.codec.Json;
import io.parley.store.EventStore;
import io.parley.store.MemoryEventStore;
import io.parley.store.StoredEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A real server on a random port over an in-memory store, with helpers to drive it. */
final class TestServer implements AutoCloseable {
  static final String CONSOLE_KEY = "test-console-key-0123456789";

  final EventStore store;
  final ParleyServer server;
  final Http http;

  TestServer() {
    this(new MemoryEventStore());
  }

  TestServer(EventStore store) {
    this(
        store,
        ParleyServer.start(
            store, new ServerOptions("127.0.0.1", 0, Optional.empty(), CONSOLE_KEY)));
  }

  /** A server already started over {@code store}. */
  TestServer(EventStore store, ParleyServer server) {
    this.store = store;
    this.server = server;
    this.http = new Http("http://127.0.0.1:" + server.port());
  }

  /** The text of an example scenario from the repository's examples folder. */
  static String example(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no examples folder above " + Path.of("").toAbsolutePath());
    }
    try {
      return Files.readString(dir.resolve("examples").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A created negotiation: its id and the lead mediator's token. */
  record Created(String id, String mediator, String token) {}

  Created create(String scenario, long seed) {
    ObjectNode body = Json.MAPPER.createObjectNode().put("scenario", scenario).put("seed", seed);
    Http.Reply reply = http.post("/api/negotiations", CONSOLE_KEY, Json.write(body));
    if (reply.status() != 201) {
      throw new AssertionError("create failed: " + reply.status() + " " + reply.text());
    }
    JsonNode json = reply.json();
    return new Created(
        json.get("id").asText(),
        json.get("mediator").get("participant").asText(),
        json.get("mediator").get("token").asText());
  }

  /** Invites {@code participant} and returns its token. */
  String invite(Created n, String participant) {
    Http.Reply reply =
        http.post(
            "/api/negotiations/" + n.id() + "/invitations",
            n.token(),
            "{\"participant\":\"" + participant + "\"}");
    if (reply.status() != 201) {
      throw new AssertionError("invite failed: " + reply.status() + " " + reply.text());
    }
    return reply.json().get("token").asText();
  }

  /** POSTs a move and expects it stored. */
  JsonNode act(Created n, String token, String path, String json) {
    Http.Reply reply = http.post("/api/negotiations/" + n.id() + path, token, json);
    if (reply.status() != 201) {
      throw new AssertionError(
          "POST " + path + " " + json + " failed: " + reply.status() + " " + reply.text());
    }
    return reply.json();
  }

  JsonNode view(Created n, String token) {
    Http.Reply reply = http.get("/api/negotiations/" + n.id(), token);
    if (reply.status() != 200) {
      throw new AssertionError("view failed: " + reply.status() + " " + reply.text());
    }
    return reply.json();
  }

  List<StoredEvent> log(Created n) {
    return store.read(n.id());
  }

  void awaitRobots() {
    try {
      if (!server.negotiations().awaitRobots(60_000)) {
        throw new AssertionError("robots did not settle within a minute");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
