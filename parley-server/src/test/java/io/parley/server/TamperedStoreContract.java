package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.store.EventStores;
import io.parley.store.JdbcEventStore;
import io.parley.store.LogKeys;
import io.parley.store.StoreLocation;
import io.parley.store.Tampering;
import java.time.Clock;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The server's start-time check: a store tampered with behind its back (every {@link Tampering})
 * quarantines the negotiation it touched, whose routes answer 423 with problem details saying why,
 * and which the organiser sees listed, while every other negotiation is served. One subclass per
 * database.
 */
abstract class TamperedStoreContract {
  private static final LogKeys KEYS = LogKeys.generate(new SplittableRandom(15));

  /** Where the store under test lives: a fresh, empty place for each test. */
  abstract StoreLocation location();

  private JdbcEventStore open() {
    return EventStores.open(location(), Clock.systemUTC(), KEYS);
  }

  @ParameterizedTest
  @EnumSource(Tampering.class)
  void aTamperedNegotiation_isQuarantinedAtStart_andTheOthersAreServed(Tampering tampering) {
    TestServer.Created other;
    TestServer.Created target;
    TestServer.Created untouched;
    String hamas;
    JsonNode untouchedView;
    try (JdbcEventStore store = open();
        TestServer t = new TestServer(store)) {
      other = t.create(TestServer.example("cairo-2024-phased.yaml"), 1);
      t.act(other, other.token(), "/messages", "{\"to\":[\"israel\"],\"text\":\"first\"}");
      target = t.create(TestServer.example("cairo-2024-phased.yaml"), 2);
      hamas = t.invite(target, "hamas");
      t.act(target, hamas, "/preferences", ApiTest.hamasPreferences(0.6173, ""));
      t.act(target, hamas, "/messages", "{\"text\":\"after confiding\"}");
      untouched = t.create(TestServer.example("cairo-2024-phased.yaml"), 3);
      t.act(
          untouched,
          untouched.token(),
          "/messages",
          "{\"to\":[\"israel\"],\"text\":\"untouched\"}");
      untouchedView = t.view(untouched, untouched.token());
    }

    tampering.apply(location().jdbcUrl(), target.id(), other.id());

    try (JdbcEventStore store = open();
        TestServer t = new TestServer(store)) {
      for (String token : new String[] {target.token(), hamas}) {
        Http.Reply refused = t.http.get("/api/negotiations/" + target.id(), token);
        assertThat(refused.status()).as("%s: %s", tampering, refused.text()).isEqualTo(423);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("type").asText())
            .isEqualTo("urn:parley:problem:negotiation-quarantined");
        assertThat(problem.get("status").asInt()).isEqualTo(423);
        assertThat(problem.get("negotiation").asText()).isEqualTo(target.id());
        assertThat(problem.get("detail").asText())
            .contains("negotiation " + target.id() + " is quarantined");
      }
      Http.Reply move =
          t.http.post(
              "/api/negotiations/" + target.id() + "/messages", hamas, "{\"text\":\"late\"}");
      assertThat(move.status()).isEqualTo(423);
      Http.Reply listed = t.http.get("/api/quarantine", TestServer.CONSOLE_KEY);
      assertThat(listed.status()).isEqualTo(200);
      assertThat(listed.json().get("negotiations").findValuesAsText("id")).contains(target.id());
      assertThat(t.http.get("/api/quarantine", untouched.token()).status()).isEqualTo(401);
      JsonNode health = t.http.get("/api/health", null).json();
      assertThat(health.get("status").asText()).isEqualTo("degraded");
      assertThat(health.get("quarantined").asInt()).isPositive();

      assertThat(t.view(untouched, untouched.token())).isEqualTo(untouchedView);
      t.act(
          untouched,
          untouched.token(),
          "/messages",
          "{\"to\":[\"israel\"],\"text\":\"still served\"}");
      int otherStatus = t.http.get("/api/negotiations/" + other.id(), other.token()).status();
      assertThat(otherStatus).isEqualTo(tampering.breaksOther() ? 423 : 200);
      TestServer.Created created = t.create(TestServer.example("cairo-2024-phased.yaml"), 4);
      assertThat(t.view(created, created.token()).get("id").asText()).isEqualTo(created.id());
    }
  }

  @Test
  void aHeadMovedBackWhileTheServerRuns_quarantinesAtTheNextMove_andEndsItsStreams()
      throws Exception {
    try (JdbcEventStore store = open();
        TestServer t = new TestServer(store)) {
      TestServer.Created target = t.create(TestServer.example("cairo-2024-phased.yaml"), 5);
      String hamas = t.invite(target, "hamas");
      t.act(target, hamas, "/messages", "{\"text\":\"one\"}");
      t.act(target, hamas, "/messages", "{\"text\":\"two\"}");
      TestServer.Created other = t.create(TestServer.example("cairo-2024-phased.yaml"), 6);
      try (StreamReader stream =
          new StreamReader(
              t.http.client(),
              t.http.base() + "/api/negotiations/" + target.id() + "/stream",
              target.token(),
              null)) {
        assertThat(stream.status()).isEqualTo(200);

        Tampering.TRUNCATE_WITH_HEAD_MOVED_BACK.apply(
            location().jdbcUrl(), target.id(), other.id());
        Http.Reply move =
            t.http.post(
                "/api/negotiations/" + target.id() + "/messages",
                hamas,
                "{\"text\":\"after the truncation\"}");

        assertThat(move.status()).as(move.text()).isEqualTo(423);
        assertThat(move.json().get("detail").asText()).contains("the log's head");
        assertThat(stream.endsWithin(10)).isTrue();
      }
      assertThat(t.http.get("/api/negotiations/" + target.id(), target.token()).status())
          .isEqualTo(423);
      assertThat(store.verify(target.id()).events())
          .as("nothing was appended after the forged head")
          .isEqualTo(4);
      t.act(other, other.token(), "/messages", "{\"to\":[\"israel\"],\"text\":\"served\"}");
    }
  }
}
