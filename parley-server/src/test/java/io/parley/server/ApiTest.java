package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The API over real HTTP: a mediated single-text negotiation from creation to agreement. */
class ApiTest {
  private static final String NASH =
      "{\"hostage-release\":\"phased-all\",\"ceasefire\":\"phased-to-permanent\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
          + "\"doha-office\":\"relocated\"}";
  private static final String OPENING =
      "{\"hostage-release\":\"humanitarian-first-phase\",\"ceasefire\":\"temporary-pause\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"us-assurance\","
          + "\"doha-office\":\"remains\"}";

  private final TestServer t = new TestServer();

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void health_openApi_robots_andSecurityHeaders() {
    Http.Reply health = t.http.get("/api/health", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("ok");
    assertThat(health.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(health.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(health.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(health.header("Cache-Control")).isEqualTo("no-store");

    Http.Reply openApi = t.http.get("/openapi.json", null);
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.json().get("openapi").asText()).startsWith("3.0");
    List<String> paths = new ArrayList<>();
    openApi.json().get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .contains(
            "/api/health",
            "/api/negotiations",
            "/api/negotiations/{nid}",
            "/api/negotiations/{nid}/stream",
            "/api/negotiations/{nid}/responses",
            "/api/negotiations/{nid}/preferences",
            "/api/negotiations/{nid}/agreement");

    Http.Reply robots = t.http.get("/robots.txt", null);
    assertThat(robots.text()).isEqualTo("User-agent: *\nDisallow: /\n");

    Http.Reply unknown = t.http.get("/api/nothing-here", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("status").asInt()).isEqualTo(404);
  }

  @Test
  void create_answersTheLeadMediatorsTokenAndLink_once() {
    Http.Reply reply =
        t.http.post(
            "/api/negotiations",
            TestServer.CONSOLE_KEY,
            "{\"scenario\":" + quote(TestServer.example("cairo-2024-phased.yaml")) + "}");

    assertThat(reply.status()).isEqualTo(201);
    JsonNode json = reply.json();
    String id = json.get("id").asText();
    assertThat(json.get("mediator").get("participant").asText()).isEqualTo("egypt");
    String token = json.get("mediator").get("token").asText();
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(json.get("mediator").get("link").asText())
        .isEqualTo(t.http.base() + "/mediator.html#n=" + id + "&t=" + token);
    assertThat(t.store.read(id).toString()).doesNotContain(token);
  }

  @Test
  void create_acceptsAnUploadedFile_andRawYaml() {
    String yaml = TestServer.example("cairo-2024.yaml");
    String boundary = "parley-boundary-42";
    String multipart =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"scenario\"; filename=\"cairo.yaml\"\r\n"
            + "Content-Type: application/yaml\r\n\r\n"
            + yaml
            + "\r\n--"
            + boundary
            + "--\r\n";
    Http.Reply upload =
        t.http.post(
            "/api/negotiations",
            TestServer.CONSOLE_KEY,
            "multipart/form-data; boundary=" + boundary,
            multipart.getBytes(StandardCharsets.UTF_8));
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);

    Http.Reply raw =
        t.http.post(
            "/api/negotiations",
            TestServer.CONSOLE_KEY,
            "application/yaml",
            yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(raw.status()).as(raw.text()).isEqualTo(201);
    assertThat(raw.json().get("id").asText()).isNotEqualTo(upload.json().get("id").asText());
  }

  @Test
  void aWholeMediation_fromFirstDraftToTheAgreementDocument() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 7);
    String israel = t.invite(n, "israel");
    String hamas = t.invite(n, "hamas");
    String qatar = t.invite(n, "qatar");

    t.act(
        n,
        hamas,
        "/preferences",
        "{\"weights\":{\"hostage-release\":0.2,\"ceasefire\":0.35,\"rafah-operation\":0.25,"
            + "\"leader-guarantees\":0.1,\"doha-office\":0.1},"
            + "\"scores\":{\"hostage-release\":{\"none\":1,\"humanitarian-first-phase\":0.7,"
            + "\"phased-all\":0.5,\"all-at-once\":0},\"ceasefire\":{\"none\":0,"
            + "\"temporary-pause\":0.3,\"extended-truce\":0.6,\"phased-to-permanent\":0.8,"
            + "\"permanent-end\":1},\"rafah-operation\":{\"proceed\":0,\"postpone\":0.5,"
            + "\"forgo\":1},\"leader-guarantees\":{\"none\":0,\"us-assurance\":0.5,"
            + "\"mediator-guarantee\":1},\"doha-office\":{\"remains\":1,\"relocated\":0}},"
            + "\"reservation\":0.45,"
            + "\"redLines\":[{\"if\":{\"hostage-release\":[\"phased-all\"]},"
            + "\"then\":{\"ceasefire\":[\"phased-to-permanent\",\"permanent-end\"]},"
            + "\"label\":\"release only with an end of the war\"}]}");

    JsonNode v1 =
        t.act(n, n.token(), "/texts", "{\"outcome\":" + OPENING + ",\"note\":\"opening\"}");
    assertThat(v1.get("type").asText()).isEqualTo("text-drafted");
    assertThat(v1.get("payload").get("version").asInt()).isEqualTo(1);
    t.act(n, n.token(), "/texts/1/release", "{\"to\":[\"hamas\"]}");

    JsonNode hamasRoom = t.view(n, hamas);
    assertThat(hamasRoom.get("texts")).hasSize(1);
    assertThat(hamasRoom.get("texts").get(0).get("releasedTo").toString()).isEqualTo("[\"hamas\"]");
    assertThat(hamasRoom.get("preview").get("1").get("utility").asDouble())
        .isCloseTo(
            0.7 * 0.2 + 0.3 * 0.35 + 0.5 * 0.25 + 0.5 * 0.1 + 0.1,
            org.assertj.core.data.Offset.offset(1e-9));
    assertThat(t.view(n, israel).get("texts")).isEmpty();

    t.act(
        n,
        hamas,
        "/responses",
        "{\"version\":1,\"verdict\":\"amend\",\"amendments\":[{\"issue\":\"ceasefire\","
            + "\"value\":\"phased-to-permanent\",\"reason\":\"a path to the end of the war\"}]}");
    Http.Reply early =
        t.http.post(
            "/api/negotiations/" + n.id() + "/responses",
            israel,
            "{\"version\":1,\"verdict\":\"accept\"}");
    assertThat(early.status()).isEqualTo(409);

    t.act(n, n.token(), "/texts", "{\"outcome\":" + NASH + ",\"note\":\"revised\"}");
    Http.Reply diff = t.http.get("/api/negotiations/" + n.id() + "/texts/2/diff?from=1", n.token());
    assertThat(diff.status()).isEqualTo(200);
    assertThat(diff.json().get("changes")).hasSize(4);
    assertThat(diff.json().get("changes").get(0).toString())
        .isEqualTo(
            "{\"issue\":\"hostage-release\",\"before\":\"humanitarian-first-phase\",\"after\":\"phased-all\"}");
    t.act(n, n.token(), "/texts/2/release", "{\"to\":[\"israel\",\"hamas\"]}");
    assertThat(t.http.get("/api/negotiations/" + n.id() + "/texts/2/diff?from=1", israel).status())
        .isEqualTo(404);

    JsonNode message =
        t.act(n, hamas, "/messages", "{\"text\":\"we need guarantees for our leaders\"}");
    long seq = message.get("seq").asLong();
    t.act(n, n.token(), "/messages/" + seq + "/release", "{\"to\":[\"israel\"]}");
    JsonNode israelRoom = t.view(n, israel);
    assertThat(israelRoom.get("messages")).hasSize(1);
    assertThat(israelRoom.get("messages").get(0).get("from").asText()).isEqualTo("hamas");
    assertThat(israelRoom.get("messages").get(0).get("text").asText())
        .isEqualTo("we need guarantees for our leaders");

    JsonNode suggestion = t.act(n, n.token(), "/suggestions", "{}");
    // Hamas confided a linkage without the scenario's demand for the joint mediator guarantee, so
    // the Nash package of what it confided settles for the US assurance, which Israel prefers.
    assertThat(suggestion.get("payload").get("packages").get("nash").toString())
        .isEqualTo(NASH.replace("mediator-guarantee", "us-assurance"));
    assertThat(suggestion.get("payload").get("basis").get("hamas").asText()).isEqualTo("confided");
    assertThat(suggestion.get("payload").get("basis").get("israel").asText()).isEqualTo("scenario");
    t.act(
        n,
        n.token(),
        "/suggestions/" + suggestion.get("seq").asLong() + "/release",
        "{\"to\":[\"israel\"],\"package\":\"nash\"}");
    assertThat(t.view(n, israel).get("suggestions").get(0).get("outcome").toString())
        .isEqualTo(NASH.replace("mediator-guarantee", "us-assurance"));
    assertThat(t.view(n, hamas).get("suggestions")).isEmpty();

    t.act(
        n,
        n.token(),
        "/sessions",
        "{\"name\":\"Talks resume\",\"venue\":\"Cairo\",\"date\":\"Tuesday\","
            + "\"attendance\":[\"israel\",\"hamas\"]}");
    t.act(n, qatar, "/adjourn", "{\"until\":\"Talks resume\",\"reason\":\"consultations\"}");
    assertThat(t.view(n, israel).get("sessions").get(0).get("venue").asText()).isEqualTo("Cairo");

    Http.Reply tooEarly =
        t.http.post("/api/negotiations/" + n.id() + "/agreement", n.token(), "{\"version\":2}");
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.error()).contains("israel has not answered it");

    t.act(n, israel, "/responses", "{\"version\":2,\"verdict\":\"accept\"}");
    t.act(n, hamas, "/responses", "{\"version\":2,\"verdict\":\"accept\",\"reason\":\"agreed\"}");
    assertThat(t.http.get("/api/negotiations/" + n.id() + "/agreement", israel).status())
        .isEqualTo(404);
    t.act(n, n.token(), "/agreement", "{\"version\":2}");

    Http.Reply document = t.http.get("/api/negotiations/" + n.id() + "/agreement", hamas);
    assertThat(document.status()).isEqualTo(200);
    JsonNode agreement = document.json();
    assertThat(agreement.get("version").asInt()).isEqualTo(2);
    assertThat(agreement.get("provisions")).hasSize(5);
    assertThat(agreement.get("provisions").get(1).toString())
        .isEqualTo(
            "{\"issue\":\"ceasefire\",\"issueName\":\"Ceasefire\",\"value\":\"phased-to-permanent\","
                + "\"label\":\"phased-to-permanent\"}");
    assertThat(agreement.get("parties").toString()).isEqualTo("[\"israel\",\"hamas\"]");
    assertThat(agreement.get("logHash").asText()).matches("[0-9a-f]{64}");
    assertThat(agreement.get("text").asText())
        .contains("5. Hamas's political office in Doha: relocated");
    assertThat(t.view(n, israel).get("status").asText()).isEqualTo("agreed");
    assertThat(t.store.verify(n.id()).intact()).isTrue();

    Http.Reply after =
        t.http.post(
            "/api/negotiations/" + n.id() + "/messages", hamas, "{\"text\":\"one more thing\"}");
    assertThat(after.status()).isEqualTo(409);
    assertThat(after.error()).contains("has ended");
  }

  @Test
  void examples_areListedForTheOrganiser_andCreateANegotiationById() {
    Http.Reply list = t.http.get("/api/examples", TestServer.CONSOLE_KEY);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().get(0).get("id").asText()).isEqualTo("cairo-2024-phased");
    assertThat(list.json().get(0).get("name").asText()).isEqualTo("cairo-2024-phased");
    assertThat(list.json()).hasSize(4);
    assertThat(t.http.get("/api/examples", "wrong-key").status()).isEqualTo(401);

    Http.Reply created =
        t.http.post("/api/negotiations", TestServer.CONSOLE_KEY, "{\"example\":\"supplier\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("mediator").get("participant").asText()).isEqualTo("mediator");
    Http.Reply unknown =
        t.http.post("/api/negotiations", TestServer.CONSOLE_KEY, "{\"example\":\"narnia\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.error()).contains("unknown example 'narnia'");
  }

  @Test
  void utilitySpace_showsUtilitiesToTheMediators_andNothingToTheParties() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 7);
    String hamas = t.invite(n, "hamas");
    t.act(n, n.token(), "/texts", "{\"outcome\":" + NASH + "}");
    t.act(n, n.token(), "/suggestions", "{}");

    Http.Reply space = t.http.get("/api/negotiations/" + n.id() + "/utility-space", n.token());
    assertThat(space.status()).isEqualTo(200);
    JsonNode json = space.json();
    assertThat(json.get("parties").toString()).isEqualTo("[\"israel\",\"hamas\"]");
    assertThat(json.get("frontier").size()).isGreaterThan(1);
    assertThat(json.get("texts").get(0).get("utilities").get("israel").asDouble())
        .isCloseTo(0.6475, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(json.get("suggestions").get(0).get("package").asText()).isEqualTo("nash");
    assertThat(json.get("reservations").toString())
        .as("parties that have not confided: the scenario's reservations")
        .isEqualTo("{\"israel\":0.6,\"hamas\":0.45}");
    assertThat(space.text())
        .doesNotContain("weights")
        .doesNotContain("scores")
        .doesNotContain("redLines")
        .doesNotContain("red_lines");
    assertThat(t.http.get("/api/negotiations/" + n.id() + "/utility-space", hamas).status())
        .isEqualTo(403);
  }

  @Test
  void utilitySpace_showsAConfidedReservation_onlyWhenThePartyConsents() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 7);
    String hamas = t.invite(n, "hamas");
    String israel = t.invite(n, "israel");
    String path = "/api/negotiations/" + n.id() + "/utility-space";

    t.act(n, hamas, "/preferences", hamasPreferences(0.6173, ",\"consent\":\"utilities\""));
    Http.Reply withheld = t.http.get(path, n.token());
    assertThat(withheld.json().get("reservations").toString()).isEqualTo("{\"israel\":0.6}");
    assertThat(withheld.json().get("basis").get("hamas").asText()).isEqualTo("confided");
    assertThat(withheld.text()).doesNotContain("0.6173");

    t.act(n, hamas, "/preferences", hamasPreferences(0.6173, ",\"shareReservation\":true"));
    Http.Reply shared = t.http.get(path, n.token());
    assertThat(shared.json().get("reservations").toString())
        .isEqualTo("{\"israel\":0.6,\"hamas\":0.6173}");
    assertThat(t.view(n, hamas).get("preferences").get("shareReservation").asBoolean()).isTrue();

    t.act(n, hamas, "/preferences", hamasPreferences(0.5821, ",\"shareReservation\":false"));
    t.act(n, israel, "/preferences", hamasPreferences(0.4937, ""));
    Http.Reply withdrawn = t.http.get(path, n.token());
    assertThat(withdrawn.json().get("reservations").size())
        .as("neither party consents now: " + withdrawn.text())
        .isZero();
    assertThat(withdrawn.text())
        .doesNotContain("0.6173")
        .doesNotContain("0.5821")
        .doesNotContain("0.4937");
    assertThat(t.view(n, n.token()).toString()).doesNotContain("shareReservation");
  }

  /** Valid preferences in cairo-2024-phased (Hamas's view) with this reservation and extras. */
  static String hamasPreferences(double reservation, String extra) {
    return "{\"weights\":{\"hostage-release\":0.2,\"ceasefire\":0.35,\"rafah-operation\":0.25,"
        + "\"leader-guarantees\":0.1,\"doha-office\":0.1},"
        + "\"scores\":{\"hostage-release\":{\"none\":1,\"humanitarian-first-phase\":0.7,"
        + "\"phased-all\":0.5,\"all-at-once\":0},\"ceasefire\":{\"none\":0,"
        + "\"temporary-pause\":0.3,\"extended-truce\":0.6,\"phased-to-permanent\":0.8,"
        + "\"permanent-end\":1},\"rafah-operation\":{\"proceed\":0,\"postpone\":0.5,"
        + "\"forgo\":1},\"leader-guarantees\":{\"none\":0,\"us-assurance\":0.5,"
        + "\"mediator-guarantee\":1},\"doha-office\":{\"remains\":1,\"relocated\":0}},"
        + "\"reservation\":"
        + reservation
        + extra
        + ",\"redLines\":[]}";
  }

  @Test
  void retryWithTheSameClientId_storesTheMoveOnce() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 7);
    String body = "{\"outcome\":" + NASH + ",\"clientId\":\"draft-1\"}";
    JsonNode first = t.act(n, n.token(), "/texts", body);
    int before = t.log(n).size();
    JsonNode second = t.act(n, n.token(), "/texts", body);

    assertThat(second).isEqualTo(first);
    assertThat(t.log(n)).hasSize(before);
  }

  @Test
  void reinviting_revokesTheOldToken_andRevokedTokensGet401() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 7);
    String first = t.invite(n, "hamas");
    String second = t.invite(n, "hamas");

    assertThat(t.http.get("/api/negotiations/" + n.id(), first).status()).isEqualTo(401);
    assertThat(t.http.get("/api/negotiations/" + n.id(), second).status()).isEqualTo(200);
    assertThat(
            t.http.delete("/api/negotiations/" + n.id() + "/invitations/hamas", n.token()).status())
        .isEqualTo(204);
    assertThat(t.http.get("/api/negotiations/" + n.id(), second).status()).isEqualTo(401);
    assertThat(t.view(n, n.token()).get("parties").get(1).get("invited").asBoolean()).isFalse();
  }

  static String quote(String text) {
    return io.parley.live.codec.Json.MAPPER.getNodeFactory().textNode(text).toString();
  }
}
