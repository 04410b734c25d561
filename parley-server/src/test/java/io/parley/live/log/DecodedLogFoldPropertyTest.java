package io.parley.live.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.live.LiveException;
import io.parley.live.LiveNegotiations;
import io.parley.live.TestScenarios;
import io.parley.live.codec.Json;
import io.parley.live.codec.Requests;
import io.parley.live.rooms.SeenEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rooms.Visibility;
import io.parley.live.rules.Move;
import io.parley.live.state.Negotiation;
import io.parley.live.views.RoomView;
import io.parley.outcome.Issue;
import io.parley.outcome.OutcomeSpace;
import io.parley.server.ViewJson;
import io.parley.store.MemoryEventStore;
import io.parley.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Folding a decoded log gives the state the server served: after a random sequence of moves (each
 * applied or refused by the rules), every participant's room view as the server serves it equals
 * the view rendered from the fold of that participant's visible events, decoded afresh from the
 * text the store holds (for a mediator, with what the parties' consent lets it see, from the full
 * fold of the same decoded log) — and a server restarted on the same store serves the same views.
 */
class DecodedLogFoldPropertyTest {
  private static final String KEY = "console-key-for-fold";
  private static final String SCENARIO = TestScenarios.example("cairo-2024-phased.yaml");
  private static final List<String> PARTIES = List.of("israel", "hamas");

  @Property(tries = 25)
  void theFoldOfTheDecodedLog_isTheStateTheServerServed(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    MemoryEventStore store = new MemoryEventStore();
    List<Viewer> viewers = new ArrayList<>();
    String id;
    try (LiveNegotiations live = new LiveNegotiations(store, KEY, new SplittableRandom(seed))) {
      LiveNegotiations.Created created = live.create(KEY, SCENARIO, OptionalLong.of(seed));
      id = created.id();
      Viewer egypt = live.authenticate(id, created.token());
      viewers.add(egypt);
      for (String participant : List.of("qatar", "israel", "hamas")) {
        String token =
            live.invite(
                    egypt,
                    Requests.invitation(
                        Json.parseObject("{\"participant\":\"" + participant + "\"}")))
                .token();
        viewers.add(live.authenticate(id, token));
      }
      for (int i = 0; i < 40; i++) {
        move(live, viewers, random);
      }
      assertThat(store.read(id)).as("moves were stored, not only refused").hasSizeGreaterThan(8);
      List<String> served = new ArrayList<>();
      // The server's own state, folded in full from the log decoded afresh.
      Log decoded = new Log(id);
      decoded.catchUp(store);
      for (Viewer viewer : viewers) {
        served.add(Json.write(ViewJson.room(live.view(viewer))));
        RoomView rendered =
            RoomView.of(foldDecoded(store, id, viewer), viewer, decoded.mediatorBasis());
        assertThat(Json.write(ViewJson.room(rendered)))
            .as("the view of %s", viewer.participant())
            .isEqualTo(served.get(served.size() - 1));
      }
      try (LiveNegotiations restarted = new LiveNegotiations(store, KEY, new SplittableRandom(1))) {
        for (int v = 0; v < viewers.size(); v++) {
          assertThat(Json.write(ViewJson.room(restarted.view(viewers.get(v)))))
              .isEqualTo(served.get(v));
        }
      }
    }
  }

  /** The fold of {@code viewer}'s visible events, decoded from the text the store holds. */
  private static Negotiation foldDecoded(MemoryEventStore store, String id, Viewer viewer) {
    List<SeenEvent> seen = new ArrayList<>();
    OutcomeSpace space = null;
    for (StoredEvent stored : store.read(id)) {
      LoggedEvent event = LoggedEvent.of(stored, space);
      space = event.space();
      Visibility.see(viewer, event).ifPresent(seen::add);
    }
    return Negotiation.fold(id, seen);
  }

  private static void move(LiveNegotiations live, List<Viewer> viewers, Random random) {
    Viewer mediator = viewers.get(random.nextInt(2));
    Viewer party = viewers.get(2 + random.nextInt(2));
    String to = PARTIES.get(random.nextInt(2));
    String both = random.nextBoolean() ? "[\"israel\",\"hamas\"]" : "[\"" + to + "\"]";
    int version = 1 + random.nextInt(4);
    long seq = 1 + random.nextInt(40);
    try {
      switch (random.nextInt(14)) {
        case 0, 1 ->
            live.act(
                mediator,
                Requests.move(
                    Move.DRAFT_TEXT,
                    Optional.empty(),
                    Json.parseObject("{\"outcome\":" + outcome(random) + ",\"note\":\"n\"}")));
        case 2, 3 ->
            live.act(
                mediator,
                Requests.move(
                    Move.RELEASE_TEXT,
                    Optional.of(Integer.toString(version)),
                    Json.parseObject("{\"to\":" + both + "}")));
        case 4, 5 -> {
          String verdict = List.of("accept", "reject", "amend").get(random.nextInt(3));
          String amendments =
              verdict.equals("amend")
                  ? ",\"amendments\":[{\"issue\":\"rafah-operation\",\"value\":\"forgo\","
                      + "\"reason\":\"r\"}]"
                  : "";
          live.act(
              party,
              Requests.move(
                  Move.RESPOND,
                  Optional.empty(),
                  Json.parseObject(
                      "{\"version\":"
                          + version
                          + ",\"verdict\":\""
                          + verdict
                          + "\""
                          + amendments
                          + "}")));
        }
        case 6 ->
            live.act(
                random.nextBoolean() ? party : mediator,
                Requests.move(
                    Move.SEND_MESSAGE,
                    Optional.empty(),
                    Json.parseObject(
                        random.nextBoolean()
                            ? "{\"text\":\"hi\"}"
                            : "{\"to\":" + both + ",\"text\":\"t\"}")));
        case 7 ->
            live.act(
                mediator,
                Requests.move(
                    Move.RELEASE_MESSAGE,
                    Optional.of(Long.toString(seq)),
                    Json.parseObject("{\"to\":" + both + "}")));
        case 8 -> live.act(mediator, Requests.move(Move.SUGGEST, Optional.empty(), Json.object()));
        case 9 ->
            live.act(
                mediator,
                Requests.move(
                    Move.RELEASE_SUGGESTION,
                    Optional.of(Long.toString(seq)),
                    Json.parseObject("{\"package\":\"nash\",\"to\":" + both + "}")));
        case 10 -> {
          live.act(
              mediator,
              Requests.move(
                  Move.SCHEDULE_SESSION,
                  Optional.empty(),
                  Json.parseObject(
                      "{\"name\":\"s\",\"venue\":\"v\",\"date\":\"d\",\"attendance\":"
                          + both
                          + "}")));
          live.act(
              mediator,
              Requests.move(
                  Move.ADJOURN,
                  Optional.empty(),
                  Json.parseObject("{\"until\":\"s\",\"reason\":\"r\"}")));
        }
        case 12 -> { // the mediator's day (issue 16)
          int pick = random.nextInt(6);
          Move move =
              List.of(
                      Move.ADJOURN_SESSION,
                      Move.RESUME_SESSION,
                      Move.SET_DEADLINE,
                      Move.WRITE_NOTE,
                      Move.PARAPHRASE_MESSAGE,
                      Move.RECORD_OUTSIDE_EVENT)
                  .get(pick);
          String body =
              List.of(
                      "{\"resumesAt\":\"2026-12-08T10:00\",\"zone\":\"Africa/Cairo\","
                          + "\"venue\":\"Cairo\"}",
                      "{\"note\":\"n\"}",
                      "{\"at\":\"2026-12-09T18:00\",\"zone\":\"Europe/London\"}",
                      "{\"text\":\"private\"}",
                      "{\"text\":\"in our words\",\"to\":" + both + "}",
                      "{\"text\":\"outside\"}")
                  .get(pick);
          live.act(
              mediator,
              Requests.move(move, Optional.of(Long.toString(seq)), Json.parseObject(body)));
        }
        case 13 ->
            live.act(party, Requests.move(Move.SIGN_AGREEMENT, Optional.empty(), Json.object()));
        default ->
            live.act(
                viewers.get(0),
                Requests.move(
                    Move.RECORD_AGREEMENT,
                    Optional.empty(),
                    Json.parseObject("{\"version\":" + version + "}")));
      }
    } catch (LiveException refused) {
      // A move the rules refuse stores nothing; the property is about what was stored.
    }
  }

  private static String outcome(Random random) {
    OutcomeSpace space = io.parley.scenario.ScenarioReader.parse("s", SCENARIO, false).space();
    StringBuilder json = new StringBuilder("{");
    for (Issue issue : space.issues()) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append('"').append(issue.id()).append("\":\"");
      json.append(issue.labelAt(random.nextInt(issue.size()))).append('"');
    }
    return json.append('}').toString();
  }
}
