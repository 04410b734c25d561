package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.store.MemoryEventStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Two servers that differ in nothing but what a party confides: the same fixed clock, the same
 * seeded generator of ids and tokens, the same requests in the same order. Any difference between
 * their answers to a mediator is therefore caused by the confided preferences — which is what the
 * consent tests look for.
 */
final class ConsentTwins implements AutoCloseable {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

  final TestServer left;
  final TestServer right;

  ConsentTwins(long seed) {
    left = start(seed);
    right = start(seed);
  }

  private static TestServer start(long seed) {
    MemoryEventStore store = new MemoryEventStore(CLOCK);
    ParleyServer server =
        ParleyServer.start(
            store,
            new ServerOptions("127.0.0.1", 0, Optional.empty(), TestServer.CONSOLE_KEY),
            new Random(seed));
    return new TestServer(store, server);
  }

  /** Both servers. */
  List<TestServer> both() {
    return List.of(left, right);
  }

  /** A negotiation created in both, with the same id and tokens; the two parties invited. */
  record Pair(TestServer.Created created, String hamas, String israel) {
    String base() {
      return "/api/negotiations/" + created.id();
    }
  }

  Pair create(String scenario) {
    List<Pair> pairs = new ArrayList<>();
    for (TestServer t : both()) {
      TestServer.Created n = t.create(scenario, 7);
      pairs.add(new Pair(n, t.invite(n, "hamas"), t.invite(n, "israel")));
    }
    assertThat(pairs.get(1))
        .as("the twins hand out the same ids and tokens")
        .isEqualTo(pairs.get(0));
    return pairs.get(0);
  }

  /** The same request to both; both answers. */
  List<Http.Reply> post(String path, String token, String json) {
    return List.of(left.http.post(path, token, json), right.http.post(path, token, json));
  }

  List<Http.Reply> get(String path, String token) {
    return List.of(left.http.get(path, token), right.http.get(path, token));
  }

  /** Asserts the two answers are the same status and the same bytes. */
  static void assertSame(String what, List<Http.Reply> replies) {
    assertThat(replies.get(1).status()).as(what + ": status").isEqualTo(replies.get(0).status());
    assertThat(replies.get(1).text()).as(what + ": body").isEqualTo(replies.get(0).text());
  }

  static JsonNode json(Http.Reply reply) {
    return reply.json();
  }

  @Override
  public void close() {
    left.close();
    right.close();
  }
}
