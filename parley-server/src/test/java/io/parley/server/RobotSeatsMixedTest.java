package io.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.live.events.Verdict;
import io.parley.live.log.LoggedEvent;
import io.parley.live.robots.Robots;
import io.parley.live.rooms.Visibility;
import io.parley.live.state.Negotiation;
import io.parley.live.state.Response;
import io.parley.live.state.Status;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Scenario;
import io.parley.scenario.ScenarioReader;
import io.parley.store.StoredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Robots and people in one negotiation, driven by the engine's single-text mechanism: a robot
 * mediator waits for people's answers and records the agreement only when the engine's rule says
 * every party accepts; robot parties answer a person mediator's texts, also one released to them
 * alone, in the engine's order; the server ends the talks at the deadline. After each scenario, a
 * robot side rebuilt from any prefix of the log decides the same next step as the one kept alive.
 */
class RobotSeatsMixedTest {
  private static final String TEXT =
      "{\"outcome\":{\"hostage-release\":\"phased-all\",\"ceasefire\":\"extended-truce\","
          + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"us-assurance\","
          + "\"doha-office\":\"remains\"}}";

  private final TestServer t = new TestServer();

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void aRobotMediator_waitsForThePeople_revisesAfterBothAnswer_andRecordsWhenBothAccept() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 11);
    String israel = t.invite(n, "israel");
    String hamas = t.invite(n, "hamas");
    t.act(n, n.token(), "/seats", seat("egypt", "nash-seeking"));
    t.awaitRobots();
    Negotiation state = state(n);
    assertThat(state.texts()).hasSize(1);
    assertThat(state.texts().get(0).robot()).isTrue();
    assertThat(state.texts().get(0).releasedTo()).containsExactly("israel", "hamas");

    answer(n, israel, 1, "accept");
    t.awaitRobots();
    assertThat(state(n).texts()).as("no revision before every party answered").hasSize(1);

    answer(n, hamas, 1, "reject");
    t.awaitRobots();
    state = state(n);
    assertThat(state.texts()).hasSize(2);
    assertThat(state.status()).isEqualTo(Status.OPEN);

    answer(n, israel, 2, "accept");
    answer(n, hamas, 2, "accept");
    t.awaitRobots();
    state = state(n);
    assertThat(state.status()).isEqualTo(Status.AGREED);
    assertThat(state.agreement().orElseThrow().recorded().version()).isEqualTo(2);
    assertRebuiltRobotsAgree(n, TestServer.example("cairo-2024-phased.yaml"), 11);
  }

  @Test
  void aPersonAnsweringAgain_isWhatTheEngineCounts() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 12);
    String israel = t.invite(n, "israel");
    String hamas = t.invite(n, "hamas");
    t.act(n, n.token(), "/seats", seat("egypt", "nash-seeking"));
    t.awaitRobots();
    answer(n, israel, 1, "accept");
    t.awaitRobots();
    answer(n, israel, 1, "reject");
    answer(n, hamas, 1, "accept");
    t.awaitRobots();

    Negotiation state = state(n);
    assertThat(state.status()).as("israel's latest answer rejects").isEqualTo(Status.OPEN);
    assertThat(state.texts()).hasSize(2);
    assertRebuiltRobotsAgree(n, TestServer.example("cairo-2024-phased.yaml"), 12);
  }

  @Test
  void aRobotMediatorRedraftingTheSameText_waitsForTheNewVersionsAnswer_andGoesOnAfterARejection() {
    // nash-seeking puts the same package every round; the robot israel answers each round first.
    // hamas, a person, accepts each version until israel accepts one, then rejects that version:
    // the acceptance of the identical text a round earlier must not make it agreed.
    // Twenty rounds, so that the conceder robot accepts before the last one.
    String scenario =
        TestServer.example("cairo-2024-phased.yaml")
            .replace("date: Tuesday, rounds: 4}", "date: Tuesday, rounds: 18}");
    TestServer.Created n = t.create(scenario, 15);
    assertThat(state(n).deadline()).isEqualTo(20);
    String hamas = t.invite(n, "hamas");
    t.act(n, n.token(), "/seats", seat("israel", "conceder"));
    t.act(n, n.token(), "/seats", seat("egypt", "nash-seeking"));
    t.awaitRobots();
    int version = 1;
    while (!accepted(state(n), "israel", version)) {
      assertThat(latestVerdict(state(n), "israel", version))
          .as("israel answered version %s", version)
          .isPresent()
          .isNotEqualTo(Optional.of(Verdict.ACCEPT));
      answer(n, hamas, version, "accept");
      t.awaitRobots();
      version++;
      assertThat(state(n).texts()).as("the robot mediator drafts again").hasSize(version);
    }
    assertThat(version)
        .as("israel accepts a later round's identical text before the deadline")
        .isBetween(2, 19);
    Negotiation state = state(n);
    assertThat(state.texts().get(version - 1).outcome())
        .isEqualTo(state.texts().get(version - 2).outcome());
    assertThat(state.status())
        .as("hamas has not answered version %s", version)
        .isEqualTo(Status.OPEN);

    answer(n, hamas, version, "reject");
    t.awaitRobots();
    state = state(n);
    assertThat(state.status()).isEqualTo(Status.OPEN);
    assertThat(state.agreement()).isEmpty();
    assertThat(state.texts()).as("the robot mediator goes on").hasSize(version + 1);
    assertThat(state.texts().get(version).robot()).isTrue();
    assertThat(state.texts().get(version).releasedTo()).containsExactly("israel", "hamas");
    assertThat(latestVerdict(state, "israel", version + 1))
        .as("israel answers the new version")
        .isPresent();
    assertRebuiltRobotsAgree(n, scenario, 15);
  }

  private static boolean accepted(Negotiation state, String party, int version) {
    return latestVerdict(state, party, version).filter(Verdict.ACCEPT::equals).isPresent();
  }

  private static Optional<Verdict> latestVerdict(Negotiation state, String party, int version) {
    return state.latestResponse(party, version).map(Response::verdict);
  }

  @Test
  void robotParties_answerAPersonMediator_aloneOrInTheEnginesOrder_untilTheDeadline() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024.yaml"), 13);
    String israel = t.invite(n, "israel");
    t.act(n, n.token(), "/seats", seat("hamas", "boulware"));

    // A text released to the robot alone is a round from which the other party is absent.
    t.act(n, n.token(), "/texts", TEXT);
    t.act(n, n.token(), "/texts/1/release", "{\"to\":[\"hamas\"]}");
    t.awaitRobots();
    assertThat(answers(state(n), "hamas")).containsExactly(1);

    // Released to both, the engine asks israel (a person, first in order) before hamas.
    for (int version = 2; version <= 5; version++) {
      t.act(n, n.token(), "/texts", TEXT);
      t.act(n, n.token(), "/texts/" + version + "/release", "{\"to\":[\"israel\",\"hamas\"]}");
      t.awaitRobots();
      assertThat(answers(state(n), "hamas")).as("hamas waits for israel").doesNotContain(version);
      answer(n, israel, version, "reject");
      t.awaitRobots();
      assertThat(answers(state(n), "hamas")).contains(version);
    }
    Negotiation state = state(n);
    assertThat(state.roundsUsed()).isEqualTo(4);
    assertThat(state.status()).isEqualTo(Status.ENDED);
    assertThat(state.endReason())
        .isEqualTo("the deadline of 4 rounds passed without a text every party accepts");
    assertRebuiltRobotsAgree(n, TestServer.example("cairo-2024.yaml"), 13);
  }

  @Test
  void aPersonMediator_recordsTheAgreementTheRobotsAccept() {
    TestServer.Created n = t.create(TestServer.example("cairo-2024-phased.yaml"), 14);
    t.act(n, n.token(), "/seats", seat("israel", "conceder"));
    t.act(n, n.token(), "/seats", seat("hamas", "conceder"));
    String agreed =
        "{\"outcome\":{\"hostage-release\":\"phased-all\",\"ceasefire\":\"phased-to-permanent\","
            + "\"rafah-operation\":\"postpone\",\"leader-guarantees\":\"mediator-guarantee\","
            + "\"doha-office\":\"relocated\"}}";
    int version = 0;
    while (!allAccept(state(n), version)) {
      version++;
      assertThat(version).as("rounds; answers %s", state(n).responses()).isLessThanOrEqualTo(6);
      t.act(n, n.token(), "/texts", agreed);
      t.act(n, n.token(), "/texts/" + version + "/release", "{\"to\":[\"israel\",\"hamas\"]}");
      t.awaitRobots();
    }
    assertThat(state(n).status()).as("the person mediator records it").isEqualTo(Status.OPEN);
    t.act(n, n.token(), "/agreement", "{\"version\":" + version + "}");
    assertThat(state(n).status()).isEqualTo(Status.AGREED);
  }

  private static boolean allAccept(Negotiation state, int version) {
    return version > 0
        && state.parties().stream()
            .allMatch(
                p ->
                    state
                        .latestResponse(p, version)
                        .map(r -> r.verdict() == Verdict.ACCEPT)
                        .orElse(false));
  }

  private void answer(TestServer.Created n, String token, int version, String verdict) {
    t.act(
        n,
        token,
        "/responses",
        "{\"version\":"
            + version
            + ",\"verdict\":\""
            + verdict
            + "\""
            + (verdict.equals("reject") ? ",\"reason\":\"not yet\"" : "")
            + "}");
  }

  private static List<Integer> answers(Negotiation state, String party) {
    return state.responses().stream()
        .filter(r -> r.party().equals(party))
        .map(Response::version)
        .toList();
  }

  private List<LoggedEvent> logged(TestServer.Created n) {
    List<LoggedEvent> log = new ArrayList<>();
    OutcomeSpace space = null;
    for (StoredEvent stored : t.log(n)) {
      LoggedEvent event = LoggedEvent.of(stored, space);
      space = event.space();
      log.add(event);
    }
    return log;
  }

  private Negotiation state(TestServer.Created n) {
    return Negotiation.fold(n.id(), logged(n).stream().map(Visibility::full).toList());
  }

  /**
   * For every prefix of the log, the kept robot side and one rebuilt from it take the same step.
   */
  private void assertRebuiltRobotsAgree(TestServer.Created n, String scenarioText, long seed) {
    List<LoggedEvent> log = logged(n);
    Scenario scenario = ScenarioReader.parse("scenario", scenarioText, false);
    Robots kept = new Robots();
    int steps = 0;
    for (int k = 1; k <= log.size(); k++) {
      List<LoggedEvent> prefix = log.subList(0, k);
      Negotiation state = Negotiation.fold(n.id(), prefix.stream().map(Visibility::full).toList());
      Optional<Robots.Step> incremental =
          kept.next(state, after -> after(prefix, after), scenario, Map.of(), seed);
      Optional<Robots.Step> rebuilt =
          new Robots().next(state, after -> after(prefix, after), scenario, Map.of(), seed);
      assertThat(incremental).as("the step after event %s", k).isEqualTo(rebuilt);
      if (incremental.isPresent() && k < log.size()) {
        Robots.Step step = incremental.get();
        if (log.get(k)
            .stored()
            .clientId()
            .equals(step.viewer().participant() + "/" + step.clientId())) {
          steps++;
        }
      }
    }
    assertThat(steps).as("robot steps taken as decided").isGreaterThan(0);
  }

  private static List<LoggedEvent> after(List<LoggedEvent> events, long after) {
    return events.stream().filter(e -> e.seq() > after).toList();
  }

  private static String seat(String participant, String strategy) {
    return "{\"participant\":\"" + participant + "\",\"strategy\":\"" + strategy + "\"}";
  }
}
