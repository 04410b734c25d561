package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.End;
import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.live.log.LoggedEvent;
import io.parley.live.rooms.Visibility;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Response;
import io.parley.live.state.Status;
import io.parley.live.state.Text;
import io.parley.outcome.OutcomeSpace;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.ProtocolKind;
import io.parley.run.RunConfiguration;
import io.parley.run.RunOptions;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import io.parley.store.StoredEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The proof that the engine's mechanism drives robots in live seats: a negotiation played by robots
 * alone on the server, and {@code parley run} of the same scenario with the same strategies, seed
 * and deadline (one plenary session of the negotiation's rounds, as the live negotiation has), put
 * the same texts, get the same answers, in the same order, and end the same way.
 */
class EngineParityTest {
  @Test
  void robotsOnTheServer_playAsParleyRun_cairoToTheDeadline() {
    assertParity("cairo-2024.yaml", "hardliner", "boulware", "nash-seeking", 99);
  }

  @Test
  void robotsOnTheServer_playAsParleyRun_phasedCairoToAnAgreement() {
    Parity parity =
        assertParity("cairo-2024-phased.yaml", "linear", "boulware", "nash-seeking", 2024);
    assertThat(parity.end()).startsWith("agreement");
  }

  @Test
  void robotsOnTheServer_playAsParleyRun_withRandomStrategies() {
    for (long seed : new long[] {1, 7, 42}) {
      assertParity("cairo-2024-phased.yaml", "tit-for-tat", "random", "nash-seeking", seed);
      assertParity("cairo-2024.yaml", "random", "conceder", "nash-seeking", seed);
    }
  }

  /** Texts by round, answers in order, and the end, as one run recorded them. */
  private record Parity(List<String> texts, List<String> answers, String end, int deadline) {}

  private static Parity assertParity(
      String example, String israel, String hamas, String mediator, long seed) {
    String text = TestServer.example(example);
    Parity live = live(text, israel, hamas, mediator, seed);
    Parity engine = engine(text, israel, hamas, mediator, seed, live.deadline());
    assertThat(live.texts())
        .as("%s %s/%s seed %s: texts", example, israel, hamas, seed)
        .isNotEmpty()
        .isEqualTo(engine.texts());
    assertThat(live.answers())
        .as("%s %s/%s seed %s: answers", example, israel, hamas, seed)
        .isNotEmpty()
        .isEqualTo(engine.answers());
    assertThat(live.end())
        .as("%s %s/%s seed %s: end", example, israel, hamas, seed)
        .isEqualTo(engine.end());
    return live;
  }

  private static Parity live(String text, String israel, String hamas, String mediator, long seed) {
    List<StoredEvent> stored;
    String id;
    try (TestServer t = new TestServer()) {
      TestServer.Created n = t.create(text, seed);
      id = n.id();
      t.act(n, n.token(), "/seats", seat("israel", israel));
      t.act(n, n.token(), "/seats", seat("hamas", hamas));
      t.act(n, n.token(), "/seats", seat("egypt", mediator));
      t.awaitRobots();
      stored = t.log(n);
    }
    List<LoggedEvent> log = new ArrayList<>();
    OutcomeSpace space = null;
    for (StoredEvent each : stored) {
      LoggedEvent event = LoggedEvent.of(each, space);
      space = event.space();
      log.add(event);
    }
    Negotiation state = Negotiation.fold(id, log.stream().map(Visibility::full).toList());
    assertThat(state.status()).isNotEqualTo(Status.OPEN);
    List<String> texts = new ArrayList<>();
    for (Text t : state.texts()) {
      assertThat(t.robot()).isTrue();
      texts.add(t.outcome().toString());
    }
    List<String> answers = new ArrayList<>();
    for (Response r : state.responses()) {
      assertThat(r.robot()).isTrue();
      String verdict =
          switch (r.verdict()) {
            case ACCEPT -> "accept";
            case REJECT -> "reject " + r.reason();
            case AMEND -> "amend " + r.amendments();
          };
      answers.add("round " + r.version() + " " + r.party() + " " + verdict);
    }
    String end =
        state.status() == Status.AGREED
            ? "agreement " + state.agreement().orElseThrow().recorded().outcome()
            : "ended: " + state.endReason();
    return new Parity(texts, answers, end, state.deadline());
  }

  private static Parity engine(
      String text, String israel, String hamas, String mediator, long seed, int deadline) {
    Scenario scenario = ScenarioReader.parse("scenario", text, false);
    Map<String, String> negotiators = new LinkedHashMap<>();
    negotiators.put("israel", israel);
    negotiators.put("hamas", hamas);
    RunOptions options =
        new RunOptions(
            Optional.of(ProtocolKind.SINGLE_TEXT),
            negotiators,
            Optional.of(mediator),
            Optional.of("egypt"),
            OptionalInt.of(deadline),
            OptionalLong.of(seed),
            Duration.ZERO,
            Optional.empty());
    Mechanism mechanism = Mechanisms.create(RunConfiguration.setup(scenario, options));
    mechanism.run();
    List<String> texts = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    for (Event event : mechanism.events()) {
      Payload payload = event.payload();
      String head = "round " + event.round() + " " + event.sender() + " ";
      if (payload instanceof Payload.TextDrafted drafted) {
        texts.add(drafted.text().toString());
      } else if (payload instanceof Payload.Accepted) {
        answers.add(head + "accept");
      } else if (payload instanceof Payload.Rejected rejected) {
        answers.add(head + "reject " + rejected.reason());
      } else if (payload instanceof Payload.Amended amended) {
        answers.add(head + "amend " + amended.amendments());
      }
    }
    End end = mechanism.state().end().orElseThrow();
    String described =
        end instanceof End.Agreement agreement
            ? "agreement " + agreement.outcome()
            : "ended: the deadline of "
                + deadline
                + " rounds passed without a text every party accepts";
    return new Parity(texts, answers, described, deadline);
  }

  private static String seat(String participant, String strategy) {
    return "{\"participant\":\"" + participant + "\",\"strategy\":\"" + strategy + "\"}";
  }
}
