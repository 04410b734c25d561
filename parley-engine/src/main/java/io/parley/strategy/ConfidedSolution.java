package io.parley.strategy;

import io.parley.analysis.AgreementSpace;
import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.ParetoFrontier;
import io.parley.analysis.UtilityScale;
import io.parley.negotiator.MediatorContext;
import io.parley.outcome.Outcome;
import io.parley.preference.Preferences;
import io.parley.preference.RedLine;
import io.parley.preference.UtilityFunction;
import io.parley.scenario.Party;
import io.parley.scenario.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The package a mediator who holds every party's preferences should propose, computed on the exact
 * Pareto frontier of {@code io.parley.analysis} so that it agrees with {@code parley analyze}:
 *
 * <ul>
 *   <li>when the zone of agreement is not empty, the Nash bargaining solution (maximise {@code Π_p
 *       (u_p − r_p)} over the zone; Nash, "The bargaining problem", Econometrica 18(2), 1950) — the
 *       same objective and tie rule (first frontier point) as the analysis;
 *   <li>when it is empty but some outcome breaks no red line, the feasible outcome that maximises
 *       the smallest gain {@code min_p (u_p − r_p)} (the one that falls least short for the party
 *       it fails most), ties to the first frontier point.
 * </ul>
 */
final class ConfidedSolution {
  private ConfidedSolution() {}

  /**
   * The package, or empty when some party with role {@code party} did not confide its preferences,
   * no outcome respects every red line, or the frontier exceeds the analysis' limits.
   */
  static Optional<Outcome> of(MediatorContext context) {
    List<String> parties = new ArrayList<>();
    List<UtilityFunction> utilities = new ArrayList<>();
    List<RedLine> redLines = new ArrayList<>();
    List<Double> reservations = new ArrayList<>();
    for (Party party : context.participants()) {
      if (party.role() != Role.PARTY) {
        continue;
      }
      Preferences preferences = context.confided().get(party.id());
      if (preferences == null) {
        return Optional.empty();
      }
      parties.add(party.id());
      utilities.add(preferences.utility());
      reservations.add(preferences.reservation());
      redLines.addAll(preferences.redLines());
    }
    if (parties.isEmpty()) {
      return Optional.empty();
    }
    ParetoFrontier frontier;
    try {
      double[] r = reservations.stream().mapToDouble(Double::doubleValue).toArray();
      frontier =
          ParetoFrontier.of(new AgreementSpace(context.space(), parties, utilities, r, redLines));
    } catch (AnalysisLimitException e) {
      return Optional.empty();
    }
    if (frontier.size() == 0) {
      return Optional.empty();
    }
    int nash = nash(frontier);
    return Optional.of(frontier.outcome(nash >= 0 ? nash : leastShortfall(frontier)));
  }

  /** The Nash point among the frontier points in the zone, or -1 if none is. */
  private static int nash(ParetoFrontier frontier) {
    long[] r = frontier.space().reservationTicks();
    int best = -1;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < frontier.size(); k++) {
      if (!frontier.inZopa(k)) {
        continue;
      }
      double product = 1;
      for (int p = 0; p < r.length; p++) {
        product *= UtilityScale.toUtility(frontier.utilityTicks(p, k) - r[p]);
      }
      if (product > bestValue) {
        best = k;
        bestValue = product;
      }
    }
    return best;
  }

  /** The frontier point maximising the smallest gain over the reservations. */
  private static int leastShortfall(ParetoFrontier frontier) {
    long[] r = frontier.space().reservationTicks();
    int best = 0;
    long bestGain = Long.MIN_VALUE;
    for (int k = 0; k < frontier.size(); k++) {
      long gain = Long.MAX_VALUE;
      for (int p = 0; p < r.length; p++) {
        gain = Math.min(gain, frontier.utilityTicks(p, k) - r[p]);
      }
      if (gain > bestGain) {
        best = k;
        bestGain = gain;
      }
    }
    return best;
  }
}
