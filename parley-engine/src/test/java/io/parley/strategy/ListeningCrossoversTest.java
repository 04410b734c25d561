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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * In a space too large to enumerate, the listening mediator's candidates are the known-acceptable
 * packages and {@value ListeningMediator#SAMPLES} crossovers of them, drawn from the context's
 * generator as its Javadoc says: a twin generator replays the draws, and both generators must be at
 * the same point after the draft.
 */
class ListeningCrossoversTest {
  private static final List<Party> THREE =
      List.of(
          Party.of("us"), Party.of("them"), Party.of("third"), new Party("m", "m", Role.MEDIATOR));
  private static final Outcome A = Outcome.of(0, 1, 2, 3, 4, 5);
  private static final Outcome B = Outcome.of(6, 5, 4, 3, 2, 1);

  private static OutcomeSpace space() {
    List<IntegerIssue> issues = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      issues.add(IntegerIssue.of("i" + i, 0, 6));
    }
    return new OutcomeSpace(List.copyOf(issues));
  }

  private static Event event(String sender, Payload payload) {
    return new Event(1, 1, 1, sender, List.of(), payload);
  }

  @Test
  void crossovers_drawOnePackagePerHeardParty_theLatestFirst_thenOneParentPerIssue() {
    OutcomeSpace space = space();
    for (long seed = 0; seed < 10; seed++) {
      var random = new SplittableRandom(seed);
      var mediator = new ListeningMediator();
      mediator.start(new MediatorContext("m", space, THREE, Map.of(), 10, random));
      var twin = new SplittableRandom(seed);
      // "us" accepts A and asks B to change issue 0; "them" accepts B; "third" says nothing.
      mediator.observe(event("m", new Payload.TextDrafted(1, A)));
      mediator.observe(event("us", new Payload.Accepted(A)));
      mediator.observe(event("them", new Payload.Rejected(1, "no")));
      mediator.observe(event("m", new Payload.TextDrafted(2, B)));
      mediator.observe(event("them", new Payload.Accepted(B)));
      mediator.observe(event("us", new Payload.Amended(2, List.of(new Amendment(0, 0, "mine")))));
      Outcome asked = B.with(0, 0);
      Outcome next = mediator.draft(new DraftRequest(3, 0.5, Optional.of(B), Map.of()));

      List<List<Outcome>> sets = List.of(List.of(A, asked), List.of(B));
      Set<Outcome> pool = new LinkedHashSet<>(List.of(A, asked, B));
      for (int s = 0; s < ListeningMediator.SAMPLES; s++) {
        List<Outcome> parents = new ArrayList<>();
        for (List<Outcome> set : sets) {
          parents.add(s == 0 ? set.get(set.size() - 1) : set.get(twin.nextInt(set.size())));
        }
        int[] values = new int[6];
        for (int i = 0; i < 6; i++) {
          values[i] = parents.get(twin.nextInt(parents.size())).valueIndex(i);
        }
        pool.add(new Outcome(values));
      }
      assertThat(pool).as("seed %d", seed).contains(next);
      assertThat(next).isNotIn(A, B);
      assertThat(random.nextLong()).as("seed %d: draws used", seed).isEqualTo(twin.nextLong());
    }
  }

  @Test
  void oneHeardParty_noCrossovers_andTheMoveDrawsTheIssueThenTheValue() {
    OutcomeSpace space = space();
    for (long seed = 0; seed < 10; seed++) {
      var random = new SplittableRandom(seed);
      var mediator = new ListeningMediator();
      mediator.start(new MediatorContext("m", space, THREE, Map.of(), 10, random));
      var twin = new SplittableRandom(seed);
      // Only "us" is heard, and its one package is refused: no candidate is eligible.
      mediator.observe(event("m", new Payload.TextDrafted(1, A)));
      mediator.observe(event("us", new Payload.Accepted(A)));
      mediator.observe(event("them", new Payload.Rejected(1, "no")));
      Outcome next = mediator.draft(new DraftRequest(2, 0.5, Optional.of(A), Map.of()));

      int issue = twin.nextInt(6);
      int value = twin.nextInt(6);
      if (value >= A.valueIndex(issue)) {
        value++;
      }
      assertThat(next).as("seed %d", seed).isEqualTo(A.with(issue, value));
      assertThat(random.nextLong()).as("seed %d: draws used", seed).isEqualTo(twin.nextLong());
    }
  }
}
