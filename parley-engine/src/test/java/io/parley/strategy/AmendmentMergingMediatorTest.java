package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AmendmentMergingMediatorTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(
          IntegerIssue.of("a", 0, 9), IntegerIssue.of("b", 0, 9), IntegerIssue.of("c", 0, 4));

  private static AmendmentMergingMediator started(long seed) {
    var mediator = new AmendmentMergingMediator();
    mediator.start(Contexts.mediator(SPACE, Map.of(), seed));
    return mediator;
  }

  /** Puts {@code text} as version {@code version} and returns the mediator's next draft. */
  private static Outcome answer(
      AmendmentMergingMediator mediator, int version, Outcome text, Map<String, Payload> answers) {
    mediator.observe(Contexts.event(1, "m", new Payload.TextDrafted(version, text)));
    long sequence = 2;
    for (var answer : answers.entrySet()) {
      mediator.observe(Contexts.event(sequence++, answer.getKey(), answer.getValue()));
    }
    return mediator.draft(new DraftRequest(version + 1, 0.5, Optional.of(text), Map.of()));
  }

  private static Payload amend(int version, Amendment... amendments) {
    return new Payload.Amended(version, List.of(amendments));
  }

  @Test
  void draft_first_isTheMiddleOfEveryIssue() {
    assertThat(started(1).draft(new DraftRequest(1, 0, Optional.empty(), Map.of())))
        .isEqualTo(Outcome.of(4, 4, 2));
  }

  @Test
  void draft_amendmentsOnDifferentProvisions_areAllWrittenIn() {
    Outcome text = Outcome.of(4, 4, 2);

    Outcome next =
        answer(
            started(1),
            1,
            text,
            Map.of(
                "us", amend(1, new Amendment(0, 9, "")),
                "them", amend(1, new Amendment(1, 0, ""), new Amendment(2, 4, ""))));

    assertThat(next).isEqualTo(Outcome.of(9, 0, 4));
  }

  @Test
  void draft_conflictingRequests_eachPartyHeardSometimes_neverAHalfwayValue() {
    Set<Integer> written = new HashSet<>();
    for (long seed = 0; seed < 40; seed++) {
      Outcome next =
          answer(
              started(seed),
              1,
              Outcome.of(4, 4, 2),
              Map.of(
                  "us", amend(1, new Amendment(0, 9, "")),
                  "them", amend(1, new Amendment(0, 0, ""))));
      written.add(next.valueIndex(0));
      assertThat(next.valueIndex(1)).isEqualTo(4);
    }
    assertThat(written).containsExactlyInAnyOrder(0, 9);
  }

  @Test
  void draft_partyThatAccepted_isNotHeard() {
    Outcome text = Outcome.of(4, 4, 2);

    Outcome next =
        answer(
            started(1),
            1,
            text,
            new java.util.LinkedHashMap<>(
                Map.of(
                    "us", amend(1, new Amendment(0, 9, "")), "them", new Payload.Accepted(text))));

    assertThat(next).isEqualTo(Outcome.of(9, 4, 2));
  }

  @Test
  void draft_amendmentsToAnOlderVersion_areIgnored() {
    var mediator = started(1);
    mediator.observe(Contexts.event(1, "m", new Payload.TextDrafted(2, Outcome.of(4, 4, 2))));
    mediator.observe(Contexts.event(2, "us", amend(1, new Amendment(0, 9, ""))));
    mediator.observe(Contexts.event(3, "them", new Payload.Accepted(Outcome.of(4, 4, 2))));

    assertThat(mediator.draft(new DraftRequest(3, 0.5, Optional.of(Outcome.of(4, 4, 2)), Map.of())))
        .isEqualTo(Outcome.of(4, 4, 2));
  }

  @Test
  void draft_everyoneAccepted_keepsTheText() {
    Outcome text = Outcome.of(1, 2, 3);
    Map<String, Payload> accepted =
        Map.of("us", new Payload.Accepted(text), "them", new Payload.Accepted(text));

    assertThat(answer(started(1), 1, text, accepted)).isEqualTo(text);
  }

  @Test
  void draft_refusedWithoutAmendments_movesExactlyOneProvision() {
    Outcome text = Outcome.of(1, 2, 3);
    for (long seed = 0; seed < 20; seed++) {
      Outcome next =
          answer(
              started(seed),
              1,
              text,
              Map.of("us", new Payload.Rejected(1, "no"), "them", new Payload.Accepted(text)));
      int changed = 0;
      for (int i = 0; i < 3; i++) {
        changed += next.valueIndex(i) == text.valueIndex(i) ? 0 : 1;
      }
      assertThat(changed).isEqualTo(1);
    }
  }

  @Test
  void draft_beforeStart_throws() {
    assertThatThrownBy(
            () ->
                new AmendmentMergingMediator()
                    .draft(new DraftRequest(1, 0, Optional.empty(), Map.of())))
        .isInstanceOf(IllegalStateException.class);
  }
}
