package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The amendment-merging mediator hears only the requests made to the text on the table, moves one
 * movable provision when the text was refused without requests, and draws from the context's
 * generator exactly as its Javadoc says (so that a seed replays a run).
 */
class AmendmentMergingRequestsTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(
          IntegerIssue.of("fixed", 7, 7), IntegerIssue.of("a", 0, 9), IntegerIssue.of("b", 0, 2));
  private static final List<Party> PARTIES =
      List.of(Party.of("p0"), Party.of("p1"), Party.of("p2"), new Party("m", "m", Role.MEDIATOR));

  private static AmendmentMergingMediator started(OutcomeSpace space, long seed) {
    var mediator = new AmendmentMergingMediator();
    mediator.start(
        new MediatorContext("m", space, PARTIES, Map.of(), 10, new SplittableRandom(seed)));
    return mediator;
  }

  private static Event event(String sender, Payload payload) {
    return new Event(1, 1, 1, sender, List.of(), payload);
  }

  private static Outcome draft(AmendmentMergingMediator mediator, Outcome current) {
    return mediator.draft(new DraftRequest(2, 0.5, Optional.of(current), Map.of()));
  }

  private static Payload amend(int version, int issue, int value) {
    return new Payload.Amended(version, List.of(new Amendment(issue, value, "")));
  }

  @Test
  void requestsToAnEarlierText_areForgottenWhenANewTextIsPut() {
    var mediator = started(SPACE, 1);
    mediator.observe(event("m", new Payload.TextDrafted(1, Outcome.of(0, 4, 1))));
    mediator.observe(event("p0", amend(1, 1, 9)));
    assertThat(draft(mediator, Outcome.of(0, 4, 1))).isEqualTo(Outcome.of(0, 9, 1));
    // Version 2: only p1 answers, and accepts; p0's request was to version 1.
    mediator.observe(event("m", new Payload.TextDrafted(2, Outcome.of(0, 5, 1))));
    mediator.observe(event("p1", new Payload.Accepted(Outcome.of(0, 5, 1))));
    assertThat(draft(mediator, Outcome.of(0, 5, 1))).isEqualTo(Outcome.of(0, 5, 1));
  }

  @Test
  void refusedWithoutRequests_movesOnlyMovableProvisions_toEveryOtherValue() {
    Set<Outcome> seen = new HashSet<>();
    for (long seed = 0; seed < 60; seed++) {
      var mediator = started(SPACE, seed);
      mediator.observe(event("m", new Payload.TextDrafted(1, Outcome.of(0, 4, 1))));
      mediator.observe(event("p0", new Payload.Rejected(1, "no")));
      Outcome next = draft(mediator, Outcome.of(0, 4, 1));
      assertThat(next.valueIndex(0)).isZero();
      assertThat(next.valueIndex(1)).isBetween(0, 9);
      assertThat(next.valueIndex(2)).isBetween(0, 2);
      seen.add(next);
    }
    // b moves to 0 or 2; a to any of its nine other values.
    assertThat(seen).contains(Outcome.of(0, 4, 0), Outcome.of(0, 4, 2), Outcome.of(0, 0, 1));
    assertThat(seen).contains(Outcome.of(0, 9, 1)).doesNotContain(Outcome.of(0, 4, 1));
  }

  @Test
  void refusedWithoutRequests_andNothingMovable_keepsTheText() {
    OutcomeSpace fixed = OutcomeSpace.of(IntegerIssue.of("fixed", 7, 7));
    var mediator = started(fixed, 1);
    mediator.observe(event("m", new Payload.TextDrafted(1, Outcome.of(0))));
    mediator.observe(event("p0", new Payload.Rejected(1, "no")));
    assertThat(draft(mediator, Outcome.of(0))).isEqualTo(Outcome.of(0));
  }

  @Test
  void draws_areTheShuffleOfTheRequestsThenTheMove_asDocumented() {
    for (long seed = 0; seed < 40; seed++) {
      var mediator = started(SPACE, seed);
      var twin = new SplittableRandom(seed);
      Outcome text = Outcome.of(0, 4, 1);
      mediator.observe(event("m", new Payload.TextDrafted(1, text)));
      // Three conflicting requests on "a", in the order p0, p1, p2.
      List<Integer> asked = new ArrayList<>(List.of(1, 8, 3));
      for (int p = 0; p < 3; p++) {
        mediator.observe(event("p" + p, amend(1, 1, asked.get(p))));
      }
      // Fisher-Yates from the last party down; the first in the shuffled order is written in.
      for (int k = asked.size() - 1; k > 0; k--) {
        int j = twin.nextInt(k + 1);
        asked.set(j, asked.set(k, asked.get(j)));
      }
      Outcome merged = draft(mediator, text);
      assertThat(merged).as("seed %d", seed).isEqualTo(text.with(1, asked.get(0)));

      // Then a refusal without requests: a movable issue, then another value of it.
      mediator.observe(event("m", new Payload.TextDrafted(2, merged)));
      mediator.observe(event("p1", new Payload.Rejected(2, "no")));
      int issue = 1 + twin.nextInt(2);
      int value = twin.nextInt(SPACE.issue(issue).size() - 1);
      if (value >= merged.valueIndex(issue)) {
        value++;
      }
      assertThat(draft(mediator, merged)).as("seed %d", seed).isEqualTo(merged.with(issue, value));
    }
  }
}
