package io.parley.analysis;

import io.parley.outcome.Outcome;
import java.util.List;

/**
 * A post-settlement improvement of an agreement (Raiffa 1985): a feasible package every party
 * values strictly more than the agreement.
 *
 * @param outcome the package
 * @param utilities each party's utility of it, in the analysis' party order
 * @param gains each party's utility of it minus its utility of the agreement, all > 0
 * @param value the product of the gains
 */
public record Improvement(
    Outcome outcome, List<Double> utilities, List<Double> gains, double value) {
  public Improvement {
    utilities = List.copyOf(utilities);
    gains = List.copyOf(gains);
  }
}
