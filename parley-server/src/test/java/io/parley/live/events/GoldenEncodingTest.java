package io.parley.live.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.LiveNegotiations;
import io.parley.live.TestScenarios;
import io.parley.live.codec.Json;
import io.parley.live.codec.Requests;
import io.parley.live.codec.SeenEventJson;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Move;
import io.parley.scenario.Role;
import io.parley.server.ViewJson;
import io.parley.store.LogKeys;
import io.parley.store.MemoryEventStore;
import io.parley.store.StoredEvent;
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
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Pins the bytes the live server writes: every stored payload (which the log's HMAC chain covers)
 * and every wire form a participant reads (the events, the room view, the agreement, the
 * differences between texts, the chart's utility space), for two scripted negotiations that make
 * every kind of move, on a fixed clock and a seeded generator. The golden file was written by the
 * server before its core was typed; the typed core must write the same bytes.
 *
 * <p>To rewrite the golden file after a deliberate change of the wire form, run with {@code
 * -Dparley.golden.write=true} and review the diff.
 */
class GoldenEncodingTest {
  private static final String GOLDEN = "golden-encodings.txt";
  private static final String KEY = "console-key-for-golden";
  private static final String OPENING =
      "{\"hostage-release\":\"humanitarian-first-phase\",\"ceasefire\":\"temporary-pause\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"us-assurance\","
          + "\"doha-office\":\"remains\"}";
  private static final String SECOND =
      "{\"hostage-release\":\"phased-all\",\"ceasefire\":\"phased-to-permanent\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
          + "\"doha-office\":\"relocated\"}";
  private static final String HAMAS_PREFERENCES =
      "{\"weights\":{\"hostage-release\":0.2,\"ceasefire\":0.35,\"rafah-operation\":0.25,"
          + "\"leader-guarantees\":0.1,\"doha-office\":0.1},"
          + "\"scores\":{\"hostage-release\":{\"none\":1,\"humanitarian-first-phase\":0.7,"
          + "\"phased-all\":0.5,\"all-at-once\":0},\"ceasefire\":{\"none\":0,"
          + "\"temporary-pause\":0.3,\"extended-truce\":0.6,\"phased-to-permanent\":0.8,"
          + "\"permanent-end\":1},\"rafah-operation\":{\"proceed\":0,\"postpone\":0.5,"
          + "\"forgo\":1},\"leader-guarantees\":{\"none\":0,\"us-assurance\":0.5,"
          + "\"mediator-guarantee\":1},\"doha-office\":{\"remains\":1,\"relocated\":0}},"
          + "\"reservation\":0.45,\"shareReservation\":true,"
          + "\"redLines\":[{\"if\":{\"hostage-release\":[\"phased-all\"]},"
          + "\"then\":{\"ceasefire\":[\"phased-to-permanent\",\"permanent-end\"]},"
          + "\"label\":\"release only with an end of the war\"}]}";

  /** Hamas's preferences over cairo-2024.yaml's issues, confided under consent utilities. */
  private static final String CAIRO_HAMAS_PREFERENCES =
      "{\"weights\":{\"hostage-release\":0.2,\"ceasefire\":0.35,\"rafah-operation\":0.25,"
          + "\"leader-guarantees\":0.1,\"doha-office\":0.1},"
          + "\"scores\":{\"hostage-release\":{\"none\":1,\"humanitarian-first-phase\":0.7,"
          + "\"phased-all\":0.5,\"all-at-once\":0},\"ceasefire\":{\"none\":0,"
          + "\"temporary-pause\":0.3,\"extended-truce\":0.6,\"permanent-end\":1},"
          + "\"rafah-operation\":{\"proceed\":0,\"postpone\":0.5,\"forgo\":1},"
          + "\"leader-guarantees\":{\"none\":0,\"us-assurance\":0.5,\"mediator-guarantee\":1},"
          + "\"doha-office\":{\"remains\":1,\"relocated\":0}},\"reservation\":0.45,"
          + "\"consent\":\"utilities\"}";

  private final StringBuilder out = new StringBuilder();
  private int clientIds;

  @Test
  void theServerWritesTodaysBytes() throws Exception {
    MemoryEventStore store =
        new MemoryEventStore(
            Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC),
            LogKeys.generate(new SplittableRandom(11)));
    try (LiveNegotiations live = new LiveNegotiations(store, KEY, new SplittableRandom(42))) {
      cairo(live, store);
      jobOffer(live, store);
      robots(live, store);
      followThrough(live, store);
      day(live, store);
    }
    String actual = out.toString();
    Path golden = goldenFile();
    if (Boolean.getBoolean("parley.golden.write")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    Files.writeString(Path.of("target", "golden-encodings.actual.txt"), actual);
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private void cairo(LiveNegotiations live, MemoryEventStore store) throws Exception {
    LiveNegotiations.Created created =
        live.create(KEY, TestScenarios.example("cairo-2024-phased.yaml"), OptionalLong.of(7));
    String id = created.id();
    Viewer egypt = live.authenticate(id, created.token());
    Viewer israel = invite(live, egypt, "israel");
    Viewer hamas = invite(live, egypt, "hamas");
    Viewer qatar = invite(live, egypt, "qatar");
    act(live, hamas, Move.CONFIDE, null, HAMAS_PREFERENCES);
    act(live, egypt, Move.DRAFT_TEXT, null, "{\"outcome\":" + OPENING + ",\"note\":\"opening\"}");
    act(live, egypt, Move.RELEASE_TEXT, "1", "{\"to\":[\"israel\",\"hamas\"]}");
    act(live, israel, Move.RESPOND, null, "{\"version\":1,\"verdict\":\"accept\"}");
    act(
        live,
        hamas,
        Move.RESPOND,
        null,
        "{\"version\":1,\"verdict\":\"amend\",\"amendments\":[{\"issue\":\"ceasefire\","
            + "\"value\":\"phased-to-permanent\",\"reason\":\"an end of the war\"}],"
            + "\"reason\":\"closer\",\"clientId\":\"hamas-1\"}");
    act(
        live,
        hamas,
        Move.RESPOND,
        null,
        "{\"version\":1,\"verdict\":\"amend\",\"amendments\":[{\"issue\":\"ceasefire\","
            + "\"value\":\"phased-to-permanent\",\"reason\":\"an end of the war\"}],"
            + "\"reason\":\"closer\",\"clientId\":\"hamas-1\"}");
    act(live, hamas, Move.SEND_MESSAGE, null, "{\"text\":\"we need guarantees\"}");
    long message = live.events(egypt, 0).get(live.events(egypt, 0).size() - 1).seq();
    act(live, egypt, Move.RELEASE_MESSAGE, Long.toString(message), "{\"to\":[\"israel\"]}");
    act(live, qatar, Move.SEND_MESSAGE, null, "{\"to\":[\"hamas\"],\"text\":\"noted\"}");
    act(
        live,
        egypt,
        Move.SCHEDULE_SESSION,
        null,
        "{\"name\":\"Doha round\",\"venue\":\"Doha\",\"date\":\"Monday\","
            + "\"attendance\":[\"hamas\",\"qatar\"]}");
    act(live, egypt, Move.ADJOURN, null, "{\"until\":\"Doha round\",\"reason\":\"consult\"}");
    SeenEvent suggestion = act(live, egypt, Move.SUGGEST, null, "{}");
    act(
        live,
        egypt,
        Move.RELEASE_SUGGESTION,
        Long.toString(suggestion.seq()),
        "{\"package\":\"nash\",\"to\":[\"israel\"]}");
    act(live, egypt, Move.DRAFT_TEXT, null, "{\"outcome\":" + SECOND + ",\"note\":\"\"}");
    act(live, egypt, Move.RELEASE_TEXT, "2", "{\"to\":[\"israel\",\"hamas\"]}");
    act(
        live,
        israel,
        Move.RESPOND,
        null,
        "{\"version\":2,\"verdict\":\"reject\",\"reason\":\"no\"}");
    act(live, israel, Move.RESPOND, null, "{\"version\":2,\"verdict\":\"accept\"}");
    act(live, hamas, Move.RESPOND, null, "{\"version\":2,\"verdict\":\"accept\"}");
    act(
        live,
        egypt,
        Move.ASSIGN_SEAT,
        null,
        "{\"participant\":\"israel\",\"strategy\":\"linear\"}");
    act(live, egypt, Move.ASSIGN_SEAT, null, "{\"participant\":\"israel\",\"strategy\":\"human\"}");
    act(live, egypt, Move.REVOKE, "qatar", "{}");
    act(live, egypt, Move.RECORD_AGREEMENT, null, "{\"version\":2}");
    reads(live, store, id, List.of(egypt, israel, hamas));
    line("agreement egypt", ViewJson.agreement(live.agreement(egypt)));
    line("agreement hamas", ViewJson.agreement(live.agreement(hamas)));
    line("diff egypt 2", ViewJson.diff(live.diff(egypt, 2, OptionalInt.empty())));
    line("diff hamas 2 from 1", ViewJson.diff(live.diff(hamas, 2, OptionalInt.of(1))));
    line("utility-space", ViewJson.utilitySpace(live.utilitySpace(egypt)));
  }

  private void jobOffer(LiveNegotiations live, MemoryEventStore store) throws Exception {
    LiveNegotiations.Created created =
        live.create(KEY, TestScenarios.example("job-offer.yaml"), OptionalLong.empty());
    String id = created.id();
    Viewer mediator = live.authenticate(id, created.token());
    Viewer candidate = invite(live, mediator, "candidate");
    invite(live, mediator, "employer");
    String offer =
        "{\"salary\":75000,\"start-date\":\"in-1-month\",\"signing-bonus\":2500,"
            + "\"remote-days\":2,\"job-title\":\"senior-engineer\"}";
    act(live, mediator, Move.DRAFT_TEXT, null, "{\"outcome\":" + offer + ",\"note\":\"first\"}");
    act(live, mediator, Move.RELEASE_TEXT, "1", "{\"to\":[\"candidate\"]}");
    act(
        live,
        candidate,
        Move.RESPOND,
        null,
        "{\"version\":1,\"verdict\":\"amend\",\"amendments\":[{\"issue\":\"salary\","
            + "\"value\":85000,\"reason\":\"market rate\"},{\"issue\":\"remote-days\","
            + "\"value\":3,\"reason\":\"commute\"}]}");
    act(live, mediator, Move.SUGGEST, null, "{}");
    act(live, mediator, Move.END, null, "{\"reason\":\"\"}");
    reads(live, store, id, List.of(mediator, candidate));
  }

  private void robots(LiveNegotiations live, MemoryEventStore store) throws Exception {
    LiveNegotiations.Created created =
        live.create(KEY, TestScenarios.example("cairo-2024-phased.yaml"), OptionalLong.of(2024));
    Viewer egypt = live.authenticate(created.id(), created.token());
    act(
        live,
        egypt,
        Move.ASSIGN_SEAT,
        null,
        "{\"participant\":\"israel\",\"strategy\":\"linear\"}");
    act(
        live,
        egypt,
        Move.ASSIGN_SEAT,
        null,
        "{\"participant\":\"hamas\",\"strategy\":\"boulware\"}");
    act(
        live,
        egypt,
        Move.ASSIGN_SEAT,
        null,
        "{\"participant\":\"egypt\",\"strategy\":\"nash-seeking\"}");
    reads(live, store, created.id(), List.of(egypt));
  }

  /** The follow-through (issue 17) on cairo-2024.yaml, whose Qatar is made a guarantor. */
  private void followThrough(LiveNegotiations live, MemoryEventStore store) throws Exception {
    String text =
        TestScenarios.example("cairo-2024.yaml")
            .replace(
                "{id: qatar, name: Qatar, role: mediator}",
                "{id: qatar, name: Qatar, role: guarantor}");
    LiveNegotiations.Created created = live.create(KEY, text, OptionalLong.of(9));
    String id = created.id();
    Viewer egypt = live.authenticate(id, created.token());
    Viewer israel = invite(live, egypt, "israel");
    Viewer hamas = invite(live, egypt, "hamas");
    Viewer qatar = invite(live, egypt, "qatar");
    Viewer unitedStates = invite(live, egypt, "united-states");
    act(live, hamas, Move.CONFIDE, null, CAIRO_HAMAS_PREFERENCES);
    String agreed =
        "{\"hostage-release\":\"none\",\"ceasefire\":\"temporary-pause\","
            + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"none\","
            + "\"doha-office\":\"remains\"}";
    act(live, egypt, Move.DRAFT_TEXT, null, "{\"outcome\":" + agreed + "}");
    act(live, egypt, Move.RELEASE_TEXT, "1", "{\"to\":[\"israel\",\"hamas\"]}");
    act(live, israel, Move.RESPOND, null, "{\"version\":1,\"verdict\":\"accept\"}");
    act(live, hamas, Move.RESPOND, null, "{\"version\":1,\"verdict\":\"accept\"}");
    act(live, egypt, Move.RECORD_AGREEMENT, null, "{\"version\":1}");
    String vote = "{\"ratifier\":\"%s\",\"vote\":\"%s\",\"note\":\"%s\"}";
    act(live, israel, Move.RECORD_VOTE, null, vote.formatted("hardliners", "accept", "a pause"));
    act(
        live,
        egypt,
        Move.RECORD_VOTE,
        null,
        vote.formatted("war-cabinet", "reject", "no one home"));
    act(live, israel, Move.RECORD_VOTE, null, vote.formatted("prime-minister", "accept", ""));
    act(live, hamas, Move.RECORD_VOTE, null, vote.formatted("gaza-leadership", "accept", ""));
    act(live, hamas, Move.RECORD_VOTE, null, vote.formatted("political-office", "accept", ""));
    act(live, egypt, Move.PROPOSE_IMPROVEMENT, null, "{}");
    reads(live, store, id, List.of(egypt, israel, hamas, qatar));
    act(live, israel, Move.ANSWER_IMPROVEMENT, null, "{\"answer\":\"accept\"}");
    act(live, hamas, Move.ANSWER_IMPROVEMENT, null, "{\"answer\":\"accept\"}");
    act(live, egypt, Move.BEGIN_IMPLEMENTATION, null, "{}");
    act(live, israel, Move.REPORT_STEP, "truce-begins", "{\"note\":\"the pause holds\"}");
    act(live, unitedStates, Move.VERIFY_STEP, "truce-begins", "{\"note\":\"seen\"}");
    act(live, hamas, Move.REPORT_STEP, "first-release", "{}");
    act(live, qatar, Move.DISPUTE_STEP, "first-release", "{\"reason\":\"fewer than agreed\"}");
    act(live, egypt, Move.RESOLVE_DISPUTE, "first-release", "{\"resolution\":\"redo\"}");
    act(live, hamas, Move.REPORT_STEP, "first-release", "{\"note\":\"all of them\"}");
    act(live, qatar, Move.DISPUTE_STEP, "first-release", "{\"reason\":\"still fewer\"}");
    act(live, egypt, Move.DECLARE_BREACH, "first-release", "{\"reason\":\"still fewer\"}");
    act(live, unitedStates, Move.REPORT_STEP, "guarantees-signed", "{}");
    act(live, egypt, Move.VERIFY_STEP, "guarantees-signed", "{}");
    reads(live, store, id, List.of(egypt, israel, hamas, qatar));
  }

  /** The mediator's day (issue 16): every move of it, and its reads. */
  private void day(LiveNegotiations live, MemoryEventStore store) throws Exception {
    LiveNegotiations.Created created =
        live.create(KEY, TestScenarios.example("cairo-2024-phased.yaml"), OptionalLong.of(16));
    String id = created.id();
    Viewer egypt = live.authenticate(id, created.token());
    Viewer israel = invite(live, egypt, "israel");
    Viewer hamas = invite(live, egypt, "hamas");
    act(
        live,
        egypt,
        Move.SET_DEADLINE,
        null,
        "{\"at\":\"2026-01-05T18:00\",\"zone\":\"Africa/Cairo\"}");
    act(live, egypt, Move.DRAFT_TEXT, null, "{\"outcome\":" + OPENING + ",\"note\":\"opening\"}");
    act(live, egypt, Move.RELEASE_TEXT, "1", "{\"to\":[\"hamas\"]}");
    act(
        live,
        hamas,
        Move.RESPOND,
        null,
        "{\"version\":1,\"verdict\":\"reject\",\"amendments\":[{\"issue\":\"ceasefire\","
            + "\"value\":\"phased-to-permanent\",\"reason\":\"an end of the war\"}],"
            + "\"reason\":\"not without an end\"}");
    act(live, hamas, Move.SEND_MESSAGE, null, "{\"text\":\"we need guarantees\"}");
    long message = live.events(egypt, 0).get(live.events(egypt, 0).size() - 1).seq();
    act(
        live,
        egypt,
        Move.PARAPHRASE_MESSAGE,
        Long.toString(message),
        "{\"to\":[\"israel\"],\"text\":\"Hamas asks for guarantees\"}");
    act(live, egypt, Move.WRITE_NOTE, null, "{\"text\":\"Israel may move on Rafah\"}");
    act(live, egypt, Move.RECORD_OUTSIDE_EVENT, null, "{\"text\":\"A convoy entered Gaza\"}");
    act(
        live,
        egypt,
        Move.ADJOURN_SESSION,
        null,
        "{\"resumesAt\":\"2026-01-03T10:00\",\"zone\":\"Asia/Qatar\",\"venue\":\"Doha\","
            + "\"reason\":\"consult\"}");
    act(live, egypt, Move.RESUME_SESSION, null, "{\"note\":\"back\"}");
    act(live, egypt, Move.DRAFT_TEXT, null, "{\"outcome\":" + SECOND + ",\"note\":\"\"}");
    act(live, egypt, Move.RELEASE_TEXT, "2", "{\"to\":[\"israel\",\"hamas\"]}");
    act(live, hamas, Move.RESPOND, null, "{\"version\":1,\"verdict\":\"accept\"}");
    act(live, israel, Move.RESPOND, null, "{\"version\":2,\"verdict\":\"accept\"}");
    act(live, hamas, Move.RESPOND, null, "{\"version\":2,\"verdict\":\"accept\"}");
    act(live, egypt, Move.RECORD_AGREEMENT, null, "{\"version\":2}");
    act(live, israel, Move.SIGN_AGREEMENT, null, "{}");
    reads(live, store, id, List.of(egypt, israel, hamas));
    line("agreement israel", ViewJson.agreement(live.agreement(israel)));
    line("timeline egypt", Json.MAPPER.valueToTree(live.timeline(egypt)));
    line("timeline hamas", Json.MAPPER.valueToTree(live.timeline(hamas)));
    line("answers egypt", Json.MAPPER.valueToTree(live.answers(egypt)));
  }

  private Viewer invite(LiveNegotiations live, Viewer mediator, String participant) {
    ObjectNode body = Json.parseObject("{\"participant\":\"" + participant + "\"}");
    body.put("clientId", "golden-" + ++clientIds);
    LiveNegotiations.Invitation invitation = live.invite(mediator, Requests.invitation(body));
    line("invite " + participant + " token", invitation.token());
    line("invite " + participant + " event", SeenEventJson.of(invitation.event()));
    Viewer viewer = live.authenticate(mediator.negotiation(), invitation.token());
    assertThat(viewer.role()).isIn(Role.PARTY, Role.MEDIATOR, Role.GUARANTOR);
    return viewer;
  }

  private SeenEvent act(
      LiveNegotiations live, Viewer viewer, Move move, String parameter, String body) {
    ObjectNode fields = Json.parseObject(body);
    if (!fields.has("clientId")) {
      // A fixed client id: the hash chain covers it, and the default one is random.
      fields.put("clientId", "golden-" + ++clientIds);
    }
    SeenEvent seen = live.act(viewer, Requests.move(move, Optional.ofNullable(parameter), fields));
    line(viewer.participant() + " " + move, SeenEventJson.of(seen));
    return seen;
  }

  private void reads(LiveNegotiations live, MemoryEventStore store, String id, List<Viewer> all)
      throws Exception {
    assertThat(live.awaitRobots(10_000)).isTrue();
    for (StoredEvent stored : store.read(id)) {
      line(
          "stored "
              + stored.sequence()
              + " "
              + stored.type()
              + " "
              + stored.recipients()
              + " "
              + stored.clientId()
              + " "
              + stored.hash(),
          stored.payload());
    }
    line("head", store.read(id).get(store.read(id).size() - 1).hash());
    for (Viewer viewer : all) {
      StringBuilder events = new StringBuilder();
      for (SeenEvent event : live.events(viewer, 0)) {
        events.append(Json.write(SeenEventJson.of(event))).append('\n');
      }
      line("events " + viewer.participant(), events.toString());
      line("view " + viewer.participant(), ViewJson.room(live.view(viewer)));
    }
  }

  private void line(String label, JsonNode json) {
    line(label, Json.write(json));
  }

  private void line(String label, String text) {
    out.append("== ").append(label).append('\n').append(text).append('\n');
  }

  private static Path goldenFile() {
    Path dir = Path.of("").toAbsolutePath();
    Path relative = Path.of("src", "test", "resources", "io", "parley", "live", "events", GOLDEN);
    while (dir != null && !Files.exists(dir.resolve("parley-server").resolve(relative))) {
      if (Files.exists(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new UncheckedIOException(new IOException("no " + relative + " above the working dir"));
    }
    return dir.resolve("parley-server").resolve(relative);
  }
}
