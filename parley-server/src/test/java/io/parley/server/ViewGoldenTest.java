package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.store.LogKeys;
import io.parley.store.MemoryEventStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bytes of the HTTP API's views, pinned: a scripted Cairo negotiation on a fixed clock, fixed
 * log keys and a seeded token generator, with every participant role reading every route it may
 * (and some it may not) after each step that changes what they see. Log hashes are masked. The
 * server must answer the same bytes as {@code golden-views.txt}: the pages and clients read these
 * fields, so a change of the views' internal types must not change them. After a deliberate change
 * of the wire format, rewrite the file with {@code -Dparley.golden.write=true} and review the diff.
 */
class ViewGoldenTest {
  private static final String GOLDEN = "golden-views.txt";
  private static final String OPENING =
      "{\"hostage-release\":\"humanitarian-first-phase\",\"ceasefire\":\"temporary-pause\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"us-assurance\","
          + "\"doha-office\":\"remains\"}";
  private static final String SECOND =
      "{\"hostage-release\":\"phased-all\",\"ceasefire\":\"phased-to-permanent\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
          + "\"doha-office\":\"relocated\"}";
  private static final String SCORES =
      "\"scores\":{\"hostage-release\":{\"none\":1,\"humanitarian-first-phase\":0.7,"
          + "\"phased-all\":0.5,\"all-at-once\":0},\"ceasefire\":{\"none\":0,"
          + "\"temporary-pause\":0.3,\"extended-truce\":0.6,\"phased-to-permanent\":0.8,"
          + "\"permanent-end\":1},\"rafah-operation\":{\"proceed\":0,\"postpone\":0.5,"
          + "\"forgo\":1},\"leader-guarantees\":{\"none\":0,\"us-assurance\":0.5,"
          + "\"mediator-guarantee\":1},\"doha-office\":{\"remains\":1,\"relocated\":0}}";
  private static final String HAMAS_PREFERENCES =
      "{\"weights\":{\"hostage-release\":0.2,\"ceasefire\":0.35,\"rafah-operation\":0.25,"
          + "\"leader-guarantees\":0.1,\"doha-office\":0.1},"
          + SCORES
          + ",\"reservation\":0.45,\"shareReservation\":true,\"consent\":\"utilities\","
          + "\"redLines\":[{\"if\":{\"hostage-release\":[\"phased-all\"]},"
          + "\"then\":{\"ceasefire\":[\"phased-to-permanent\",\"permanent-end\"]},"
          + "\"label\":\"release only with an end of the war\"}]}";
  private static final String ISRAEL_PREFERENCES =
      "{\"weights\":{\"hostage-release\":0.4,\"ceasefire\":0.2,\"rafah-operation\":0.2,"
          + "\"leader-guarantees\":0.1,\"doha-office\":0.1},"
          + "\"scores\":{\"hostage-release\":{\"none\":0,\"humanitarian-first-phase\":0.4,"
          + "\"phased-all\":0.8,\"all-at-once\":1},\"ceasefire\":{\"none\":1,"
          + "\"temporary-pause\":0.8,\"extended-truce\":0.5,\"phased-to-permanent\":0.3,"
          + "\"permanent-end\":0},\"rafah-operation\":{\"proceed\":1,\"postpone\":0.4,"
          + "\"forgo\":0},\"leader-guarantees\":{\"none\":1,\"us-assurance\":0.6,"
          + "\"mediator-guarantee\":0.2},\"doha-office\":{\"remains\":0,\"relocated\":1}},"
          + "\"reservation\":0.3}";

  /**
   * A log hash: it chains every stored byte, including the store's own bookkeeping, which these
   * views do not show; the event tests pin the chain.
   */
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  private final StringBuilder out = new StringBuilder();
  private TestServer t;
  private TestServer.Created n;
  private String israel;
  private String hamas;
  private String qatar;

  @Test
  void theServerAnswersTodaysViewBytes() throws Exception {
    MemoryEventStore store =
        new MemoryEventStore(
            Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC),
            LogKeys.generate(new SplittableRandom(11)));
    ParleyServer server =
        ParleyServer.start(
            store,
            new ServerOptions(
                "127.0.0.1", 0, Optional.of("https://parley.example"), TestServer.CONSOLE_KEY),
            new SplittableRandom(42));
    try (TestServer started = new TestServer(store, server)) {
      t = started;
      script();
    }
    String actual = out.toString();
    Path golden = goldenFile();
    if (Boolean.getBoolean("parley.golden.write")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    Files.writeString(Path.of("target", "golden-views.actual.txt"), actual);
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private void script() {
    Http.Reply created =
        t.http.post(
            "/api/negotiations",
            TestServer.CONSOLE_KEY,
            "{\"scenario\":"
                + io.parley.live.codec.Json.write(
                    io.parley.live.codec.Json.MAPPER
                        .getNodeFactory()
                        .textNode(TestServer.example("cairo-2024-phased.yaml")))
                + ",\"seed\":7}");
    record("create", created);
    var json = created.json();
    n =
        new TestServer.Created(
            json.get("id").asText(),
            json.get("mediator").get("participant").asText(),
            json.get("mediator").get("token").asText());
    israel = invite("israel");
    hamas = invite("hamas");
    qatar = invite("qatar");
    readAll("invited");

    post("hamas confides", hamas, "/preferences", HAMAS_PREFERENCES);
    post("israel confides", israel, "/preferences", ISRAEL_PREFERENCES);
    post("draft 1", n.token(), "/texts", "{\"outcome\":" + OPENING + ",\"note\":\"opening\"}");
    post("release 1", n.token(), "/texts/1/release", "{\"to\":[\"hamas\"]}");
    readAll("text 1 released to hamas");

    post(
        "hamas amends 1",
        hamas,
        "/responses",
        "{\"version\":1,\"verdict\":\"amend\",\"amendments\":[{\"issue\":\"ceasefire\","
            + "\"value\":\"phased-to-permanent\",\"reason\":\"a path to the end of the war\"}],"
            + "\"reason\":\"closer\"}");
    post("draft 2", qatar, "/texts", "{\"outcome\":" + SECOND + ",\"note\":\"revised\"}");
    post("release 2", n.token(), "/texts/2/release", "{\"to\":[\"israel\",\"hamas\"]}");
    Http.Reply message =
        post("hamas writes", hamas, "/messages", "{\"text\":\"we need guarantees\"}");
    post(
        "message released",
        n.token(),
        "/messages/" + message.json().get("seq").asLong() + "/release",
        "{\"to\":[\"israel\"]}");
    post(
        "mediators write",
        qatar,
        "/messages",
        "{\"text\":\"please answer version 2\",\"to\":[\"israel\",\"hamas\"]}");
    Http.Reply suggestion = post("suggest", n.token(), "/suggestions", "{}");
    post(
        "suggestion released",
        n.token(),
        "/suggestions/" + suggestion.json().get("seq").asLong() + "/release",
        "{\"to\":[\"israel\"],\"package\":\"nash\"}");
    post(
        "session",
        n.token(),
        "/sessions",
        "{\"name\":\"Talks resume\",\"venue\":\"Cairo\",\"date\":\"Tuesday\","
            + "\"attendance\":[\"israel\",\"hamas\"]}");
    post("adjourn", qatar, "/adjourn", "{\"until\":\"Talks resume\",\"reason\":\"consultations\"}");
    post("israel rejects 2", israel, "/responses", "{\"version\":2,\"verdict\":\"reject\"}");
    readAll("before the agreement");

    post("israel accepts 2", israel, "/responses", "{\"version\":2,\"verdict\":\"accept\"}");
    post(
        "hamas accepts 2",
        hamas,
        "/responses",
        "{\"version\":2,\"verdict\":\"accept\",\"reason\":\"agreed\"}");
    post("agreement", n.token(), "/agreement", "{\"version\":2}");
    readAll("agreed");
  }

  private String invite(String participant) {
    Http.Reply reply =
        t.http.post(
            "/api/negotiations/" + n.id() + "/invitations",
            n.token(),
            "{\"participant\":\"" + participant + "\"}");
    record("invite " + participant, reply);
    return reply.json().get("token").asText();
  }

  private Http.Reply post(String label, String token, String path, String body) {
    Http.Reply reply = t.http.post("/api/negotiations/" + n.id() + path, token, body);
    assertThat(reply.status()).as(label + ": " + reply.text()).isEqualTo(201);
    record(label, reply);
    return reply;
  }

  /** Every read route, for every role. */
  private void readAll(String step) {
    List<String[]> readers =
        List.of(
            new String[] {"egypt", n.token()},
            new String[] {"qatar", qatar},
            new String[] {"israel", israel},
            new String[] {"hamas", hamas});
    List<String> routes =
        List.of(
            "",
            "/events",
            "/events?after=3",
            "/utility-space",
            "/texts/1/diff",
            "/texts/2/diff?from=1",
            "/agreement");
    for (String[] reader : readers) {
      for (String route : routes) {
        record(
            step + " | " + reader[0] + " GET " + route,
            t.http.get("/api/negotiations/" + n.id() + route, reader[1]));
      }
    }
  }

  private void record(String label, Http.Reply reply) {
    out.append("== ")
        .append(label)
        .append(" -> ")
        .append(reply.status())
        .append('\n')
        .append(HASH.matcher(reply.text()).replaceAll("<log hash>"))
        .append('\n');
  }

  private static Path goldenFile() {
    Path relative = Path.of("src", "test", "resources", "io", "parley", "server", GOLDEN);
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.exists(dir.resolve("parley-server").resolve(relative).getParent())) {
        return dir.resolve("parley-server").resolve(relative);
      }
      if (Files.exists(dir.resolve(relative).getParent())) {
        return dir.resolve(relative);
      }
      dir = dir.getParent();
    }
    throw new UncheckedIOException(new IOException("no " + relative + " above the working dir"));
  }
}
