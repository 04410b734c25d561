package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Revocation (issue 15, point 4): revoking a token, or inviting its participant again, ends the
 * token's open event streams at once, before any later event, and refuses it on every route; tokens
 * and the console key are matched on their exact bytes, so a variant in case is refused.
 */
class RevocationTest {
  private static final String MESSAGE_TO_ALL =
      "{\"to\":[\"israel\",\"hamas\"],\"text\":\"for every party\"}";

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
  void revokingAToken_endsItsOpenStreamAtOnce_andOtherStreamsGoOn() throws Exception {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 11);
    String israel = t.invite(n, "israel");
    String hamas = t.invite(n, "hamas");
    try (StreamReader hamasStream = open(n, hamas);
        StreamReader israelStream = open(n, israel)) {
      assertThat(hamasStream.status()).isEqualTo(200);
      assertThat(hamasStream.take(1).get(0).event()).isEqualTo("negotiation-created");
      assertThat(israelStream.take(1).get(0).event()).isEqualTo("negotiation-created");

      Http.Reply revoked =
          t.http.delete("/api/negotiations/" + n.id() + "/invitations/hamas", n.token());
      assertThat(revoked.status()).isEqualTo(204);

      assertThat(hamasStream.endsWithin(10)).as("the revoked token's stream ends").isTrue();
      t.act(n, n.token(), "/messages", MESSAGE_TO_ALL);
      assertThat(israelStream.take(1).get(0).data()).contains("for every party");
      assertThat(israelStream.endsWithin(0)).isFalse();
      List<StreamReader.Frame> afterRevocation = hamasStream.drain();
      assertThat(afterRevocation)
          .as("nothing reaches the revoked token after its revocation")
          .isEmpty();
    }
    assertRefusedEverywhere(n, hamas);
  }

  @Test
  void invitingAgain_endsTheOldTokensStream_andTheNewTokenStreams() throws Exception {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 12);
    String first = t.invite(n, "hamas");
    try (StreamReader oldStream = open(n, first)) {
      assertThat(oldStream.take(1).get(0).event()).isEqualTo("negotiation-created");

      String second = t.invite(n, "hamas");

      assertThat(oldStream.endsWithin(10)).isTrue();
      try (StreamReader newStream = open(n, second)) {
        assertThat(newStream.status()).isEqualTo(200);
        assertThat(newStream.take(1).get(0).event()).isEqualTo("negotiation-created");
        t.act(n, n.token(), "/messages", "{\"to\":[\"hamas\"],\"text\":\"to the new token\"}");
        assertThat(newStream.take(1).get(0).data()).contains("to the new token");
      }
      assertThat(oldStream.drain()).isEmpty();
    }
    assertRefusedEverywhere(n, first);
  }

  @Test
  void aTokenVariantInCase_isRefusedEverywhere() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 13);
    String hamas = t.invite(n, "hamas");
    assertThat(t.view(n, hamas).get("id").asText()).isEqualTo(n.id());
    int letters = 0;
    for (int i = 0; i < hamas.length(); i++) {
      char c = hamas.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        char flipped =
            Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        assertRefusedEverywhere(n, hamas.substring(0, i) + flipped + hamas.substring(i + 1));
        assertThat(t.http.get("/api/negotiations/" + n.id(), hamas).status())
            .as("the genuine token after the variant at %d", i)
            .isEqualTo(200);
      }
    }
    assertThat(letters).as("letters in the token").isPositive();
    assertRefusedEverywhere(n, hamas.toUpperCase(java.util.Locale.ROOT));
    assertRefusedEverywhere(n, hamas.substring(1));
    assertThat(t.view(n, hamas).get("id").asText()).isEqualTo(n.id());

    String key = TestServer.CONSOLE_KEY.toUpperCase(java.util.Locale.ROOT);
    assertThat(t.http.get("/api/examples", key).status()).isEqualTo(401);
    assertThat(t.http.get("/api/examples", TestServer.CONSOLE_KEY).status()).isEqualTo(200);
  }

  @Test
  void aCaseVariant_sentOnTheConnectionThatCarriedTheGenuineToken_isRefused() throws Exception {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 14);
    String hamas = t.invite(n, "hamas");
    // Flip the case of the token's first letter (a digit, '-' or '_' has no case to flip).
    int at = 0;
    while (!Character.isLetter(hamas.charAt(at))) {
      at++;
    }
    char first = hamas.charAt(at);
    String variant =
        hamas.substring(0, at)
            + (Character.isUpperCase(first)
                ? Character.toLowerCase(first)
                : Character.toUpperCase(first))
            + hamas.substring(at + 1);
    assertThat(variant).isNotEqualTo(hamas);
    String path = "/api/negotiations/" + n.id();
    int port = Integer.parseInt(t.http.base().substring(t.http.base().lastIndexOf(':') + 1));

    // Two requests on one kept-alive HTTP/1.1 connection, as browsers and clients send them.
    try (Socket socket = new Socket("127.0.0.1", port)) {
      String requests =
          request(path, hamas, false) + request(path, variant, false) + request(path, hamas, true);
      socket.getOutputStream().write(requests.getBytes(StandardCharsets.US_ASCII));
      String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      List<String> statuses = new ArrayList<>();
      Matcher status = Pattern.compile("HTTP/1\\.1 (\\d{3})").matcher(answers);
      while (status.find()) {
        statuses.add(status.group(1));
      }
      assertThat(statuses).containsExactly("200", "401", "200");
    }
  }

  private static String request(String path, String token, boolean last) {
    return "GET "
        + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + token
        + "\r\n"
        + (last ? "Connection: close\r\n" : "")
        + "\r\n";
  }

  /** {@code token} gets 401 on reading, on moving, and on opening a stream. */
  private void assertRefusedEverywhere(TestServer.Created n, String token) {
    String base = "/api/negotiations/" + n.id();
    assertThat(t.http.get(base, token).status()).as("view with %s", token).isEqualTo(401);
    assertThat(t.http.get(base + "/events", token).status()).isEqualTo(401);
    assertThat(t.http.get(base + "/agreement", token).status()).isEqualTo(401);
    assertThat(t.http.post(base + "/messages", token, "{\"text\":\"x\"}").status()).isEqualTo(401);
    assertThat(
            t.http
                .get(
                    base
                        + "/stream?token="
                        + java.net.URLEncoder.encode(
                            token, java.nio.charset.StandardCharsets.UTF_8),
                    null)
                .status())
        .isEqualTo(401);
  }
}
