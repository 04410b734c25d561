package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.event.Event;
import io.parley.event.Payload;
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
 * The listening mediator's rules around its ranking: ties, the endgame's one retry, the move of one
 * provision when nothing is eligible, the candidates of spaces too large to enumerate, and which
 * text an answer refers to.
 */
class ListeningTextRulesTest {
  private static final List<Party> TWO =
      List.of(Party.of("us"), Party.of("them"), new Party("m", "m", Role.MEDIATOR));

  private static ListeningMediator started(OutcomeSpace space, List<Party> parties, long seed) {
    var mediator = new ListeningMediator();
    mediator.start(
        new MediatorContext("m", space, parties, Map.of(), 10, new SplittableRandom(seed)));
    return mediator;
  }

  private static Event event(String sender, Payload payload) {
    return new Event(1, 1, 1, sender, List.of(), payload);
  }

  private static Outcome draft(ListeningMediator mediator, double progress, Outcome current) {
    return mediator.draft(new DraftRequest(2, progress, Optional.of(current), Map.of()));
  }

  /** Puts {@code text} as {@code version}, which every one of {@code parties} rejects. */
  private static void rejectedByAll(
      ListeningMediator mediator, int version, Outcome text, String... parties) {
    mediator.observe(event("m", new Payload.TextDrafted(version, text)));
    for (String party : parties) {
      mediator.observe(event(party, new Payload.Rejected(version, "no")));
    }
  }

  private static int moved(Outcome a, Outcome b) {
    int count = 0;
    for (int i = 0; i < a.issueCount(); i++) {
      count += a.valueIndex(i) == b.valueIndex(i) ? 0 : 1;
    }
    return count;
  }

  @Test
  void equalScores_theFirstPackageInTheSpacesOrderWins() {
    // Nothing learnt: every package has the same estimate for both parties. The rejected middle
    // text is out, and the first package of the space is the next text.
    OutcomeSpace space = OutcomeSpace.of(IntegerIssue.of("a", 0, 4), IntegerIssue.of("b", 0, 4));
    for (long seed = 0; seed < 5; seed++) {
      var mediator = started(space, TWO, seed);
      Outcome middle = mediator.draft(new DraftRequest(1, 0, Optional.empty(), Map.of()));
      rejectedByAll(mediator, 1, middle, "us", "them");
      assertThat(draft(mediator, 0.3, middle)).isEqualTo(Outcome.of(0, 0));
    }
  }

  @Test
  void aTextOfVersionZero_isATextToo() {
    OutcomeSpace space = OutcomeSpace.of(IntegerIssue.of("a", 0, 4), IntegerIssue.of("b", 0, 4));
    var mediator = started(space, TWO, 1);
    rejectedByAll(mediator, 0, Outcome.of(0, 0), "us");
    assertThat(draft(mediator, 0.3, Outcome.of(0, 0))).isEqualTo(Outcome.of(0, 1));
  }

  @Test
  void aTextNobodyRefused_staysEvenIfSomeoneAcceptedAnother() {
    OutcomeSpace space = OutcomeSpace.of(IntegerIssue.of("a", 0, 4), IntegerIssue.of("b", 0, 4));
    var mediator = started(space, TWO, 1);
    mediator.observe(event("m", new Payload.TextDrafted(1, Outcome.of(3, 3))));
    mediator.observe(event("us", new Payload.Accepted(Outcome.of(1, 1))));
    mediator.observe(event("them", new Payload.Accepted(Outcome.of(1, 1))));
    assertThat(draft(mediator, 0.3, Outcome.of(3, 3))).isEqualTo(Outcome.of(3, 3));
    // Once refused, the package both accepted is put.
    mediator.observe(event("us", new Payload.Rejected(1, "no")));
    assertThat(draft(mediator, 0.3, Outcome.of(3, 3))).isEqualTo(Outcome.of(1, 1));
  }

  @Test
  void theEndgame_putsARefusedTextOnceMore_fromNinetyPercentOfTheTime() {
    // One issue of three values, all refused before the endgame; "1" is known acceptable to both.
    OutcomeSpace space = OutcomeSpace.of(IntegerIssue.of("a", 0, 2));
    for (long seed = 0; seed < 5; seed++) {
      var mediator = started(space, TWO, seed);
      Outcome one = mediator.draft(new DraftRequest(1, 0.1, Optional.empty(), Map.of()));
      assertThat(one).isEqualTo(Outcome.of(1));
      mediator.observe(event("m", new Payload.TextDrafted(1, one)));
      mediator.observe(event("us", new Payload.Accepted(one)));
      mediator.observe(event("them", new Payload.Accepted(one)));
      mediator.observe(event("them", new Payload.Rejected(1, "changed my mind")));
      Outcome second = draft(mediator, 0.2, one);
      rejectedByAll(mediator, 2, second, "us", "them");
      Outcome third = draft(mediator, 0.3, second);
      assertThat(Set.of(one, second, third)).hasSize(3);
      rejectedByAll(mediator, 3, third, "us", "them");

      // Before 0.9 nothing is eligible: one provision moves, to a value other than the text's.
      assertThat(draft(mediator, 0.89, third)).isNotEqualTo(third);
      // At 0.9 the best refused text is put again, once.
      assertThat(draft(mediator, 0.9, third)).as("seed %d", seed).isEqualTo(one);
      assertThat(draft(mediator, 0.95, third)).as("seed %d", seed).isNotEqualTo(one);
    }
  }

  @Test
  void aTextRefusedInTheEndgame_isNotPutAgain() {
    OutcomeSpace space = OutcomeSpace.of(IntegerIssue.of("a", 0, 1));
    var mediator = started(space, TWO, 3);
    mediator.observe(event("m", new Payload.TextDrafted(1, Outcome.of(0))));
    mediator.observe(event("us", new Payload.Accepted(Outcome.of(0))));
    mediator.observe(event("them", new Payload.Accepted(Outcome.of(0))));
    // The draft at 0.9 is the moment of the refusal that follows.
    assertThat(draft(mediator, 0.9, Outcome.of(0))).isEqualTo(Outcome.of(0));
    mediator.observe(event("them", new Payload.Rejected(1, "no")));
    // Refused at 0.9 itself, not before the endgame: the other package, though "0" is known
    // acceptable to both.
    assertThat(draft(mediator, 0.95, Outcome.of(0))).isEqualTo(Outcome.of(1));
  }

  @Test
  void nothingEligible_movesOneMovableProvisionToAnotherValue() {
    OutcomeSpace space =
        OutcomeSpace.of(
            IntegerIssue.of("fixed", 7, 7), IntegerIssue.of("a", 0, 2), IntegerIssue.of("b", 3, 3));
    Set<Integer> values = new HashSet<>();
    for (long seed = 0; seed < 30; seed++) {
      var mediator = started(space, TWO, seed);
      int version = 1;
      for (int v = 0; v < 3; v++) {
        rejectedByAll(mediator, version++, Outcome.of(0, v, 0), "us");
      }
      Outcome current = Outcome.of(0, 1, 0);
      Outcome next = draft(mediator, 0.5, current);
      assertThat(next.valueIndex(0)).isZero();
      assertThat(next.valueIndex(2)).isZero();
      assertThat(next.valueIndex(1)).isIn(0, 2);
      values.add(next.valueIndex(1));
    }
    assertThat(values).containsExactlyInAnyOrder(0, 2);
  }

  @Test
  void nothingEligible_andNothingMovable_keepsTheText() {
    OutcomeSpace space = OutcomeSpace.of(IntegerIssue.of("fixed", 7, 7));
    var mediator = started(space, TWO, 1);
    rejectedByAll(mediator, 1, Outcome.of(0), "us");
    assertThat(draft(mediator, 0.5, Outcome.of(0))).isEqualTo(Outcome.of(0));
  }

  @Test
  void aSpaceOfFiftyThousand_isEnumerated_oneMoreIsNot() {
    // Nothing learnt, the middle text rejected. Enumerated: the first package of the space (ties).
    OutcomeSpace enumerated =
        OutcomeSpace.of(
            IntegerIssue.of("a", 0, 9),
            IntegerIssue.of("b", 0, 9),
            IntegerIssue.of("c", 0, 9),
            IntegerIssue.of("d", 0, 49));
    assertThat(enumerated.size().longValueExact()).isEqualTo(ListeningMediator.ENUMERATION_LIMIT);
    var mediator = started(enumerated, TWO, 1);
    Outcome middle = mediator.draft(new DraftRequest(1, 0, Optional.empty(), Map.of()));
    rejectedByAll(mediator, 1, middle, "us");
    assertThat(draft(mediator, 0.5, middle)).isEqualTo(Outcome.of(0, 0, 0, 0));

    // Not enumerated, and nothing known: no candidate, so one provision of the text moves.
    OutcomeSpace large =
        OutcomeSpace.of(IntegerIssue.of("a", 0, 2), IntegerIssue.of("b", 0, 16666));
    assertThat(large.size().longValueExact()).isEqualTo(ListeningMediator.ENUMERATION_LIMIT + 1);
    for (long seed = 0; seed < 5; seed++) {
      var other = started(large, TWO, seed);
      Outcome text = other.draft(new DraftRequest(1, 0, Optional.empty(), Map.of()));
      rejectedByAll(other, 1, text, "us");
      assertThat(moved(draft(other, 0.5, text), text)).isEqualTo(1);
    }
  }

  @Test
  void aLargeSpace_draftsACrossoverOfThePartiesKnownPackages() {
    // 7^6 packages. "us" accepted A, "them" B, each refused by the other; "third" never answers.
    List<Party> three =
        List.of(
            Party.of("us"),
            Party.of("them"),
            Party.of("third"),
            new Party("m", "m", Role.MEDIATOR));
    List<IntegerIssue> issues = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      issues.add(IntegerIssue.of("i" + i, 0, 6));
    }
    OutcomeSpace space = new OutcomeSpace(List.copyOf(issues));
    Outcome a = Outcome.of(0, 1, 2, 3, 4, 5);
    Outcome b = Outcome.of(6, 5, 4, 3, 2, 1);
    for (long seed = 0; seed < 10; seed++) {
      var mediator = started(space, three, seed);
      mediator.observe(event("m", new Payload.TextDrafted(1, a)));
      mediator.observe(event("us", new Payload.Accepted(a)));
      mediator.observe(event("them", new Payload.Rejected(1, "no")));
      mediator.observe(event("m", new Payload.TextDrafted(2, b)));
      mediator.observe(event("them", new Payload.Accepted(b)));
      mediator.observe(event("us", new Payload.Rejected(2, "no")));
      Outcome next = draft(mediator, 0.5, b);
      assertThat(next).as("seed %d", seed).isNotIn(a, b);
      for (int i = 0; i < 6; i++) {
        assertThat(next.valueIndex(i))
            .as("seed %d issue %d", seed, i)
            .isIn(a.valueIndex(i), b.valueIndex(i));
      }
    }
  }
}
