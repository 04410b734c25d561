package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.Request;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.ValueFunction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order in which a {@link TargetNegotiator} looks for the package it amends a text toward, as
 * its Javadoc states it: first the lowest package at or above {@code max(target, text)} that
 * changes the text only harmlessly, found by scanning at most {@link TargetNegotiator#SCAN_LIMIT}
 * index entries; failing that, its own proposal with the harmful changes left out; failing that,
 * one pass of coordinate ascent from the text. Each step is checked where it gives another answer
 * than the next one would.
 */
class AmendmentFallbacksTest {
  private static final LinearValueFunction RISING = new LinearValueFunction(0, 1);
  private static final LinearValueFunction FALLING = new LinearValueFunction(1, 0);

  /** Two issues of three values, scored 0, 0.5 and 1, equal weights: u(a, b) = (a + b) / 4. */
  private static Preferences twoByThree() {
    var space = new OutcomeSpace(List.of(IntegerIssue.of("a", 0, 2), IntegerIssue.of("b", 0, 2)));
    return Preferences.of(
        new LinearAdditiveUtility(space, List.of(0.5, 0.5), List.of(RISING, RISING)), 0);
  }

  @Test
  void theScanComesFirst_theLowestHarmlessPackageAtOrAboveTheTarget() {
    var negotiator = new TimeDependentNegotiator(1);
    negotiator.start(Contexts.negotiator(twoByThree(), 1));
    // Text (2, 0) is worth 0.5; at t = 0.25 the linear target is 0.75. The proposal, (1, 2) at
    // 0.75, would lower a; its harmless part is (2, 2). The scan finds (2, 1) at 0.75 first.
    assertThat(negotiator.targetTicksAt(0.25)).isEqualTo(750_000_000_000L);

    Action action = negotiator.act(new Request.Review(2, 0.25, 1, Outcome.of(2, 0), "m"));

    assertThat(action)
        .isEqualTo(
            new Action.Amend(
                List.of(
                    new Amendment(
                        1, 1, "the text is worth less to us than the 0.75 we now need"))));
  }

  // A space where the scan cannot reach a harmless package: the text has its best value on every
  // issue but "lane" (worst), and more than SCAN_LIMIT acceptable packages worth less than the
  // text with a better lane lie between them in the index, each changing some other issue.

  private static final int X = 0;
  private static final int LANE = 1;
  private static final int W = 2;
  private static final int FILLERS = 6;
  private static final RedLine NO_LANE =
      new RedLine.Forbid(
          Condition.of(Clause.of(LANE, 3, 0), Clause.of(W, 2, 0)), "not without a lane");

  /**
   * x (2 values, weight 0.1, rising), lane (3 values, 0.4, rising), w (2 values, 0.2, falling) and
   * six fillers (6 values, 0.05 each, rising); reservation 0; forbidden: lane 0 with w 0.
   */
  private static Preferences crowded() {
    List<Issue> issues = new ArrayList<>();
    issues.add(IntegerIssue.of("x", 0, 1));
    issues.add(IntegerIssue.of("lane", 0, 2));
    issues.add(IntegerIssue.of("w", 0, 1));
    List<Double> weights = new ArrayList<>(List.of(0.1, 0.4, 0.2));
    List<ValueFunction> functions = new ArrayList<>(List.of(RISING, RISING, FALLING));
    for (int f = 0; f < FILLERS; f++) {
      issues.add(IntegerIssue.of("f" + f, 0, 5));
      weights.add(0.05);
      functions.add(RISING);
    }
    var utility = new LinearAdditiveUtility(new OutcomeSpace(issues), weights, functions);
    return new Preferences(utility, 0, List.of(NO_LANE), 1.0);
  }

  /** The crowded text: best everywhere but the lane, which breaks the red line; worth 0.6. */
  private static final Outcome TEXT = Outcome.of(1, 0, 0, 5, 5, 5, 5, 5, 5);

  /** The one proposal the test negotiator makes: lane 1, every other issue at its worst. */
  private static final Outcome PROPOSAL = Outcome.of(0, 1, 1, 0, 0, 0, 0, 0, 0);

  /** A negotiator that asks for its reservation and always proposes {@link #PROPOSAL}. */
  private static final class FixedProposal extends TargetNegotiator {
    @Override
    protected long target(Request request) {
      return Long.MIN_VALUE;
    }

    @Override
    protected Outcome proposal(long targetTicks) {
      return PROPOSAL;
    }
  }

  private static void assertTheScanCannotReachALane(UtilityIndex index) {
    int from = index.rankAtOrAbove(index.utilityTicks(TEXT));
    assertThat(index.utilityTicks(TEXT)).isEqualTo(600_000_000_000L);
    assertThat(index.rankOf(TEXT.with(LANE, 1)) - from)
        .as("index entries between the text and its first harmless repair")
        .isGreaterThanOrEqualTo(TargetNegotiator.SCAN_LIMIT);
  }

  @Test
  void beyondTheScan_theProposalWithoutItsHarmfulChanges() {
    var negotiator = new FixedProposal();
    negotiator.start(Contexts.negotiator(crowded(), 1));
    assertTheScanCannotReachALane(negotiator.index());

    Action action = negotiator.act(new Request.Review(3, 0.9, 2, TEXT, "m"));

    // The proposal lowers x, w and every filler; only its lane 1 is harmless. (The ascent would
    // ask for lane 2.)
    assertThat(action)
        .isEqualTo(
            new Action.Amend(
                List.of(new Amendment(LANE, 1, "breaks our red line: not without a lane"))));
  }

  @Test
  void beyondTheScan_withNothingHarmlessInTheProposal_oneAscentFromTheText() {
    var negotiator = new TimeDependentNegotiator(1);
    negotiator.start(Contexts.negotiator(crowded(), 1));
    assertTheScanCannotReachALane(negotiator.index());
    // At t = 1 the target is the reservation, 0: the proposal is the worst acceptable package,
    // (0, 0, 1, 0, ...), whose every change is harmful, so its harmless part is the text itself.
    assertThat(negotiator.index().outcomeAt(0)).isEqualTo(Outcome.of(0, 0, 1, 0, 0, 0, 0, 0, 0));

    Action action = negotiator.act(new Request.Review(9, 1.0, 4, TEXT, "m"));

    assertThat(action)
        .isEqualTo(
            new Action.Amend(
                List.of(new Amendment(LANE, 2, "breaks our red line: not without a lane"))));
  }
}
