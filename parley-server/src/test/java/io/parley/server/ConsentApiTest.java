package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The three consent levels over HTTP, and refusals of a consent that is not one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentApiTest {
  private static final double[] WEIGHTS = {0.3, 0.3, 0.2, 0.1, 0.1};
  private TestServer t;

  @BeforeAll
  void start() {
    t = new TestServer();
  }

  @AfterAll
  void stop() {
    t.close();
  }

  private String path(TestServer.Created n, String rest) {
    return "/api/negotiations/" + n.id() + rest;
  }

  private TestServer.Created drafted() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 7);
    t.act(
        n,
        n.token(),
        "/texts",
        "{\"outcome\":{\"hostage-release\":\"phased-all\",\"ceasefire\":\"extended-truce\","
            + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"us-assurance\","
            + "\"doha-office\":\"remains\"}}");
    return n;
  }

  private JsonNode space(TestServer.Created n) {
    Http.Reply reply = t.http.get(path(n, "/utility-space"), n.token());
    assertThat(reply.status()).isEqualTo(200);
    return reply.json();
  }

  @Test
  void suggestionsOnly_isTheDefault_andTheChartDrawsTheScenarioInstead() {
    TestServer.Created untouched = drafted();
    TestServer.Created n = drafted();
    String hamas = t.invite(n, "hamas");
    t.act(n, hamas, "/preferences", ConsentNonInterferenceTest.confiding(WEIGHTS, 0.4137, ""));

    JsonNode view = t.view(n, n.token());
    assertThat(view.get("consent").toString()).isEqualTo("{\"hamas\":\"suggestions\"}");
    assertThat(view.get("confidedPreferences").size()).isZero();
    JsonNode space = space(n);
    assertThat(space.get("basis").get("hamas").asText()).isEqualTo("withheld");
    JsonNode scenarioOnly = space(untouched);
    assertThat(space.get("texts").toString())
        .as("Hamas's utilities are the scenario's, as if it had not confided")
        .isEqualTo(scenarioOnly.get("texts").toString());
    assertThat(space.get("frontier").toString()).isEqualTo(scenarioOnly.get("frontier").toString());
    assertThat(space.get("reservations").toString()).isEqualTo("{\"israel\":0.6}");
    assertThat(space.toString()).doesNotContain("0.4137");
    assertThat(t.view(n, hamas).get("preferences").has("consent"))
        .as("the party's own view reads back what it sent")
        .isFalse();
  }

  @Test
  void utilities_drawTheConfidedUtilities_withoutTheReservation() {
    TestServer.Created n = drafted();
    String hamas = t.invite(n, "hamas");
    t.act(
        n,
        hamas,
        "/preferences",
        ConsentNonInterferenceTest.confiding(WEIGHTS, 0.4137, ",\"consent\":\"utilities\""));
    JsonNode space = space(n);
    assertThat(space.get("basis").get("hamas").asText()).isEqualTo("confided");
    // phased-all 0.5, extended-truce 0.6, postpone 0.5, us-assurance 0.5, remains 1
    assertThat(space.get("texts").get(0).get("utilities").get("hamas").asDouble())
        .isCloseTo(
            0.3 * 0.5 + 0.3 * 0.6 + 0.2 * 0.5 + 0.1 * 0.5 + 0.1 * 1,
            org.assertj.core.data.Offset.offset(1e-9));
    assertThat(space.get("reservations").has("hamas")).isFalse();
    assertThat(t.view(n, n.token()).get("consent").toString())
        .isEqualTo("{\"hamas\":\"utilities\"}");
    assertThat(t.view(n, n.token()).get("confidedPreferences").size()).isZero();
  }

  @Test
  void full_showsThePreferencesAsConfided_andTheReservation() {
    TestServer.Created n = drafted();
    String hamas = t.invite(n, "hamas");
    String body = ConsentNonInterferenceTest.confiding(WEIGHTS, 0.4137, ",\"consent\":\"full\"");
    t.act(n, hamas, "/preferences", body);
    JsonNode view = t.view(n, n.token());
    assertThat(view.get("consent").toString()).isEqualTo("{\"hamas\":\"full\"}");
    assertThat(
            view.get("confidedPreferences").get("hamas").get("weights").get("ceasefire").asDouble())
        .isEqualTo(0.3);
    assertThat(space(n).get("reservations").get("hamas").asDouble()).isEqualTo(0.4137);

    // Confiding again under the default takes it all back.
    t.act(n, hamas, "/preferences", ConsentNonInterferenceTest.confiding(WEIGHTS, 0.4137, ""));
    assertThat(t.view(n, n.token()).get("confidedPreferences").size()).isZero();
    assertThat(space(n).toString()).doesNotContain("0.4137");
  }

  @Test
  void aConsentThatIsNotALevel_orContradictsTheReservation_isRefused_andNothingStored() {
    TestServer.Created n = drafted();
    String hamas = t.invite(n, "hamas");
    int events = t.log(n).size();
    for (String extra :
        List.of(
            ",\"consent\":\"everything\"",
            ",\"consent\":\"Full\"",
            ",\"consent\":2",
            ",\"consent\":null",
            ",\"consent\":\"suggestions\",\"shareReservation\":true",
            ",\"consent\":\"full\",\"shareReservation\":false")) {
      Http.Reply reply =
          t.http.post(
              path(n, "/preferences"),
              hamas,
              ConsentNonInterferenceTest.confiding(WEIGHTS, 0.4137, extra));
      assertThat(reply.status()).as(extra).isEqualTo(400);
      assertThat(reply.json().get("detail").asText()).as(extra).contains("consent");
    }
    assertThat(t.log(n)).hasSize(events);
  }

  /**
   * A robot in the lead mediator's seat drafts from what consent allows: under suggestions only,
   * two different confidings give the same robot drafts, byte for byte.
   */
  @Test
  void aRobotMediator_draftsFromWhatConsentAllows() throws Exception {
    try (ConsentTwins twins = new ConsentTwins(7L)) {
      ConsentTwins.Pair n = twins.create(TestServer.example("cairo-2024-phased.yaml"));
      // The answers go to Hamas, which reads back what it confided: they differ, as they should.
      List<Http.Reply> confided =
          List.of(
              twins.left.http.post(
                  n.base() + "/preferences",
                  n.hamas(),
                  ConsentNonInterferenceTest.confiding(WEIGHTS, 0.4137, "")),
              twins.right.http.post(
                  n.base() + "/preferences",
                  n.hamas(),
                  ConsentNonInterferenceTest.confiding(
                      new double[] {0.1, 0.1, 0.1, 0.1, 0.6}, 0.0913, "")));
      assertThat(confided).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(201));
      ConsentTwins.assertSame(
          "seat",
          twins.post(
              n.base() + "/seats",
              n.created().token(),
              "{\"participant\":\"egypt\",\"strategy\":\"nash-seeking\"}"));
      for (TestServer server : twins.both()) {
        server.awaitRobots();
      }
      List<Http.Reply> events = twins.get(n.base() + "/events", n.created().token());
      assertThat(events.get(0).text()).contains("\"type\":\"text-drafted\"");
      ConsentTwins.assertSame("the robot's drafts", events);
      ConsentTwins.assertSame("the view", twins.get(n.base(), n.created().token()));
    }
  }
}
