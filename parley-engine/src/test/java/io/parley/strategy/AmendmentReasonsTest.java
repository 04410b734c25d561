package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.negotiator.Action;
import io.parley.negotiator.Amendment;
import io.parley.negotiator.Request;
import io.parley.outcome.IntegerIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.Clause;
import io.parley.preference.Condition;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.LinearValueFunction;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reason a target negotiator gives for each amendment ({@link Reasons#forProvision}): the first
 * broken red line naming the provision; else, when the text is worth less than the target, the
 * utility it needs; else that the provision goes with the changes its red lines need. A text worth
 * exactly the target is not short of it.
 */
class AmendmentReasonsTest {

  @Test
  void aProvisionNoBrokenRedLineNames_goesWithTheRepair_whenTheTextIsWorthExactlyTheTarget() {
    // a: two values worth the same (1); b: 0, 0.5, 1; equal weights, so u(0, 0) = 0.5.
    var space = new OutcomeSpace(List.of(IntegerIssue.of("a", 0, 1), IntegerIssue.of("b", 0, 2)));
    var utility =
        new LinearAdditiveUtility(
            space,
            List.of(0.5, 0.5),
            List.of(new LinearValueFunction(1, 1), new LinearValueFunction(0, 1)));
    var notA0 = new RedLine.Forbid(Condition.of(Clause.of(0, 2, 0)), "not a0");
    var notA1WithB0 =
        new RedLine.Forbid(Condition.of(Clause.of(0, 2, 1), Clause.of(1, 3, 0)), "not a1 with b0");
    var negotiator = new TimeDependentNegotiator(1);
    negotiator.start(
        Contexts.negotiator(new Preferences(utility, 0.5, List.of(notA0, notA1WithB0), 1.0), 1));

    // At t = 1 the target is the reservation, 0.5, exactly the text's worth; the text breaks
    // "not a0". The lowest repair, (1, 1), also moves b, which no broken red line names.
    Action action = negotiator.act(new Request.Review(9, 1.0, 3, Outcome.of(0, 0), "m"));

    assertThat(action)
        .isEqualTo(
            new Action.Amend(
                List.of(
                    new Amendment(0, 1, "breaks our red line: not a0"),
                    new Amendment(1, 1, "goes with the changes our red lines need"))));
  }
}
