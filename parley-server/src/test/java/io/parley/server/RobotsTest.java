package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.store.StoredEvent;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Robot seats: shipped strategies play parties and the lead mediator on the server. */
class RobotsTest {
  private final TestServer t = new TestServer();

  @AfterEach
  void stop() {
    t.close();
  }

  private TestServer.Created allRobots(String example, String israel, String hamas) {
    TestServer.Created n = t.create(TestServer.example(example), 2024);
    t.act(n, n.token(), "/seats", "{\"participant\":\"israel\",\"strategy\":\"" + israel + "\"}");
    t.act(n, n.token(), "/seats", "{\"participant\":\"hamas\",\"strategy\":\"" + hamas + "\"}");
    t.act(n, n.token(), "/seats", "{\"participant\":\"egypt\",\"strategy\":\"nash-seeking\"}");
    t.awaitRobots();
    return n;
  }

  @Test
  void allRobots_phasedCairo_reachesAnAgreementOnItsOwn() {
    TestServer.Created n = allRobots("cairo-2024-phased.yaml", "linear", "boulware");

    JsonNode view = t.view(n, n.token());
    assertThat(view.get("status").asText()).isEqualTo("agreed");
    JsonNode agreement = view.get("agreement");
    assertThat(agreement.get("provisions").toString())
        .contains("\"value\":\"phased-to-permanent\"")
        .contains("\"value\":\"mediator-guarantee\"");
    assertThat(view.get("texts").size()).isLessThanOrEqualTo(6);
    assertThat(t.store.verify(n.id()).intact()).isTrue();
  }

  @Test
  void allRobots_cairo_endsWithoutAgreementAtTheDeadline() {
    TestServer.Created n = allRobots("cairo-2024.yaml", "hardliner", "boulware");

    JsonNode view = t.view(n, n.token());
    assertThat(view.get("status").asText()).isEqualTo("ended");
    assertThat(view.get("endReason").asText()).contains("deadline of 4 rounds");
    assertThat(view.get("agreement").isNull()).isTrue();
    assertThat(view.get("texts")).hasSize(4);
  }

  @Test
  void withoutRobotSeats_theDeadlineStillEndsTheTalks() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024.yaml"), 5);
    String israel = t.invite(n, "israel");
    String hamas = t.invite(n, "hamas");
    for (int version = 1; version <= 4; version++) {
      assertThat(t.view(n, n.token()).get("status").asText()).isEqualTo("open");
      t.act(
          n,
          n.token(),
          "/texts",
          "{\"outcome\":{\"hostage-release\":\"phased-all\",\"ceasefire\":\"extended-truce\","
              + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"us-assurance\","
              + "\"doha-office\":\"remains\"}}");
      t.act(n, n.token(), "/texts/" + version + "/release", "{\"to\":[\"israel\",\"hamas\"]}");
      t.act(n, israel, "/responses", "{\"version\":" + version + ",\"verdict\":\"accept\"}");
      t.act(
          n,
          hamas,
          "/responses",
          "{\"version\":" + version + ",\"verdict\":\"reject\",\"reason\":\"not yet\"}");
      t.awaitRobots();
    }

    JsonNode view = t.view(n, n.token());
    assertThat(view.get("status").asText()).isEqualTo("ended");
    assertThat(view.get("endReason").asText()).contains("deadline of 4 rounds");
    assertThat(view.get("agreement").isNull()).isTrue();
  }

  @Test
  void sameSeed_sameLog() {
    TestServer.Created first = allRobots("cairo-2024-phased.yaml", "tit-for-tat", "random");
    TestServer.Created second = allRobots("cairo-2024-phased.yaml", "tit-for-tat", "random");

    assertThat(payloads(t.log(second))).isEqualTo(payloads(t.log(first)));
  }

  @Test
  void aPersonPractisesAgainstARobot() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 1);
    String hamas = t.invite(n, "hamas");
    t.act(n, n.token(), "/seats", "{\"participant\":\"israel\",\"strategy\":\"conceder\"}");
    t.act(
        n,
        n.token(),
        "/texts",
        "{\"outcome\":{\"hostage-release\":\"phased-all\",\"ceasefire\":\"phased-to-permanent\","
            + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
            + "\"doha-office\":\"relocated\"}}");
    t.act(n, n.token(), "/texts/1/release", "{\"to\":[\"israel\",\"hamas\"]}");
    t.awaitRobots();

    JsonNode mediatorView = t.view(n, n.token());
    assertThat(mediatorView.get("responses")).hasSize(1);
    assertThat(mediatorView.get("responses").get(0).get("party").asText()).isEqualTo("israel");
    assertThat(mediatorView.get("responses").get(0).get("robot").asBoolean()).isTrue();
    assertThat(t.view(n, hamas).get("responses")).isEmpty();

    Http.Reply overRobot =
        t.http.post(
            "/api/negotiations/" + n.id() + "/seats",
            hamas,
            "{\"participant\":\"israel\",\"strategy\":\"human\"}");
    assertThat(overRobot.status()).isEqualTo(403);
  }

  private static List<String> payloads(List<StoredEvent> log) {
    return log.stream()
        .filter(
            e -> !e.type().equals("negotiation-created") && !e.type().equals("participant-invited"))
        .map(e -> e.type() + " " + e.actor() + " " + e.payload())
        .toList();
  }
}
