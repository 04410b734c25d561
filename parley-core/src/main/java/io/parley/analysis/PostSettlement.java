package io.parley.analysis;

import io.parley.outcome.Outcome;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Post-settlement settlement (Raiffa, "Post-settlement settlements", Negotiation Journal 1(1),
 * 1985): once the parties have agreed, look for a package that every party prefers to the
 * agreement.
 *
 * <p>The improvement is the Nash bargaining solution with the agreement as the disagreement point:
 * among feasible outcomes (every red line kept) that no party values below the agreement, the one
 * maximising {@code Π_p (u_p(o) − u_p(agreement))}. It is the same search as the analysis' Nash
 * package ({@link Solutions}, over the {@link ParetoFrontier} with the agreement's utilities as
 * reservations). Raiffa lets a mediator propose any Pareto-superior package; Parley picks the Nash
 * one so that the proposal is unique and splits the joint gain symmetrically.
 */
public final class PostSettlement {
  private PostSettlement() {}

  /**
   * The improvement of {@code agreement}; empty when no feasible outcome is strictly better for
   * every party.
   *
   * @throws IllegalArgumentException if {@code agreement} is not an outcome of the scenario or
   *     breaks a red line
   * @throws AnalysisLimitException if the frontier is beyond Parley's exact limits
   */
  public static Optional<Improvement> improve(Scenario scenario, Outcome agreement) {
    AgreementSpace full = AgreementSpace.of(scenario);
    scenario.space().check(agreement);
    if (!full.isFeasible(agreement)) {
      throw new IllegalArgumentException("the agreement breaks a red line, so it is infeasible");
    }
    int parties = full.partyCount();
    double[] floor = new double[parties];
    List<io.parley.preference.UtilityFunction> utilities = new ArrayList<>();
    for (int p = 0; p < parties; p++) {
      floor[p] = UtilityScale.toUtility(full.utilityTicks(p, agreement));
      utilities.add(scenario.preferences().get(full.parties().get(p)).utility());
    }
    AgreementSpace above =
        new AgreementSpace(scenario.space(), full.parties(), utilities, floor, full.redLines());
    Solution nash = Solutions.of(ParetoFrontier.of(above)).get(SolutionConcept.NASH);
    if (nash == null) {
      return Optional.empty();
    }
    long[] u = new long[parties];
    List<Double> gains = new ArrayList<>();
    for (int p = 0; p < parties; p++) {
      u[p] = above.utilityTicks(p, nash.outcome());
      long gain = u[p] - above.reservationTicks(p);
      if (gain <= 0) {
        return Optional.empty();
      }
      gains.add(UtilityScale.toUtility(gain));
    }
    return Optional.of(new Improvement(nash.outcome(), nash.utilities(), gains, nash.value()));
  }
}
