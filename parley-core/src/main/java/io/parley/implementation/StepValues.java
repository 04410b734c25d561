package io.parley.implementation;

import io.parley.analysis.UtilityScale;
import io.parley.outcome.Outcome;
import io.parley.outcome.OutcomeSpace;
import io.parley.preference.UtilityFunction;
import io.parley.scenario.Scenario;
import java.util.List;

/**
 * What each step of a plan is worth to each negotiating party, in that party's own utility.
 *
 * <p>With status quo {@code q} and agreed terms {@code a}, let {@code q[i←a_i]} be the status quo
 * with issue {@code i} set to its agreed value. Step {@code s} delivering share {@code f_{s,i}} of
 * issue {@code i} and carrying explicit values {@code x_{s,p}} is worth to party {@code p}
 *
 * <pre>  v_p(s) = Σ_i f_{s,i} · (u_p(q[i←a_i]) − u_p(q)) + x_{s,p}</pre>
 *
 * <p>For a linear additive utility {@code u_p(q[i←a_i]) − u_p(q)} is {@code w_{p,i} · (s_{p,i}(a_i)
 * − s_{p,i}(q_i))}, so when every moved issue's shares sum to 1 and no step has explicit values,
 * the steps together are worth {@code u_p(a) − u_p(q)}. A positive value is something the party
 * receives, a negative one something it gives. Values are held in {@link UtilityScale} ticks, so
 * every sum and comparison is exact.
 *
 * @param parties the negotiating parties, in file order
 * @param ticks {@code ticks[step][party]}: v_p(s) in ticks
 */
public record StepValues(List<String> parties, long[][] ticks) {

  public StepValues {
    parties = List.copyOf(parties);
    ticks = ticks.clone();
  }

  /**
   * The values of {@code plan}'s steps in {@code scenario} when it carries out {@code terms}.
   *
   * @throws IllegalArgumentException if {@code terms} or the status quo is not an outcome of the
   *     scenario's space, or a step delivers an unknown issue
   */
  public static StepValues of(Scenario scenario, ImplementationPlan plan, Outcome terms) {
    OutcomeSpace space = scenario.space();
    space.check(terms);
    space.check(plan.statusQuo());
    List<String> parties = scenario.negotiatingParties();
    long[][] ticks = new long[plan.steps().size()][parties.size()];
    for (int p = 0; p < parties.size(); p++) {
      UtilityFunction u = scenario.preferences().get(parties.get(p)).utility();
      double base = u.utility(plan.statusQuo());
      for (int k = 0; k < plan.steps().size(); k++) {
        Step step = plan.steps().get(k);
        double value = step.values().getOrDefault(parties.get(p), 0.0);
        for (var share : step.delivers().entrySet()) {
          int i =
              space
                  .positionOf(share.getKey())
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "step '" + step.id() + "' delivers unknown issue " + share.getKey()));
          Outcome moved = plan.statusQuo().with(i, terms.valueIndex(i));
          value += share.getValue() * (u.utility(moved) - base);
        }
        ticks[k][p] = UtilityScale.toTicks(value);
      }
    }
    return new StepValues(parties, ticks);
  }

  /** The number of steps. */
  public int stepCount() {
    return ticks.length;
  }

  /** The value of step {@code step} to party {@code party} (index), in ticks. */
  public long value(int step, int party) {
    return ticks[step][party];
  }
}
