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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The hill climber's drafts on random answers against its rules written out from its Javadoc, with
 * a twin of the context's generator replaying the documented draws: the first text one uniform
 * value per issue; a change first a fair coin (only when some party asked for something), on heads
 * a uniform one of the amendments asked of the text on the table, written in unless the best text
 * already says so; otherwise a uniform movable issue and a uniform other value of it.
 */
class HillClimbingDrawsTest {
  private static final List<String> PARTIES = List.of("us", "them");

  private static Event event(String sender, Payload payload) {
    return new Event(1, 1, 1, sender, List.of(), payload);
  }

  @Test
  void everyDraft_followsTheDocumentedRulesAndDraws() {
    int amendmentsWritten = 0;
    int mutations = 0;
    for (long seed = 1; seed <= 80; seed++) {
      var script = new SplittableRandom(seed);
      List<IntegerIssue> issues = new ArrayList<>();
      int issueCount = 1 + script.nextInt(4);
      for (int i = 0; i < issueCount; i++) {
        issues.add(IntegerIssue.of("i" + i, 0, script.nextInt(5)));
      }
      OutcomeSpace space = new OutcomeSpace(List.copyOf(issues));
      List<Integer> movable = new ArrayList<>();
      for (int i = 0; i < issueCount; i++) {
        if (space.issue(i).size() > 1) {
          movable.add(i);
        }
      }
      var mediator = new HillClimbingMediator();
      mediator.start(
          new MediatorContext(
              "m", space, Contexts.PARTICIPANTS, Map.of(), 10, new SplittableRandom(seed)));
      var twin = new SplittableRandom(seed);

      int[] first = new int[issueCount];
      for (int i = 0; i < issueCount; i++) {
        first[i] = twin.nextInt(space.issue(i).size());
      }
      Outcome text = mediator.draft(new DraftRequest(1, 0, Optional.empty(), Map.of()));
      assertThat(text).as("seed %d first", seed).isEqualTo(new Outcome(first));

      Outcome best = null;
      int bestAccepted = 0;
      int bestObjections = 0;
      for (int version = 1; version <= 12; version++) {
        mediator.observe(event("m", new Payload.TextDrafted(version, text)));
        Set<String> accepted = new HashSet<>();
        Map<String, Integer> objections = new HashMap<>();
        List<Amendment> asked = new ArrayList<>();
        int answers = script.nextInt(4);
        for (int k = 0; k < answers; k++) {
          String party = PARTIES.get(script.nextInt(2));
          int kind = script.nextInt(4);
          if (kind == 0) {
            mediator.observe(event(party, new Payload.Accepted(text)));
            accepted.add(party);
            objections.remove(party);
          } else if (kind == 1) {
            mediator.observe(event(party, new Payload.Rejected(version, "")));
            accepted.remove(party);
            objections.put(party, issueCount);
          } else if (kind == 2) {
            List<Amendment> amendments = new ArrayList<>();
            for (int n = 1 + script.nextInt(2); n > 0; n--) {
              int issue = script.nextInt(issueCount);
              amendments.add(new Amendment(issue, script.nextInt(space.issue(issue).size()), ""));
            }
            mediator.observe(event(party, new Payload.Amended(version, amendments)));
            accepted.remove(party);
            objections.put(party, amendments.size());
            asked.addAll(amendments);
          } else {
            // Answers to the previous version: ignored.
            mediator.observe(event(party, new Payload.Rejected(version - 1, "")));
            mediator.observe(
                event(party, new Payload.Amended(version - 1, List.of(new Amendment(0, 0, "")))));
          }
        }
        Outcome next =
            mediator.draft(new DraftRequest(version + 1, 0.5, Optional.of(text), Map.of()));
        Outcome expected;
        if (objections.isEmpty()) {
          expected = text;
        } else {
          int objected = objections.values().stream().mapToInt(Integer::intValue).sum();
          if (best == null
              || accepted.size() > bestAccepted
              || (accepted.size() == bestAccepted && objected <= bestObjections)) {
            best = text;
            bestAccepted = accepted.size();
            bestObjections = objected;
          }
          expected = null;
          if (!asked.isEmpty() && twin.nextBoolean()) {
            Amendment amendment = asked.get(twin.nextInt(asked.size()));
            if (best.valueIndex(amendment.issue()) != amendment.value()) {
              expected = best.with(amendment.issue(), amendment.value());
              amendmentsWritten++;
            }
          }
          if (expected == null && movable.isEmpty()) {
            expected = best;
          } else if (expected == null) {
            int issue = movable.get(twin.nextInt(movable.size()));
            int value = twin.nextInt(space.issue(issue).size() - 1);
            expected = best.with(issue, value >= best.valueIndex(issue) ? value + 1 : value);
            mutations++;
          }
        }
        assertThat(next).as("seed %d version %d", seed, version).isEqualTo(expected);
        text = next;
      }
    }
    assertThat(amendmentsWritten).isGreaterThan(50);
    assertThat(mutations).isGreaterThan(50);
  }
}
