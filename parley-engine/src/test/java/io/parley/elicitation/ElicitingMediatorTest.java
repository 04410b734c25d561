package io.parley.elicitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.event.End;
import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.generation.GenerationSpec;
import io.parley.generation.ScenarioGenerator;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.protocol.Mechanism;
import io.parley.protocol.Mechanisms;
import io.parley.protocol.NegotiationSetup;
import io.parley.protocol.ProtocolKind;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import io.parley.scenario.Scenario;
import io.parley.session.Timeline;
import io.parley.strategy.Strategies;
import io.parley.strategy.UtilityIndex;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ElicitingMediatorTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(
          IntegerIssue.of("a", 0, 4), IntegerIssue.of("b", 0, 4), IntegerIssue.of("c", 0, 2));
  private static final List<Party> PARTICIPANTS =
      List.of(Party.of("us"), Party.of("them"), new Party("m", "m", Role.MEDIATOR));
  private static final String WITHIN = "the text is worth less to us than we now need";
  private static final String OUTSIDE = "we cannot accept the text as it stands";

  private static ElicitingMediator started(boolean readReasons) {
    var mediator = new ElicitingMediator(readReasons);
    mediator.start(
        new MediatorContext("m", SPACE, PARTICIPANTS, Map.of(), 100, new SplittableRandom(1)));
    return mediator;
  }

  private static long sequence = 1;

  /** Puts {@code text} as version {@code version}, delivers the answers, returns the next draft. */
  private static Outcome answer(
      ElicitingMediator mediator,
      int version,
      Outcome text,
      double progress,
      Map<String, Payload> answers) {
    mediator.observe(event("m", new Payload.TextDrafted(version, text)));
    for (var answer : answers.entrySet()) {
      mediator.observe(event(answer.getKey(), answer.getValue()));
    }
    return mediator.draft(new DraftRequest(version + 1, progress, Optional.of(text), Map.of()));
  }

  private static Event event(String sender, Payload payload) {
    long s = sequence++;
    return new Event(s, s, 1, sender, List.of("us", "them", "m"), payload);
  }

  @Test
  void draft_first_isTheMiddleOfEveryIssue() {
    assertThat(started(true).draft(new DraftRequest(1, 0, Optional.empty(), Map.of())))
        .isEqualTo(Outcome.of(2, 2, 1));
  }

  @Test
  void draft_beforeStart_failsNamingTheMediator() {
    assertThatThrownBy(
            () -> new ElicitingMediator().draft(new DraftRequest(1, 0, Optional.empty(), Map.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ElicitingMediator");
  }

  @Test
  void draft_beforeTheHold_neverRepeatsATextNorPutsOneSaidOutside() {
    var mediator = started(true);
    Set<Outcome> put = new HashSet<>();
    Outcome saidOutside = Outcome.of(4, 4, 2);
    mediator.observe(event("m", new Payload.TextDrafted(1, saidOutside)));
    mediator.observe(event("them", new Payload.Rejected(1, OUTSIDE)));
    put.add(saidOutside);
    Outcome text = Outcome.of(2, 2, 1);
    for (int version = 2; version < 40; version++) {
      put.add(text);
      Outcome next =
          answer(
              mediator,
              version,
              text,
              version / 100.0,
              Map.of(
                  "us",
                  new Payload.Rejected(version, ""),
                  "them",
                  new Payload.Rejected(version, "")));
      assertThat(next).as("version %d", version).isNotIn(put);
      text = next;
    }
  }

  @Test
  void draft_afterTheHold_keepsATextEveryPartySaidItCanLiveWith() {
    var mediator = started(true);
    Outcome agreed = Outcome.of(3, 1, 0);
    Outcome next =
        answer(
            mediator,
            1,
            agreed,
            0.5,
            Map.of(
                "us",
                new Payload.Rejected(1, WITHIN),
                "them",
                new Payload.Amended(1, List.of(new Amendment(2, 2, WITHIN)))));
    assertThat(next).as("before the hold it goes on asking").isNotEqualTo(agreed);
    Outcome text = next;
    for (int version = 2; version < 6; version++) {
      text =
          answer(
              mediator,
              version,
              text,
              ElicitingMediator.HOLD + version / 100.0,
              Map.of("us", new Payload.Rejected(version, OUTSIDE)));
      assertThat(text).as("version %d", version).isEqualTo(agreed);
    }
  }

  @Test
  void draft_notReadingReasons_doesNotHoldOnWordsAlone() {
    var mediator = started(false);
    Outcome said = Outcome.of(3, 1, 0);
    answer(
        mediator,
        1,
        said,
        0.5,
        Map.of("us", new Payload.Rejected(1, WITHIN), "them", new Payload.Rejected(1, WITHIN)));
    Outcome next =
        answer(
            mediator,
            2,
            Outcome.of(0, 0, 0),
            ElicitingMediator.HOLD + 0.01,
            Map.of("us", new Payload.Rejected(2, ""), "them", new Payload.Rejected(2, "")));
    Outcome after =
        answer(
            mediator,
            3,
            next,
            ElicitingMediator.HOLD + 0.02,
            Map.of("us", new Payload.Rejected(3, ""), "them", new Payload.Rejected(3, "")));
    assertThat(List.of(next, after)).as("no text is known to suit both").doesNotContain(said, said);
    assertThat(next).isNotEqualTo(after);
  }

  @Test
  void draft_amendments_makeTheAskedPackageKnownAcceptableToItsParty() {
    var mediator = started(true);
    Outcome text = Outcome.of(2, 2, 1);
    // "us" asks for a = 4 (it could not live with the text); "them" could live with the text and
    // with what "us" asks. After the hold, the package both said they accept is kept.
    answer(
        mediator,
        1,
        text,
        0.3,
        Map.of(
            "us",
            new Payload.Amended(1, List.of(new Amendment(0, 4, OUTSIDE))),
            "them",
            new Payload.Rejected(1, WITHIN)));
    Outcome asked = Outcome.of(4, 2, 1);
    Outcome next =
        answer(
            mediator,
            2,
            asked,
            ElicitingMediator.HOLD,
            Map.of("us", new Payload.Rejected(2, ""), "them", new Payload.Rejected(2, WITHIN)));
    assertThat(next).isEqualTo(asked);
  }

  /** Thin zones: with the default robots it agrees, on a text every party can accept. */
  @Test
  void run_thinZones_agreesInsideEveryPartysLimits() {
    var generator = new ScenarioGenerator(GenerationSpec.defaults().withZone(0.001, 0.05));
    int agreed = 0;
    int runs = 12;
    for (long seed = 1; seed <= runs; seed++) {
      Scenario scenario = generator.generate(seed);
      Mechanism mechanism = run(scenario, Set.of(), seed, 100);
      if (mechanism.state().end().orElseThrow() instanceof End.Agreement agreement) {
        agreed++;
        for (String party : scenario.negotiatingParties()) {
          assertThat(
                  UtilityIndex.of(scenario.preferences().get(party))
                      .isAcceptable(agreement.outcome()))
              .as("seed %d party %s", seed, party)
              .isTrue();
        }
      }
    }
    assertThat(agreed).isGreaterThanOrEqualTo(runs - 2);
  }

  @Test
  void run_nothingConfided_sameAsEverythingConfided() {
    var generator = new ScenarioGenerator(GenerationSpec.defaults().withZone(0.001, 0.05));
    for (long seed = 1; seed <= 6; seed++) {
      Scenario scenario = generator.generate(seed);
      List<Payload> none = payloads(run(scenario, Set.of(), seed, 60));
      List<Payload> all = payloads(run(scenario, scenario.preferences().keySet(), seed, 60));
      assertThat(none).as("seed %d", seed).isEqualTo(all);
      assertThat(none.stream().filter(Payload.TextDrafted.class::isInstance).count())
          .as("seed %d drafts", seed)
          .isGreaterThan(1);
    }
  }

  private static List<Payload> payloads(Mechanism mechanism) {
    return mechanism.events().stream().map(Event::payload).toList();
  }

  private static Mechanism run(Scenario scenario, Set<String> confiding, long seed, int rounds) {
    NegotiationSetup.Builder builder =
        NegotiationSetup.builder(scenario)
            .protocol(ProtocolKind.SINGLE_TEXT)
            .timeline(Timeline.single(rounds))
            .seed(seed)
            .confiding(confiding);
    for (String party : scenario.negotiatingParties()) {
      builder.negotiator(party, Strategies.negotiator("boa"));
    }
    for (var participant : scenario.parties()) {
      if (participant.role() == Role.MEDIATOR) {
        builder.mediator(participant.id(), Strategies.mediator("eliciting"));
      }
    }
    Mechanism mechanism = Mechanisms.create(builder.build());
    mechanism.run();
    return mechanism;
  }
}
