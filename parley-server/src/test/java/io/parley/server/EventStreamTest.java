package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.live.codec.Json;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Server-sent events push each participant its own updates, and nobody else's. */
class EventStreamTest {
  private static final String TEXT =
      "{\"outcome\":{\"hostage-release\":\"phased-all\",\"ceasefire\":\"phased-to-permanent\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
          + "\"doha-office\":\"relocated\"}}";

  private final TestServer t = new TestServer();

  @AfterEach
  void stop() {
    t.close();
  }

  private StreamReader open(TestServer.Created n, String token) {
    return new StreamReader(
        t.http.client(), t.http.base() + "/api/negotiations/" + n.id() + "/stream", token, null);
  }

  @Test
  void aParty_receivesItsOwnUpdates_andNotTheOtherPartys() throws Exception {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 3);
    String israel = t.invite(n, "israel");
    String hamas = t.invite(n, "hamas");
    try (StreamReader israelStream = open(n, israel);
        StreamReader hamasStream = open(n, hamas)) {
      assertThat(israelStream.status()).isEqualTo(200);
      assertThat(hamasStream.status()).isEqualTo(200);
      // The backlog: the creation is the only event either party may see so far.
      assertThat(israelStream.take(1).get(0).event()).isEqualTo("negotiation-created");
      assertThat(hamasStream.take(1).get(0).event()).isEqualTo("negotiation-created");

      t.act(n, n.token(), "/texts", TEXT);
      t.act(n, n.token(), "/texts/1/release", "{\"to\":[\"hamas\"]}");
      t.act(n, hamas, "/messages", "{\"text\":\"only for the mediators\"}");
      t.act(n, n.token(), "/messages", "{\"to\":[\"israel\"],\"text\":\"a word for Israel\"}");

      List<StreamReader.Frame> toHamas = hamasStream.take(2);
      assertThat(toHamas)
          .extracting(StreamReader.Frame::event)
          .containsExactly("text-released", "message-sent");
      JsonNode released = Json.MAPPER.readTree(toHamas.get(0).data());
      assertThat(released.get("payload").get("to").toString()).isEqualTo("[\"hamas\"]");
      assertThat(toHamas.get(1).data()).contains("only for the mediators");
      assertThat(toHamas.get(0).id()).isEqualTo(released.get("seq").asText());

      List<StreamReader.Frame> toIsrael = israelStream.take(1);
      assertThat(toIsrael.get(0).event()).isEqualTo("message-sent");
      assertThat(toIsrael.get(0).data()).contains("a word for Israel");

      // A last public event marks the end: anything private to the other would have come before.
      t.act(n, n.token(), "/end", "{\"reason\":\"recess\"}");
      assertThat(israelStream.take(1).get(0).event()).isEqualTo("negotiation-ended");
      assertThat(hamasStream.take(1).get(0).event()).isEqualTo("negotiation-ended");
      assertThat(israelStream.drain()).isEmpty();
      assertThat(hamasStream.drain()).isEmpty();
    }
  }

  @Test
  void lastEventId_resumesAfterThatEvent_andTheTokenMayTravelInTheQuery() throws Exception {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 3);
    t.act(n, n.token(), "/texts", TEXT);
    t.act(n, n.token(), "/texts", TEXT);
    try (StreamReader stream =
        new StreamReader(
            t.http.client(),
            t.http.base() + "/api/negotiations/" + n.id() + "/stream?token=" + n.token(),
            null,
            "3")) {
      assertThat(stream.status()).isEqualTo(200);
      List<StreamReader.Frame> frames = stream.take(1);
      assertThat(frames.get(0).id()).isEqualTo("4");
      assertThat(frames.get(0).event()).isEqualTo("text-drafted");
    }
  }

  @Test
  void aBadToken_isRefusedBeforeTheStreamOpens() throws Exception {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 3);
    TestServer.Created other = t.create(TestServer.example("cairo-2024-phased.yaml"), 3);
    try (StreamReader wrong = open(n, "not-a-token");
        StreamReader foreign = open(n, other.token())) {
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(foreign.status()).isEqualTo(403);
    }
  }
}
