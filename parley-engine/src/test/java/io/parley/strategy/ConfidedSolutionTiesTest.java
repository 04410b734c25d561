package io.parley.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.AgreementSpace;
import io.parley.analysis.ParetoFrontier;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.DiscreteIssue;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.LinearAdditiveUtility;
import io.parley.preference.Preferences;
import io.parley.preference.UtilityFunction;
import io.parley.preference.ValueFunction;
import io.parley.preference.ValueTable;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The confided Nash package breaks ties as the analysis does: the first frontier point wins, both
 * for the Nash point in the zone and for the smallest shortfall when the zone is empty.
 */
class ConfidedSolutionTiesTest {
  private static final OutcomeSpace SPACE =
      OutcomeSpace.of(DiscreteIssue.of("x", "v0", "v1", "v2", "v3"));

  private static LinearAdditiveUtility utility(double... u) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int i = 0; i < u.length; i++) {
      scores.put("v" + i, u[i]);
    }
    return new LinearAdditiveUtility(
        SPACE, List.of(1.0), List.<ValueFunction>of(new ValueTable(scores)));
  }

  private static Outcome confided(UtilityFunction a, UtilityFunction b, double r) {
    Map<String, Preferences> confided = new LinkedHashMap<>();
    confided.put("a", Preferences.of(a, r));
    confided.put("b", Preferences.of(b, r));
    var context =
        new MediatorContext(
            "m",
            SPACE,
            List.of(Party.of("a"), Party.of("b"), new Party("m", "M", Role.MEDIATOR)),
            confided,
            10,
            new SplittableRandom(1));
    return ConfidedSolution.of(context).orElseThrow();
  }

  private static Outcome firstOf(UtilityFunction a, UtilityFunction b, double r, Outcome... tied) {
    ParetoFrontier frontier =
        ParetoFrontier.of(
            new AgreementSpace(
                SPACE, List.of("a", "b"), List.of(a, b), new double[] {r, r}, List.of()));
    for (int k = 0; k < frontier.size(); k++) {
      for (Outcome outcome : tied) {
        if (frontier.outcome(k).equals(outcome)) {
          return outcome;
        }
      }
    }
    throw new AssertionError("no tied outcome on the frontier");
  }

  @Test
  void nashTie_theFirstFrontierPointWins_inEitherOrientation() {
    // Gains over 0.1: (0.6, 0.3) at v1 and (0.3, 0.6) at v2 tie for the Nash product.
    var a = utility(1.0, 0.7, 0.4, 0.1);
    var b = utility(0.1, 0.4, 0.7, 1.0);
    assertThat(confided(a, b, 0.1)).isEqualTo(firstOf(a, b, 0.1, Outcome.of(1), Outcome.of(2)));
    assertThat(confided(b, a, 0.1)).isEqualTo(firstOf(b, a, 0.1, Outcome.of(1), Outcome.of(2)));
  }

  @Test
  void emptyZone_theSmallestShortfallTie_goesToTheFirstFrontierPoint() {
    // Reservation 0.9 for both: no zone. v1 and v2 fall short by 0.5 for one side each (the
    // least); the extremes fall short by 0.8.
    var a = utility(1.0, 0.7, 0.4, 0.1);
    var b = utility(0.1, 0.4, 0.7, 1.0);
    assertThat(confided(a, b, 0.9)).isEqualTo(firstOf(a, b, 0.9, Outcome.of(1), Outcome.of(2)));
    assertThat(confided(b, a, 0.9)).isEqualTo(firstOf(b, a, 0.9, Outcome.of(1), Outcome.of(2)));
  }
}
