package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.store.JdbcEventStore;
import io.parley.store.NewEvent;
import io.parley.store.StoredEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server on a JDBC store, as {@code parley serve} runs it: negotiations survive a restart (the
 * state after it is the fold of the stored log), and robots play the same game as on the in-memory
 * store. One subclass per database.
 */
abstract class JdbcServerContract {
  /** Opens the store under test; the same place every time within one test. */
  abstract JdbcEventStore open();

  @Test
  void aNegotiation_survivesARestart_withItsTokensAndRooms() {
    String hamas;
    TestServer.Created n;
    JsonNode mediatorBefore;
    JsonNode hamasBefore;
    try (JdbcEventStore store = open()) {
      try (TestServer t = new TestServer(store)) {
        n = t.create(TestServer.example("cairo-2024-phased.yaml"), 5);
        hamas = t.invite(n, "hamas");
        t.act(
            n,
            n.token(),
            "/texts",
            "{\"outcome\":{\"hostage-release\":\"phased-all\",\"ceasefire\":\"extended-truce\","
                + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"us-assurance\","
                + "\"doha-office\":\"remains\"},\"note\":\"opening\"}");
        t.act(n, n.token(), "/texts/1/release", "{\"to\":[\"hamas\"]}");
        t.act(
            n,
            hamas,
            "/responses",
            "{\"version\":1,\"verdict\":\"reject\",\"reason\":\"no end of the war\"}");
        mediatorBefore = t.view(n, n.token());
        hamasBefore = t.view(n, hamas);
      }
    }
    try (JdbcEventStore store = open();
        TestServer t = new TestServer(store)) {
      assertThat(t.view(n, n.token())).isEqualTo(mediatorBefore);
      assertThat(t.view(n, hamas)).isEqualTo(hamasBefore);
      assertThat(hamasBefore.get("responses").get(0).get("reason").asText())
          .isEqualTo("no end of the war");
      t.act(n, hamas, "/messages", "{\"text\":\"still here after the restart\"}");
      assertThat(store.verify(n.id()).intact()).isTrue();
    }
  }

  @Test
  void aRobotMoveDueAtStart_isMadeAfterTheRestart() {
    TestServer.Created n;
    String text =
        "{\"hostage-release\":\"phased-all\",\"ceasefire\":\"phased-to-permanent\","
            + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
            + "\"doha-office\":\"relocated\"}";
    try (JdbcEventStore store = open()) {
      try (TestServer t = new TestServer(store)) {
        n = t.create(TestServer.example("cairo-2024-phased.yaml"), 5);
        t.act(n, n.token(), "/seats", "{\"participant\":\"israel\",\"strategy\":\"conceder\"}");
        t.act(n, n.token(), "/texts", "{\"outcome\":" + text + "}");
      }
      // The release reaches the log while no server runs (as if it stopped right after storing
      // it): the robot's answer is due when the next server starts.
      store.append(
          n.id(),
          new NewEvent(
              "egypt/release-while-down",
              "text-released",
              "egypt",
              List.of("mediator", "israel"),
              "{\"version\":1,\"outcome\":" + text + ",\"note\":\"\",\"to\":[\"israel\"]}"));
    }
    try (JdbcEventStore store = open();
        TestServer t = new TestServer(store)) {
      t.awaitRobots();
      JsonNode responses = t.view(n, n.token()).get("responses");
      assertThat(responses).hasSize(1);
      assertThat(responses.get(0).get("party").asText()).isEqualTo("israel");
      assertThat(responses.get(0).get("robot").asBoolean()).isTrue();
    }
  }

  @Test
  void allRobots_playTheSameGameOnH2AsInMemory() {
    List<String> inMemory;
    try (TestServer t = new TestServer()) {
      inMemory = robotGame(t);
    }
    try (JdbcEventStore store = open();
        TestServer t = new TestServer(store)) {
      assertThat(robotGame(t)).isEqualTo(inMemory);
    }
    assertThat(inMemory).last().asString().startsWith("agreement-recorded");
  }

  private static List<String> robotGame(TestServer t) {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 2024);
    t.act(n, n.token(), "/seats", "{\"participant\":\"israel\",\"strategy\":\"linear\"}");
    t.act(n, n.token(), "/seats", "{\"participant\":\"hamas\",\"strategy\":\"boulware\"}");
    t.act(n, n.token(), "/seats", "{\"participant\":\"egypt\",\"strategy\":\"nash-seeking\"}");
    t.awaitRobots();
    return t.log(n).stream()
        .filter(e -> !e.type().startsWith("negotiation-") && !e.type().startsWith("participant-"))
        .map(JdbcServerContract::describe)
        .toList();
  }

  private static String describe(StoredEvent event) {
    String payload = event.payload().replaceAll("\"logHash\":\"[0-9a-f]{64}\"", "");
    return event.type() + " " + event.actor() + " " + payload;
  }
}
