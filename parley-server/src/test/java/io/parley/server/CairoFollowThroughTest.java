package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 end to end over HTTP on examples/cairo-2024.yaml as shipped: an agreement, its
 * ratification by both sides' constituencies, an improvement round the parties adopt, then the
 * phased plan's implementation, where Hamas's first release is disputed by its guarantor Qatar and
 * declared breached, a breach every participant sees with the plan's penalty.
 */
class CairoFollowThroughTest {
  private static final String AGREEMENT =
      "{\"hostage-release\":\"none\",\"ceasefire\":\"temporary-pause\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"none\","
          + "\"doha-office\":\"remains\"}";

  private final TestServer t = new TestServer();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void agreement_ratification_improvement_implementation_disputeEndingInABreach() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024.yaml"), 2024);
    String egypt = n.token();
    String israel = t.invite(n, "israel");
    String hamas = t.invite(n, "hamas");
    String qatar = t.invite(n, "qatar");
    String unitedStates = t.invite(n, "united-states");

    // the agreement
    t.act(n, egypt, "/texts", "{\"outcome\":" + AGREEMENT + "}");
    t.act(n, egypt, "/texts/1/release", "{\"to\":[\"israel\",\"hamas\"]}");
    t.act(n, israel, "/responses", "{\"version\":1,\"verdict\":\"accept\"}");
    t.act(n, hamas, "/responses", "{\"version\":1,\"verdict\":\"accept\"}");
    t.act(n, egypt, "/agreement", "{\"version\":1}");
    assertThat(follow(n, israel).get("phase").asText()).isEqualTo("ratifying");

    // ratification: Israel's delegation records its ratifiers' votes, a mediator Hamas's
    vote(n, israel, "hardliners", "accept");
    vote(n, israel, "war-cabinet", "reject");
    Http.Reply early = post(n, egypt, "/implementation", "{}");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.json().get("detail").asText()).contains("awaits ratification");
    vote(n, israel, "prime-minister", "accept");
    vote(n, egypt, "gaza-leadership", "accept");
    vote(n, egypt, "political-office", "accept");
    JsonNode ratified = follow(n, hamas);
    assertThat(ratified.get("phase").asText()).isEqualTo("settled");
    assertThat(ratified.at("/ratification/ratified").asBoolean()).isTrue();
    assertThat(ratified.at("/ratification/parties/0/votes"))
        .isEmpty(); // Israel's votes are its own

    // the improvement round
    t.act(n, egypt, "/improvement", "{}");
    JsonNode proposal = follow(n, israel).at("/improvement/outcome");
    assertThat(proposal.isObject()).isTrue();
    assertThat(proposal).isNotEqualTo(follow(n, israel).get("agreement"));
    t.act(n, israel, "/improvement/answer", "{\"answer\":\"accept\"}");
    t.act(n, hamas, "/improvement/answer", "{\"answer\":\"accept\"}");
    JsonNode adopted = follow(n, egypt);
    assertThat(adopted.get("agreement")).isEqualTo(proposal);
    assertThat(adopted.get("improvementsAdopted").asInt()).isEqualTo(1);

    // implementation
    t.act(n, egypt, "/implementation", "{}");
    assertThat(follow(n, hamas).get("plan")).hasSize(7);
    Http.Reply tooSoon = post(n, hamas, "/steps/first-release/report", "{}");
    assertThat(tooSoon.status()).isEqualTo(409);
    assertThat(tooSoon.json().get("detail").asText())
        .contains("depends on 'truce-begins', which is pending, not verified");
    t.act(n, israel, "/steps/truce-begins/report", "{\"note\":\"the pause holds\"}");
    t.act(n, unitedStates, "/steps/truce-begins/verify", "{}");
    t.act(n, hamas, "/steps/first-release/report", "{\"note\":\"the first group is out\"}");
    Http.Reply notGuarantor = post(n, unitedStates, "/steps/first-release/verify", "{}");
    assertThat(notGuarantor.status()).isEqualTo(403);
    t.act(n, qatar, "/steps/first-release/dispute", "{\"reason\":\"fewer than agreed\"}");
    t.act(n, egypt, "/steps/first-release/breach", "{\"reason\":\"fewer than agreed\"}");

    for (String token : List.of(egypt, israel, hamas, qatar, unitedStates)) {
      JsonNode breaches = follow(n, token).get("breaches");
      assertThat(breaches).hasSize(1);
      assertThat(breaches.get(0).get("step").asText()).isEqualTo("first-release");
      assertThat(breaches.get(0).get("performer").asText()).isEqualTo("hamas");
      assertThat(breaches.get(0).get("penalty").asDouble()).isCloseTo(0.1, within(1e-12));
      assertThat(types(n, token)).contains("step-breached");
    }
    assertThat(types(n, israel))
        .containsSubsequence(
            "agreement-recorded",
            "ratification-opened",
            "party-ratified",
            "party-ratified",
            "agreement-ratified",
            "improvement-proposed",
            "improvement-adopted",
            "implementation-began",
            "step-reported",
            "step-verified",
            "step-reported",
            "step-disputed",
            "step-breached");
    JsonNode steps = follow(n, egypt).get("steps");
    assertThat(steps.get(0).get("state").asText()).isEqualTo("verified");
    assertThat(steps.get(1).get("state").asText()).isEqualTo("breached");
    assertThat(steps.get(2).get("state").asText()).isEqualTo("pending");
  }

  private void vote(TestServer.Created n, String token, String ratifier, String vote) {
    t.act(
        n,
        token,
        "/ratification/votes",
        "{\"ratifier\":\"" + ratifier + "\",\"vote\":\"" + vote + "\"}");
  }

  private Http.Reply post(TestServer.Created n, String token, String path, String body) {
    return t.http.post("/api/negotiations/" + n.id() + path, token, body);
  }

  private JsonNode follow(TestServer.Created n, String token) {
    return t.view(n, token).get("followThrough");
  }

  private List<String> types(TestServer.Created n, String token) {
    Http.Reply reply = t.http.get("/api/negotiations/" + n.id() + "/events", token);
    List<String> types = new ArrayList<>();
    for (JsonNode event : reply.json()) {
      types.add(event.get("type").asText());
    }
    return types;
  }
}
