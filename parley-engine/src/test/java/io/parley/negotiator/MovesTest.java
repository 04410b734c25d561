package io.parley.negotiator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.event.FaultKind;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The moves and requests agents exchange: their defaults, copies and descriptions. */
class MovesTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(DiscreteIssue.of("price", "low", "high"), DiscreteIssue.of("term", "1y"));

  @Test
  void reasons_aMissingReasonIsEmpty() {
    assertThat(new Action.Reject(null).reason()).isEmpty();
    assertThat(new Action.Reject("too low").reason()).isEqualTo("too low");
    assertThat(new Action.WalkAway(null).reason()).isEmpty();
    assertThat(new Action.WalkAway("done").reason()).isEqualTo("done");
    assertThat(new Amendment(0, 1, null).reason()).isEmpty();
    assertThat(Action.accept()).isEqualTo(new Action.Accept());
    assertThat(Action.offer(Outcome.of(1, 0))).isEqualTo(new Action.Offer(Outcome.of(1, 0)));
  }

  @Test
  void amend_needsAnAmendmentAndKeepsItsOwnCopy() {
    assertThatThrownBy(() -> new Action.Amend(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an amendment response needs at least one amendment");
    List<Amendment> amendments = new ArrayList<>(List.of(new Amendment(0, 1, "")));
    var amend = new Action.Amend(amendments);
    amendments.clear();
    assertThat(amend.amendments()).containsExactly(new Amendment(0, 1, ""));
  }

  @Test
  void amendment_describesTheIssueTheValueAndTheReason() {
    assertThat(new Amendment(0, 1, "").describe(SPACE)).isEqualTo("price -> high");
    assertThat(new Amendment(1, 0, "longer").describe(SPACE)).isEqualTo("term -> 1y (longer)");
  }

  @Test
  void agentFailure_carriesItsKindAndDetailWithoutAStackTrace() {
    var failure = new AgentFailure(FaultKind.TIMEOUT, "too slow");
    assertThat(failure.kind()).isEqualTo(FaultKind.TIMEOUT);
    assertThat(failure).hasMessage("too slow").hasNoCause();
    assertThat(failure.getStackTrace()).isEmpty();
    assertThatThrownBy(() -> new AgentFailure(null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
  }

  @Test
  void requestsAndContexts_keepTheirOwnCopies() {
    Map<String, Action> responses = new HashMap<>(Map.of("p1", Action.accept()));
    var request = new DraftRequest(2, 0.5, Optional.empty(), responses);
    responses.clear();
    assertThat(request.responses()).containsOnlyKeys("p1");
    assertThatThrownBy(() -> request.responses().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    Request turn = new Request.Turn(3, 0.25, Optional.empty(), "");
    assertThat(turn.round()).isEqualTo(3);
    assertThat(turn.progress()).isEqualTo(0.25);
  }

  @Test
  void agents_ignoreStartAndObserveUnlessTheyOverrideThem() {
    Negotiator negotiator = request -> Action.accept();
    negotiator.start(null);
    negotiator.observe(null);
    assertThat(negotiator.act(new Request.Turn(1, 0, Optional.empty(), "")))
        .isEqualTo(Action.accept());
    Mediator mediator = request -> Outcome.of(0, 0);
    mediator.start(null);
    mediator.observe(null);
    assertThat(mediator.draft(new DraftRequest(1, 0, Optional.empty(), Map.of())))
        .isEqualTo(Outcome.of(0, 0));
  }
}
