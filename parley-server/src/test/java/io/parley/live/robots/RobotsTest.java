package io.parley.live.robots;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.live.LiveNegotiations;
import io.parley.live.TestScenarios;
import io.parley.live.codec.Json;
import io.parley.live.codec.Requests;
import io.parley.live.log.LoggedEvent;
import io.parley.live.rooms.Viewer;
import io.parley.live.rooms.Visibility;
import io.parley.live.rules.Move;
import io.parley.live.state.Negotiation;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import io.parley.store.MemoryEventStore;
import io.parley.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The robot side kept alive between moves (the engine's mechanism of the negotiation, shown each
 * new event once) decides exactly as one rebuilt from the log at every step, as the server rebuilds
 * it part-way through a negotiation, after a restart.
 */
class RobotsTest {
  private static final String KEY = "console-key-for-robots";

  @Test
  void robotsKeptAlive_moveAsRobotsRebuiltFromTheLogAtEveryStep() throws Exception {
    String text = TestScenarios.example("cairo-2024-phased.yaml");
    MemoryEventStore store = new MemoryEventStore();
    String id;
    try (LiveNegotiations live = new LiveNegotiations(store, KEY, new SplittableRandom(3))) {
      LiveNegotiations.Created created = live.create(KEY, text, OptionalLong.of(99));
      id = created.id();
      Viewer egypt = live.authenticate(id, created.token());
      for (String seat :
          List.of(
              "israel\",\"strategy\":\"boulware",
              "hamas\",\"strategy\":\"linear",
              "egypt\",\"strategy\":\"nash-seeking")) {
        live.act(
            egypt,
            Requests.move(
                Move.ASSIGN_SEAT,
                Optional.empty(),
                Json.parseObject("{\"participant\":\"" + seat + "\"}")));
      }
      assertThat(live.awaitRobots(30_000)).isTrue();
    }
    List<LoggedEvent> log = new ArrayList<>();
    OutcomeSpace space = null;
    for (StoredEvent stored : store.read(id)) {
      LoggedEvent event = LoggedEvent.of(stored, space);
      space = event.space();
      log.add(event);
    }
    Scenario scenario = ScenarioReader.parse("scenario", text, false);
    Robots kept = new Robots();
    int steps = 0;
    for (int k = 1; k <= log.size(); k++) {
      List<LoggedEvent> prefix = log.subList(0, k);
      Negotiation state = Negotiation.fold(id, prefix.stream().map(Visibility::full).toList());
      Optional<Robots.Step> incremental =
          kept.next(state, after -> after(prefix, after), scenario, Map.of(), 99);
      Optional<Robots.Step> rebuilt =
          new Robots().next(state, after -> after(prefix, after), scenario, Map.of(), 99);
      assertThat(incremental).as("the step after event %s", k).isEqualTo(rebuilt);
      if (incremental.isPresent() && k < log.size()) {
        steps++;
        assertThat(log.get(k).stored().clientId())
            .startsWith(
                incremental.get().viewer().participant() + "/" + incremental.get().clientId());
      }
    }
    assertThat(steps).as("robot steps checked").isGreaterThan(10);
  }

  private static List<LoggedEvent> after(List<LoggedEvent> events, long after) {
    return events.stream().filter(e -> e.seq() > after).toList();
  }
}
