package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input: each request is answered with a 4xx and a message that says what is wrong, and the
 * negotiation's stored log is exactly the same afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
  private static final String TEXT =
      "{\"hostage-release\":\"phased-all\",\"ceasefire\":\"phased-to-permanent\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
          + "\"doha-office\":\"relocated\"}";
  private static final String WEIGHTS =
      "\"weights\":{\"hostage-release\":0.2,\"ceasefire\":0.35,\"rafah-operation\":0.25,"
          + "\"leader-guarantees\":0.1,\"doha-office\":0.1}";
  private static final String SCORES =
      "\"scores\":{\"hostage-release\":{\"none\":1,\"humanitarian-first-phase\":0.7,"
          + "\"phased-all\":0.5,\"all-at-once\":0},\"ceasefire\":{\"none\":0,"
          + "\"temporary-pause\":0.3,\"extended-truce\":0.6,\"phased-to-permanent\":0.8,"
          + "\"permanent-end\":1},\"rafah-operation\":{\"proceed\":0,\"postpone\":0.5,"
          + "\"forgo\":1},\"leader-guarantees\":{\"none\":0,\"us-assurance\":0.5,"
          + "\"mediator-guarantee\":1},\"doha-office\":{\"remains\":1,\"relocated\":0}}";

  private TestServer t;
  private TestServer.Created open;
  private TestServer.Created ended;
  private TestServer.Created supply;
  private String hamas;
  private String israel;
  private String endedHamas;
  private String supplier;

  /** Who sends a request. */
  enum Who {
    MEDIATOR,
    HAMAS,
    ISRAEL,
    NOBODY
  }

  /** Which negotiation a request goes to. */
  enum Where {
    OPEN,
    ENDED,
    SUPPLY
  }

  @BeforeAll
  void setUp() {
    t = new TestServer();
    open = t.create(TestServer.example("cairo-2024-phased.yaml"), 1);
    hamas = t.invite(open, "hamas");
    israel = t.invite(open, "israel");
    t.act(open, open.token(), "/texts", "{\"outcome\":" + TEXT + "}");
    t.act(open, open.token(), "/texts/1/release", "{\"to\":[\"hamas\"]}");
    t.act(open, open.token(), "/texts", "{\"outcome\":" + TEXT + ",\"note\":\"v2\"}");
    t.act(open, open.token(), "/texts/2/release", "{\"to\":[\"hamas\"]}");
    t.act(open, open.token(), "/suggestions", "{}");
    t.act(
        open,
        open.token(),
        "/sessions",
        "{\"name\":\"Cairo talks\",\"venue\":\"Cairo\",\"date\":\"Saturday\",\"attendance\":[]}");
    ended = t.create(TestServer.example("cairo-2024-phased.yaml"), 1);
    endedHamas = t.invite(ended, "hamas");
    t.act(ended, ended.token(), "/texts", "{\"outcome\":" + TEXT + "}");
    t.act(ended, ended.token(), "/texts/1/release", "{\"to\":[\"hamas\"]}");
    t.act(ended, ended.token(), "/end", "{\"reason\":\"talks collapsed\"}");
    supply = t.create(TestServer.example("supplier.yaml"), 1);
    supplier = t.invite(supply, "supplier");
  }

  @AfterAll
  void tearDown() {
    t.close();
  }

  static Stream<Arguments> cases() {
    String big = "{\"text\":\"" + "x".repeat(1024 * 1024) + "\"}";
    return Stream.of(
        bad("malformed JSON", Who.MEDIATOR, "/texts", "{\"outcome\":", 400, "malformed JSON"),
        bad("a JSON array, not an object", Who.MEDIATOR, "/texts", "[1,2]", 400, "a JSON array"),
        bad("an empty body", Who.HAMAS, "/messages", "", 400, "empty"),
        bad(
            "duplicate keys",
            Who.HAMAS,
            "/messages",
            "{\"text\":\"a\",\"text\":\"b\"}",
            400,
            "the key 'text' appears twice"),
        bad(
            "an unknown field",
            Who.MEDIATOR,
            "/texts",
            "{\"outcome\":" + TEXT + ",\"colour\":\"red\"}",
            400,
            "unknown field 'colour'"),
        bad(
            "an unknown issue",
            Who.MEDIATOR,
            "/texts",
            "{\"outcome\":" + TEXT.replace("doha-office", "weather") + "}",
            400,
            "unknown issue 'weather'"),
        bad(
            "an unknown issue value",
            Who.MEDIATOR,
            "/texts",
            "{\"outcome\":" + TEXT.replace("postpone", "forever") + "}",
            400,
            "issue 'rafah-operation' has no value 'forever'"),
        bad(
            "a text that leaves an issue open",
            Who.MEDIATOR,
            "/texts",
            "{\"outcome\":{\"hostage-release\":\"none\"}}",
            400,
            "has no value for issue 'ceasefire'"),
        bad(
            "a number where a label belongs",
            Who.MEDIATOR,
            "/texts",
            "{\"outcome\":" + TEXT.replace("\"relocated\"", "3") + "}",
            400,
            "expected one of the labels remains, relocated"),
        bad(
            "a value off a range issue's grid",
            Where.SUPPLY,
            Who.MEDIATOR,
            "/texts",
            "{\"outcome\":{\"unit-price\":83,\"volume\":1000,\"delivery-time\":\"1-week\","
                + "\"payment-terms\":\"net-30\",\"warranty\":\"12-months\"}}",
            400,
            "not on issue 'unit-price''s grid"),
        bad(
            "a value beyond a range issue's bounds",
            Where.SUPPLY,
            Who.MEDIATOR,
            "/texts",
            "{\"outcome\":{\"unit-price\":80,\"volume\":9000,\"delivery-time\":\"1-week\","
                + "\"payment-terms\":\"net-30\",\"warranty\":\"12-months\"}}",
            400,
            "expected an integer from 1000 to 5000"),
        bad(
            "a reservation above 1",
            Who.HAMAS,
            "/preferences",
            "{" + WEIGHTS + "," + SCORES + ",\"reservation\":1.5}",
            400,
            "reservation"),
        bad(
            "a consent to share the reservation that is not a boolean",
            Who.HAMAS,
            "/preferences",
            "{" + WEIGHTS + "," + SCORES + ",\"shareReservation\":\"yes\"}",
            400,
            "field 'shareReservation' is a string; expected true or false"),
        bad(
            "weights that do not sum to 1",
            Who.HAMAS,
            "/preferences",
            "{" + WEIGHTS.replace("0.35", "0.25") + "," + SCORES + "}",
            400,
            "weights sum to 0.9"),
        bad(
            "a score above 1",
            Who.HAMAS,
            "/preferences",
            "{" + WEIGHTS + "," + SCORES.replace("\"forgo\":1", "\"forgo\":2") + "}",
            400,
            "at 'scores.rafah-operation.forgo'"),
        bad(
            "a red line over an unknown issue",
            Who.HAMAS,
            "/preferences",
            "{" + WEIGHTS + "," + SCORES + ",\"redLines\":[{\"forbid\":{\"weather\":[\"rain\"]}}]}",
            400,
            "unknown issue 'weather'"),
        bad(
            "a version of 0",
            Who.HAMAS,
            "/responses",
            "{\"version\":0,\"verdict\":\"accept\"}",
            400,
            "expected an integer from 1"),
        bad(
            "a version that is not a whole number",
            Who.HAMAS,
            "/responses",
            "{\"version\":1.5,\"verdict\":\"accept\"}",
            400,
            "expected an integer"),
        bad(
            "a version given as a string",
            Who.HAMAS,
            "/responses",
            "{\"version\":\"2\",\"verdict\":\"accept\"}",
            400,
            "is a string; expected an integer"),
        bad(
            "an unknown verdict",
            Who.HAMAS,
            "/responses",
            "{\"version\":2,\"verdict\":\"maybe\"}",
            400,
            "expected accept, reject or amend"),
        bad(
            "amend without amendments",
            Who.HAMAS,
            "/responses",
            "{\"version\":2,\"verdict\":\"amend\"}",
            400,
            "needs at least one entry in 'amendments'"),
        bad(
            "accept with amendments",
            Who.HAMAS,
            "/responses",
            "{\"version\":2,\"verdict\":\"accept\",\"amendments\":[{\"issue\":\"ceasefire\","
                + "\"value\":\"permanent-end\"}]}",
            400,
            "takes no amendments"),
        bad(
            "an amendment that repeats the text",
            Who.HAMAS,
            "/responses",
            "{\"version\":2,\"verdict\":\"amend\",\"amendments\":[{\"issue\":\"ceasefire\","
                + "\"value\":\"phased-to-permanent\"}]}",
            400,
            "which the text already says"),
        bad(
            // Each released version may be answered (issue 16); one never released may not.
            "an answer to a version not released to the party (out of turn)",
            Who.HAMAS,
            "/responses",
            "{\"version\":3,\"verdict\":\"accept\"}",
            409,
            "was not released to you; the latest released to you is 2"),
        bad(
            "an acceptance that carries amendments",
            Who.HAMAS,
            "/responses",
            "{\"version\":2,\"verdict\":\"accept\",\"amendments\":[{\"issue\":\"ceasefire\","
                + "\"value\":\"permanent-end\",\"reason\":\"r\"}]}",
            400,
            "verdict 'accept' takes no amendments"),
        bad(
            "an answer before any text reached the party (out of turn)",
            Who.ISRAEL,
            "/responses",
            "{\"version\":2,\"verdict\":\"accept\"}",
            409,
            "no text has been released to you yet"),
        bad(
            "an agreement nobody accepted",
            Who.MEDIATOR,
            "/agreement",
            "{\"version\":2}",
            409,
            "every party must accept it"),
        bad(
            "releasing a version that does not exist",
            Who.MEDIATOR,
            "/texts/9/release",
            "{\"to\":[\"israel\"]}",
            404,
            "text version 9 does not exist"),
        bad(
            "releasing to an unknown participant",
            Who.MEDIATOR,
            "/texts/2/release",
            "{\"to\":[\"atlantis\"]}",
            400,
            "unknown participant 'atlantis'"),
        bad(
            "releasing a version the party already has",
            Who.MEDIATOR,
            "/texts/2/release",
            "{\"to\":[\"hamas\"]}",
            409,
            "hamas already has version 2"),
        bad(
            "a path version that is not a number",
            Who.MEDIATOR,
            "/texts/two/release",
            "{\"to\":[\"israel\"]}",
            400,
            "expected a positive integer"),
        bad(
            "a party making a mediator's move",
            Who.HAMAS,
            "/texts",
            "{\"outcome\":" + TEXT + "}",
            403,
            "only a mediator may draft text"),
        bad(
            "a mediator answering a text",
            Who.MEDIATOR,
            "/responses",
            "{\"version\":2,\"verdict\":\"accept\"}",
            403,
            "only a party may respond"),
        bad(
            "an unknown robot strategy",
            Who.MEDIATOR,
            "/seats",
            "{\"participant\":\"israel\",\"strategy\":\"telepathy\"}",
            400,
            "a party's seat takes one of boulware"),
        bad(
            "a party addressing its message to someone",
            Who.HAMAS,
            "/messages",
            "{\"text\":\"hello\",\"to\":[\"israel\"]}",
            400,
            "unknown field 'to'"),
        bad(
            "a message longer than 10000 characters",
            Who.HAMAS,
            "/messages",
            "{\"text\":\"" + "y".repeat(10_001) + "\"}",
            400,
            "at most 10000 are allowed"),
        bad(
            "a malformed client id",
            Who.HAMAS,
            "/messages",
            "{\"text\":\"hello\",\"clientId\":\"no spaces please\"}",
            400,
            "clientId"),
        bad(
            "adjourning to a session nobody scheduled",
            Who.MEDIATOR,
            "/adjourn",
            "{\"until\":\"Geneva\"}",
            400,
            "is not scheduled"),
        bad(
            "releasing an unknown package",
            Who.MEDIATOR,
            "/suggestions/7/release",
            "{\"to\":[\"israel\"],\"package\":\"utopia\"}",
            400,
            "expected one of nash, kalai-smorodinsky, egalitarian"),
        bad("a body over 1 MiB", Who.HAMAS, "/messages", big, 413, "1 MiB"),
        bad(
            "a draft after the end",
            Where.ENDED,
            Who.MEDIATOR,
            "/texts",
            "{\"outcome\":" + TEXT + "}",
            409,
            "ended without agreement: talks collapsed"),
        bad(
            "an answer after the end",
            Where.ENDED,
            Who.HAMAS,
            "/responses",
            "{\"version\":1,\"verdict\":\"accept\"}",
            409,
            "has ended"),
        bad("no token", Who.NOBODY, "/messages", "{\"text\":\"hello\"}", 401, "missing token"));
  }

  private static Arguments bad(
      String name, Who who, String path, String body, int status, String message) {
    return bad(name, Where.OPEN, who, path, body, status, message);
  }

  private static Arguments bad(
      String name, Where where, Who who, String path, String body, int status, String message) {
    return Arguments.of(name, where, who, path, body, status, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInput_isRefusedWithAClearMessage_andTheLogIsUnchanged(
      String name, Where where, Who who, String path, String body, int status, String message) {
    TestServer.Created n = where == Where.OPEN ? open : where == Where.ENDED ? ended : supply;
    String token = token(where, who, n);
    List<StoredEvent> before = t.log(n);

    Http.Reply reply = t.http.post("/api/negotiations/" + n.id() + path, token, body);

    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.json().get("status").asInt()).isEqualTo(status);
    assertThat(reply.error()).contains(message);
    assertThat(t.log(n)).isEqualTo(before);
  }

  private String token(Where where, Who who, TestServer.Created n) {
    switch (who) {
      case MEDIATOR:
        return n.token();
      case HAMAS:
        return where == Where.ENDED ? endedHamas : where == Where.SUPPLY ? supplier : hamas;
      case ISRAEL:
        return israel;
      default:
        return null;
    }
  }

  @Test
  void oversizedBodies_getTheirAnswer_everyTime_notAClosedConnection() {
    // The server refuses by the declared length; it reads and drops the body (up to 8 MiB) first,
    // so a client still sending always reads the 413 rather than a reset connection.
    String big = "{\"text\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    List<StoredEvent> before = t.log(open);
    for (int i = 0; i < 25; i++) {
      Http.Reply reply = t.http.post("/api/negotiations/" + open.id() + "/messages", hamas, big);
      assertThat(reply.status()).as("attempt %d: %s", i, reply.text()).isEqualTo(413);
      assertThat(reply.error()).contains("1 MiB");
    }
    assertThat(t.log(open)).isEqualTo(before);
  }

  @Test
  void aWrongContentType_is415_andTheLogIsUnchanged() {
    List<StoredEvent> before = t.log(open);
    Http.Reply reply =
        t.http.post(
            "/api/negotiations/" + open.id() + "/messages",
            hamas,
            "text/plain",
            "hello".getBytes(StandardCharsets.UTF_8));
    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.error()).contains("send Content-Type: application/json");
    assertThat(t.log(open)).isEqualTo(before);
  }

  @Test
  void bytesThatAreNotUtf8_are400_andTheLogIsUnchanged() {
    List<StoredEvent> before = t.log(open);
    Http.Reply reply =
        t.http.post(
            "/api/negotiations/" + open.id() + "/messages",
            hamas,
            "application/json",
            new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}'});
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).contains("not valid UTF-8");
    assertThat(t.log(open)).isEqualTo(before);
  }

  @Test
  void anInvalidScenario_isRefusedWithItsLineAndKey_andNothingIsStored() {
    List<String> before = t.store.negotiations();
    Http.Reply reply =
        t.http.post(
            "/api/negotiations",
            TestServer.CONSOLE_KEY,
            "application/yaml",
            "name: x\nparties:\n  - {id: a}\n  - {id: b}\nissues: []\npreferences: {}\n"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).contains("scenario:5").contains("the list of issues is empty");
    assertThat(t.store.negotiations()).isEqualTo(before);
  }

  @Test
  void aWrongConsoleKey_is401_andNothingIsStored() {
    List<String> before = t.store.negotiations();
    Http.Reply reply =
        t.http.post("/api/negotiations", "not-the-key", "{\"scenario\":\"name: x\"}");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.error()).isEqualTo("wrong console key");
    assertThat(t.store.negotiations()).isEqualTo(before);
  }

  @Test
  void aNegativeAfter_isRefused() {
    Http.Reply reply = t.http.get("/api/negotiations/" + open.id() + "/events?after=-1", hamas);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).contains("expected a sequence number >= 0");
  }
}
