package io.parley.protocol;

import static io.parley.protocol.ProtocolFixtures.MEDIATOR;
import static io.parley.protocol.ProtocolFixtures.parties;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Event;
import io.parley.negotiator.Action;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.Mediator;
import io.parley.negotiator.MediatorContext;
import io.parley.negotiator.Negotiator;
import io.parley.negotiator.NegotiatorContext;
import io.parley.negotiator.Request;
import io.parley.outcome.Outcome;
import io.parley.scenario.Scenario;
import io.parley.session.Session;
import io.parley.session.Timeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How a run starts its agents: each once, before any event, with a context of its own — a
 * negotiator its own preferences and the protocol's name, a mediator the preferences of the
 * confiding parties only, both the timeline's total rounds and a random source split from the run's
 * seed, a different one per seat and the same one for the same seed.
 */
class StartRulesTest {
  private static final Timeline TWO_SESSIONS =
      new Timeline(List.of(Session.plenary("first", 2), Session.plenary("second", 3)));

  /** Records its context and the order of calls; rejects every text. */
  static final class Recording implements Negotiator {
    final List<String> calls = new ArrayList<>();
    NegotiatorContext context;
    long firstRandom;

    @Override
    public void start(NegotiatorContext context) {
      calls.add("start");
      this.context = context;
      this.firstRandom = context.random().nextLong();
    }

    @Override
    public void observe(Event event) {
      calls.add(event.type());
    }

    @Override
    public Action act(Request request) {
      calls.add("act");
      return new Action.Reject("");
    }
  }

  /** Records its context; drafts one text. */
  static final class RecordingMediator implements Mediator {
    final List<String> calls = new ArrayList<>();
    MediatorContext context;
    long firstRandom;

    @Override
    public void start(MediatorContext context) {
      calls.add("start");
      this.context = context;
      this.firstRandom = context.random().nextLong();
    }

    @Override
    public void observe(Event event) {
      calls.add(event.type());
    }

    @Override
    public Outcome draft(DraftRequest request) {
      calls.add("draft");
      return Outcome.of(0, 0);
    }
  }

  private record Run(Map<String, Recording> parties, RecordingMediator mediator) {}

  private static Run run(
      Scenario scenario, ProtocolKind protocol, Set<String> confiding, long seed) {
    Map<String, Recording> agents = new LinkedHashMap<>();
    var mediator = new RecordingMediator();
    var builder =
        NegotiationSetup.builder(scenario)
            .protocol(protocol)
            .timeline(TWO_SESSIONS)
            .seed(seed)
            .mediator(MEDIATOR, mediator);
    if (confiding != null) {
      builder.confiding(confiding);
    }
    for (String party : scenario.negotiatingParties()) {
      var agent = new Recording();
      agents.put(party, agent);
      builder.negotiator(party, agent);
    }
    Mechanisms.create(builder.build()).run();
    return new Run(agents, mediator);
  }

  @Test
  void eachAgentStartsOnceBeforeAnyEvent_withItsOwnContext() {
    Scenario scenario = parties(3);
    Run run = run(scenario, ProtocolKind.SINGLE_TEXT, Set.of("p1", "p3"), 7);

    for (String party : List.of("p1", "p2", "p3")) {
      Recording agent = run.parties().get(party);
      assertThat(agent.calls.get(0)).isEqualTo("start");
      assertThat(agent.calls.subList(1, agent.calls.size()))
          .doesNotContain("start")
          .contains("act");
      assertThat(agent.context.party()).isEqualTo(party);
      assertThat(agent.context.preferences()).isSameAs(scenario.preferences().get(party));
      assertThat(agent.context.space()).isSameAs(scenario.space());
      assertThat(agent.context.participants()).isEqualTo(scenario.parties());
      assertThat(agent.context.protocol()).isEqualTo("single-text");
      assertThat(agent.context.deadlineRounds()).isEqualTo(5);
    }
    RecordingMediator mediator = run.mediator();
    assertThat(mediator.calls.get(0)).isEqualTo("start");
    assertThat(mediator.calls.subList(1, mediator.calls.size()))
        .doesNotContain("start")
        .contains("draft");
    assertThat(mediator.context.mediator()).isEqualTo(MEDIATOR);
    assertThat(mediator.context.space()).isSameAs(scenario.space());
    assertThat(mediator.context.participants()).isEqualTo(scenario.parties());
    assertThat(mediator.context.deadlineRounds()).isEqualTo(5);
    // Only what the confiding parties confided.
    assertThat(mediator.context.confided())
        .containsOnlyKeys("p1", "p3")
        .containsEntry("p1", scenario.preferences().get("p1"))
        .containsEntry("p3", scenario.preferences().get("p3"));
  }

  @Test
  void byDefaultEveryPartyConfides_andTheProtocolIsNamedByItsKey() {
    Scenario scenario = parties(2);
    Run run = run(scenario, ProtocolKind.SHUTTLE, null, 7);

    assertThat(run.mediator().context.confided()).containsOnlyKeys("p1", "p2");
    assertThat(run.parties().get("p1").context.protocol()).isEqualTo("shuttle");
    assertThat(run(scenario, ProtocolKind.SINGLE_TEXT, Set.of(), 7).mediator().context.confided())
        .isEmpty();
  }

  @Test
  void randomSources_oneStreamPerSeat_theSameForTheSameSeed() {
    Scenario scenario = parties(3);
    Run first = run(scenario, ProtocolKind.SINGLE_TEXT, null, 42);
    Run again = run(scenario, ProtocolKind.SINGLE_TEXT, null, 42);
    Run other = run(scenario, ProtocolKind.SINGLE_TEXT, null, 43);

    List<Long> firsts = new ArrayList<>();
    for (String party : List.of("p1", "p2", "p3")) {
      firsts.add(first.parties().get(party).firstRandom);
      assertThat(again.parties().get(party).firstRandom)
          .isEqualTo(first.parties().get(party).firstRandom);
      assertThat(other.parties().get(party).firstRandom)
          .isNotEqualTo(first.parties().get(party).firstRandom);
    }
    firsts.add(first.mediator().firstRandom);
    assertThat(again.mediator().firstRandom).isEqualTo(first.mediator().firstRandom);
    assertThat(firsts).doesNotHaveDuplicates();
  }
}
