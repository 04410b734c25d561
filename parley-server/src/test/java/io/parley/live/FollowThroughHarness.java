package io.parley.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.live.codec.Json;
import io.parley.live.codec.Requests;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rules.Move;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import io.parley.server.ViewJson;
import io.parley.store.LogKeys;
import io.parley.store.MemoryEventStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * A live Cairo negotiation (examples/cairo-2024.yaml: Israel and Hamas with ratifiers, the phased
 * plan) driven to an agreement through the domain API, for the follow-through tests. With {@code
 * qatarGuarantor} Qatar's role is guarantor instead of mediator, so the plan's Qatar guarantees
 * belong to a guarantor with a room of its own.
 */
final class FollowThroughHarness implements AutoCloseable {
  static final String KEY = "console-key-for-follow-through";

  /** A feasible agreement both constituencies can ratify (no release, a pause, Rafah postponed). */
  static final String AGREEMENT =
      "{\"hostage-release\":\"none\",\"ceasefire\":\"temporary-pause\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"none\","
          + "\"doha-office\":\"remains\"}";

  final MemoryEventStore store;
  final String text;
  final Scenario scenario;
  LiveNegotiations live;
  final String id;
  final Viewer egypt;
  final Viewer unitedStates;
  final Viewer qatar;
  final Viewer israel;
  final Viewer hamas;
  private int clientIds;

  FollowThroughHarness(boolean qatarGuarantor) {
    store =
        new MemoryEventStore(
            Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC),
            LogKeys.generate(new SplittableRandom(17)));
    String example = TestScenarios.example("cairo-2024.yaml");
    text =
        qatarGuarantor
            ? example.replace(
                "{id: qatar, name: Qatar, role: mediator}",
                "{id: qatar, name: Qatar, role: guarantor}")
            : example;
    assertThat(text.contains("role: guarantor")).isEqualTo(qatarGuarantor);
    scenario = ScenarioReader.parse("cairo", text, false);
    live = new LiveNegotiations(store, KEY, new SplittableRandom(5));
    LiveNegotiations.Created created = live.create(KEY, text, OptionalLong.of(3));
    id = created.id();
    egypt = live.authenticate(id, created.token());
    unitedStates = invite("united-states");
    qatar = invite("qatar");
    israel = invite("israel");
    hamas = invite("hamas");
  }

  /** Reopens the negotiations over the same store, as a restarted server does. */
  void restart() {
    live.close();
    live = new LiveNegotiations(store, KEY, new SplittableRandom(6));
  }

  private Viewer invite(String participant) {
    ObjectNode body = Json.parseObject("{\"participant\":\"" + participant + "\"}");
    return live.authenticate(id, live.invite(egypt, Requests.invitation(body)).token());
  }

  /**
   * Drafts {@code outcome}, releases it to both parties, both accept, and records the agreement.
   */
  void agree(String outcome) {
    act(egypt, Move.DRAFT_TEXT, null, "{\"outcome\":" + outcome + "}");
    int version = view(egypt).get("texts").size();
    act(egypt, Move.RELEASE_TEXT, "" + version, "{\"to\":[\"israel\",\"hamas\"]}");
    act(israel, Move.RESPOND, null, "{\"version\":" + version + ",\"verdict\":\"accept\"}");
    act(hamas, Move.RESPOND, null, "{\"version\":" + version + ",\"verdict\":\"accept\"}");
    act(egypt, Move.RECORD_AGREEMENT, null, "{\"version\":" + version + "}");
  }

  /** Every ratifier votes as {@code examples/cairo-2024.yaml}'s red lines predict for AGREEMENT. */
  void ratify() {
    vote(israel, "hardliners", true);
    vote(israel, "war-cabinet", false);
    vote(israel, "prime-minister", true);
    vote(hamas, "gaza-leadership", true);
    vote(hamas, "political-office", true);
  }

  SeenEvent vote(Viewer who, String ratifier, boolean accepts) {
    return act(
        who,
        Move.RECORD_VOTE,
        null,
        "{\"ratifier\":\"" + ratifier + "\",\"vote\":\"" + (accepts ? "accept" : "reject") + "\"}");
  }

  SeenEvent step(Viewer who, Move move, String step, String body) {
    return act(who, move, step, body);
  }

  SeenEvent act(Viewer viewer, Move move, String parameter, String body) {
    ObjectNode fields = Json.parseObject(body);
    fields.put("clientId", "ft-" + ++clientIds);
    return live.act(viewer, Requests.move(move, Optional.ofNullable(parameter), fields));
  }

  /** The refusal of a move, which must store nothing. */
  LiveException refused(Viewer viewer, Move move, String parameter, String body) {
    int before = store.read(id).size();
    LiveException e =
        catchThrowableOfType(() -> act(viewer, move, parameter, body), LiveException.class);
    assertThat(e).as(move + " should be refused").isNotNull();
    assertThat(store.read(id)).hasSize(before);
    return e;
  }

  /** The follow-through part of {@code viewer}'s room. */
  JsonNode follow(Viewer viewer) {
    return view(viewer).get("followThrough");
  }

  /** {@code viewer}'s room as the API writes it. */
  JsonNode view(Viewer viewer) {
    return ViewJson.room(live.view(viewer));
  }

  /** The types of the events {@code viewer} sees, in order. */
  List<String> types(Viewer viewer) {
    return live.events(viewer, 0).stream().map(e -> e.event().type().wire()).toList();
  }

  /** The step's state in the mediators' room. */
  String state(String step) {
    for (JsonNode node : follow(egypt).get("steps")) {
      if (node.get("id").asText().equals(step)) {
        return node.get("state").asText();
      }
    }
    throw new AssertionError("no step " + step);
  }

  @Override
  public void close() {
    live.close();
  }
}
