package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.DraftRequest;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SplitTheDifferenceMediatorTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(
          IntegerIssue.of("price", 0, 10),
          DiscreteIssue.of("ceasefire", "pause", "extended", "permanent", "none"),
          IntegerIssue.of("fixed", 5, 5));

  private static SplitTheDifferenceMediator started() {
    var mediator = new SplitTheDifferenceMediator();
    mediator.start(Contexts.mediator(SPACE, Map.of(), 1));
    return mediator;
  }

  private static Outcome revise(Outcome current, Map<String, Action> responses) {
    return started().draft(new DraftRequest(2, 0.5, Optional.of(current), responses));
  }

  private static Action amend(int issue, int value) {
    return new Action.Amend(List.of(new Amendment(issue, value, "")));
  }

  @Test
  void draft_first_takesTheMiddleOfEveryIssue() {
    assertThat(started().draft(new DraftRequest(1, 0, Optional.empty(), Map.of())))
        .isEqualTo(Outcome.of(5, 1, 0));
  }

  @Test
  void draft_oneRequest_meetsItHalfwayRoundingTowardIt() {
    assertThat(revise(Outcome.of(5, 1, 0), Map.of("us", amend(0, 10))))
        .isEqualTo(Outcome.of(8, 1, 0));
    assertThat(revise(Outcome.of(5, 1, 0), Map.of("us", amend(0, 0))))
        .isEqualTo(Outcome.of(2, 1, 0));
    assertThat(revise(Outcome.of(5, 1, 0), Map.of("us", amend(0, 6))))
        .isEqualTo(Outcome.of(6, 1, 0));
  }

  @Test
  void draft_opposedRequests_averageWithTheText() {
    var responses = Map.of("us", amend(0, 10), "them", amend(0, 0), "others", Action.accept());

    assertThat(revise(Outcome.of(5, 1, 0), responses)).isEqualTo(Outcome.of(5, 1, 0));
    assertThat(revise(Outcome.of(8, 1, 0), responses)).isEqualTo(Outcome.of(6, 1, 0));
  }

  @Test
  void draft_acceptancesAndRejections_keepTheText() {
    var responses = Map.<String, Action>of("us", Action.accept(), "them", new Action.Reject("no"));

    assertThat(revise(Outcome.of(3, 2, 0), responses)).isEqualTo(Outcome.of(3, 2, 0));
  }
}
