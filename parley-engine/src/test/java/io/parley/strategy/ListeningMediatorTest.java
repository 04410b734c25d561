package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.session.Timeline;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListeningMediatorTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(
          IntegerIssue.of("a", 0, 4), IntegerIssue.of("b", 0, 4), IntegerIssue.of("c", 0, 2));

  private static ListeningMediator started(long seed) {
    var mediator = new ListeningMediator();
    mediator.start(Contexts.mediator(SPACE, Map.of(), seed));
    return mediator;
  }

  /** Puts {@code text} as version {@code version}, delivers the answers, returns the next draft. */
  private static Outcome answer(
      ListeningMediator mediator,
      int version,
      Outcome text,
      double progress,
      Map<String, Payload> answers) {
    mediator.observe(Contexts.event(1, "m", new Payload.TextDrafted(version, text)));
    long sequence = 2;
    for (var answer : answers.entrySet()) {
      mediator.observe(Contexts.event(sequence++, answer.getKey(), answer.getValue()));
    }
    return mediator.draft(new DraftRequest(version + 1, progress, Optional.of(text), Map.of()));
  }

  @Test
  void draft_first_isTheMiddleOfEveryIssue() {
    assertThat(started(1).draft(new DraftRequest(1, 0, Optional.empty(), Map.of())))
        .isEqualTo(Outcome.of(2, 2, 1));
  }

  @Test
  void draft_beforeStart_failsNamingTheMediator() {
    assertThatThrownBy(
            () -> new ListeningMediator().draft(new DraftRequest(1, 0, Optional.empty(), Map.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ListeningMediator");
  }

  @Test
  void draft_oneAsksWhatTheOtherAccepted_proposesThatPackage() {
    // "us" asked for a = 4 on the text; "them" had accepted exactly that package before: the only
    // package known acceptable to both is the next text.
    for (long seed = 0; seed < 20; seed++) {
      var mediator = started(seed);
      Outcome wanted = Outcome.of(4, 2, 1);
      mediator.observe(Contexts.event(1, "m", new Payload.TextDrafted(1, Outcome.of(0, 0, 0))));
      mediator.observe(Contexts.event(2, "them", new Payload.Accepted(wanted)));
      Outcome next =
          answer(
              mediator,
              2,
              Outcome.of(2, 2, 1),
              0.5,
              Map.of(
                  "us", new Payload.Amended(2, List.of(new Amendment(0, 4, ""))),
                  "them", new Payload.Rejected(2, "")));
      assertThat(next).as("seed %d", seed).isEqualTo(wanted);
    }
  }

  @Test
  void draft_refusedText_isNotPutAgainBeforeTheEndgame() {
    for (long seed = 0; seed < 20; seed++) {
      var mediator = started(seed);
      Outcome text = Outcome.of(2, 2, 1);
      Outcome next =
          answer(
              mediator,
              1,
              text,
              0.2,
              Map.of(
                  "us",
                  new Payload.Amended(1, List.of(new Amendment(0, 4, ""))),
                  "them",
                  new Payload.Rejected(1, "")));
      Outcome again =
          answer(
              mediator,
              2,
              next,
              0.3,
              Map.of("us", new Payload.Rejected(2, ""), "them", new Payload.Rejected(2, "")));
      assertThat(next).as("seed %d", seed).isNotEqualTo(text);
      assertThat(again).as("seed %d", seed).isNotIn(text, next);
    }
  }

  @Test
  void run_nothingConfided_sameAsEverythingConfided() {
    for (long seed = 1; seed <= 6; seed++) {
      Scenario scenario = RandomScenarios.scenario(seed, 2 + (int) (seed % 2));
      List<Payload> none = payloads(scenario, Set.of(), seed);
      List<Payload> all = payloads(scenario, scenario.preferences().keySet(), seed);
      assertThat(none).as("seed %d", seed).isEqualTo(all);
      assertThat(none.stream().filter(Payload.TextDrafted.class::isInstance).count())
          .as("seed %d drafts", seed)
          .isPositive();
    }
  }

  private static List<Payload> payloads(Scenario scenario, Set<String> confiding, long seed) {
    NegotiationSetup.Builder builder =
        NegotiationSetup.builder(scenario)
            .protocol(ProtocolKind.SINGLE_TEXT)
            .timeline(Timeline.single(40))
            .seed(seed)
            .confiding(confiding);
    for (String party : scenario.negotiatingParties()) {
      builder.negotiator(party, Strategies.negotiator("boa"));
    }
    for (var participant : scenario.parties()) {
      if (participant.role() == Role.MEDIATOR) {
        builder.mediator(participant.id(), Strategies.mediator("listening"));
      }
    }
    Mechanism mechanism = Mechanisms.create(builder.build());
    mechanism.run();
    return mechanism.events().stream().map(Event::payload).toList();
  }
}
