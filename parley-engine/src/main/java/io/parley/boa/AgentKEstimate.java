package io.parley.boa;

import io.parley.analysis.UtilityScale;

/**
 * AgentK's estimate of what the opponents can still give and its target (Kawaguchi, Fujita and Ito,
 * "Compromising strategy based on estimated maximum utility for automated negotiation agents
 * competition (ANAC-10)", in New Trends in Agent-Based Complex Automated Negotiations, Springer SCI
 * 383, 2012).
 *
 * <p>From the utilities (to this party) of every offer received, with mean {@code μ} and standard
 * deviation {@code σ}: the spread {@code d = √12 · σ} (the width of a uniform distribution with
 * that deviation) and the estimated maximum {@code emax = μ + (1 − μ) · d}, capped at the best
 * utility. The target falls from the best utility {@code max} towards {@code emax} in time:
 *
 * <pre>target(t) = max − (max − emax) · t^α</pre>
 *
 * <p>never below the reservation value.
 *
 * <p>Departure from the paper: the paper adapts the exponent α to the opponent during the
 * negotiation; here it is a fixed parameter.
 */
record AgentKEstimate(double mean, double emax, double target) {

  /** The estimate at the situation's progress, with exponent {@code alpha}. */
  static AgentKEstimate of(Situation situation, double alpha) {
    double max = UtilityScale.toUtility(situation.index().bestTicks());
    double reservation = UtilityScale.toUtility(situation.index().reservationTicks());
    var received = situation.received();
    if (received.isEmpty()) {
      return new AgentKEstimate(0, 0, max);
    }
    double sum = 0;
    double squares = 0;
    for (Situation.Received r : received) {
      double u = UtilityScale.toUtility(r.ticks());
      sum += u;
      squares += u * u;
    }
    int n = received.size();
    double mean = sum / n;
    double deviation = Math.sqrt(Math.max(0, squares / n - mean * mean));
    double emax = Math.min(max, mean + (1 - mean) * Math.sqrt(12) * deviation);
    double target = max - (max - emax) * Math.pow(situation.progress(), alpha);
    return new AgentKEstimate(mean, emax, Math.max(reservation, Math.min(max, target)));
  }

  /**
   * The probability of accepting an offer worth {@code utility} below the target at progress {@code
   * t}: {@code t^5 / 5 + (utility − emax) + (utility − target)}, clamped to [0, 1]; 1 at or above
   * the target.
   */
  double acceptanceProbability(double utility, double t) {
    if (utility >= target) {
      return 1;
    }
    double p = Math.pow(t, 5) / 5 + (utility - emax) + (utility - target);
    return Math.max(0, Math.min(1, p));
  }
}
