package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.store.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The inputs the issue found accepted, each now refused with a problem-details answer and nothing
 * stored; and a client id's retry semantics: the same request again is answered with the first
 * event, a different request under the same id is a conflict.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedInputsTest {
  private static final String TEXT =
      "{\"hostage-release\":\"phased-all\",\"ceasefire\":\"phased-to-permanent\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
          + "\"doha-office\":\"relocated\"}";
  private static final String WEIGHTS =
      "\"weights\":{\"hostage-release\":0.2,\"ceasefire\":0.35,\"rafah-operation\":0.25,"
          + "\"leader-guarantees\":0.1,\"doha-office\":0.1}";

  private TestServer t;
  private TestServer.Created open;
  private TestServer.Created ended;
  private String hamas;

  @BeforeAll
  void setUp() {
    t = new TestServer();
    open = t.create(TestServer.example("cairo-2024-phased.yaml"), 1);
    hamas = t.invite(open, "hamas");
    t.act(open, open.token(), "/texts", "{\"outcome\":" + TEXT + "}");
    t.act(open, open.token(), "/texts/1/release", "{\"to\":[\"hamas\"]}");
    ended = t.create(TestServer.example("cairo-2024-phased.yaml"), 1);
    t.act(ended, ended.token(), "/end", "{\"reason\":\"talks collapsed\"}");
  }

  @AfterAll
  void tearDown() {
    t.close();
  }

  @Test
  void aClientIdReusedWithAnotherBody_is409_andTheSameBody_getsTheFirstAnswer() {
    Http.Reply first =
        t.http.post(
            "/api/negotiations/" + open.id() + "/messages",
            hamas,
            "{\"text\":\"first\",\"clientId\":\"m-1\"}");
    assertThat(first.status()).isEqualTo(201);
    List<StoredEvent> after = t.log(open);

    Http.Reply again =
        t.http.post(
            "/api/negotiations/" + open.id() + "/messages",
            hamas,
            "{\"clientId\":\"m-1\",\"text\":\"first\"}");
    Http.Reply other =
        t.http.post(
            "/api/negotiations/" + open.id() + "/messages",
            hamas,
            "{\"text\":\"second\",\"clientId\":\"m-1\"}");

    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().get("seq")).isEqualTo(first.json().get("seq"));
    assertThat(other.status()).as(other.text()).isEqualTo(409);
    assertThat(other.json().path("detail").asText()).contains("clientId 'm-1'");
    assertThat(t.log(open)).isEqualTo(after);
  }

  @Test
  void aLoneSurrogate_asAJsonEscape_is400() {
    refused(open, hamas, "/messages", "{\"text\":\"a\\ud800b\"}", 400, "text");
  }

  @Test
  void aLoneSurrogate_asRawBytes_is400() {
    byte[] prefix = "{\"text\":\"a".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[prefix.length + 3 + suffix.length];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    body[prefix.length] = (byte) 0xED;
    body[prefix.length + 1] = (byte) 0xA0;
    body[prefix.length + 2] = (byte) 0x80;
    System.arraycopy(suffix, 0, body, prefix.length + 3, suffix.length);
    List<StoredEvent> before = t.log(open);
    Http.Reply reply =
        t.http.post(
            "/api/negotiations/" + open.id() + "/messages", hamas, "application/json", body);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("type").asText()).startsWith("urn:parley:problem:");
    assertThat(t.log(open)).isEqualTo(before);
  }

  @Test
  void anInvitationAfterTheEnd_is409() {
    refused(ended, ended.token(), "/invitations", "{\"participant\":\"hamas\"}", 409, "ended");
  }

  @Test
  void nulAndEscInText_are400_butLineFeedsAndTabsAreText() {
    refused(open, hamas, "/messages", "{\"text\":\"a\\u0000b\"}", 400, "U+0000");
    refused(open, hamas, "/messages", "{\"text\":\"a\\u001bb\"}", 400, "U+001B");
    refused(open, hamas, "/messages", "{\"text\":\"a\\u0085b\"}", 400, "U+0085");
    refused(open, open.token(), "/adjourn", "{\"until\":\"a\\tb\"}", 400, "no control characters");
    assertThat(
            t.http
                .post(
                    "/api/negotiations/" + open.id() + "/messages",
                    hamas,
                    "{\"text\":\"line one\\n\\tline two\"}")
                .status())
        .isEqualTo(201);
  }

  @Test
  void aTenThousandAndOneCharacterLabel_is400() {
    String label = "l".repeat(10_001);
    refused(
        open,
        hamas,
        "/preferences",
        "{"
            + WEIGHTS
            + ",\"redLines\":[{\"forbid\":{\"ceasefire\":[\"none\"]},\"label\":\""
            + label
            + "\"}]}",
        400,
        "redLines[0].label");
    refused(open, hamas, "/messages", "{\"text\":\"" + label + "\"}", 400, "10001 characters");
  }

  @Test
  void fiveThousandRedLines_are400() {
    String line = "{\"forbid\":{\"ceasefire\":[\"none\"]}}";
    String lines = String.join(",", java.util.Collections.nCopies(5000, line));
    refused(
        open,
        hamas,
        "/preferences",
        "{" + WEIGHTS + ",\"redLines\":[" + lines + "]}",
        400,
        "5000 entries");
  }

  @Test
  void fivePointZeroForAnInteger_is400() {
    refused(open, hamas, "/responses", "{\"version\":1.0,\"verdict\":\"accept\"}", 400, "version");
    refused(open, open.token(), "/agreement", "{\"version\":5.0}", 400, "expected an integer");
  }

  @Test
  void parserErrors_arePlainWords() {
    Http.Reply reply =
        t.http.post("/api/negotiations/" + open.id() + "/messages", hamas, "{\"text\": [1,}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text()).doesNotContainIgnoringCase("jackson").doesNotContain("Source");
    assertThat(reply.json().path("detail").asText()).startsWith("malformed JSON at line 1");
  }

  private void refused(
      TestServer.Created n, String token, String path, String body, int status, String mention) {
    List<StoredEvent> before = t.log(n);
    Http.Reply reply = t.http.post("/api/negotiations/" + n.id() + path, token, body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().path("title").asText()).isNotBlank();
    assertThat(reply.json().path("detail").asText()).contains(mention);
    assertThat(t.log(n)).isEqualTo(before);
  }
}
