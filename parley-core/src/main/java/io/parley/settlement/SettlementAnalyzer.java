package io.parley.settlement;

import io.parley.analysis.Analysis;
import io.parley.analysis.Improvement;
import io.parley.analysis.PostSettlement;
import io.parley.analysis.SolutionConcept;
import io.parley.implementation.ImplementationAnalyzer;
import io.parley.implementation.ImplementationPlan;
import io.parley.implementation.ImplementationReport;
import io.parley.outcome.Outcome;
import io.parley.ratification.RatificationAnalyzer;
import io.parley.ratification.RatificationReport;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Assesses a scenario's settlement: the post-settlement improvement of an agreement, the
 * implementation plan and the ratifiers.
 *
 * <p>The plan is assessed for the agreement given, else the terms the plan names, else the Nash
 * package; with none of these (no zone of agreement and no terms) it is not assessed and a note
 * says why.
 */
public final class SettlementAnalyzer {
  private SettlementAnalyzer() {}

  /**
   * @param agreement the agreement to improve and implement ({@code --agreement}), if given; it
   *     must be feasible
   * @throws IllegalArgumentException if the agreement is infeasible
   */
  public static Settlement analyze(
      Scenario scenario, Analysis analysis, Optional<Outcome> agreement) {
    List<String> notes = new ArrayList<>();
    Optional<Optional<Improvement>> improvement =
        agreement.map(a -> PostSettlement.improve(scenario, a));
    Optional<ImplementationReport> implementation = Optional.empty();
    Optional<ImplementationPlan> plan = scenario.followThrough().implementation();
    if (plan.isPresent()) {
      Optional<Outcome> terms = agreement;
      String source = "agreement option";
      if (terms.isEmpty() && plan.get().terms().isPresent()) {
        terms = plan.get().terms();
        source = "plan";
      }
      if (terms.isEmpty() && analysis.solution(SolutionConcept.NASH).isPresent()) {
        terms = Optional.of(analysis.solution(SolutionConcept.NASH).get().outcome());
        source = "nash";
      }
      if (terms.isPresent()) {
        implementation =
            Optional.of(ImplementationAnalyzer.analyze(scenario, plan.get(), terms.get(), source));
      } else {
        notes.add(
            "the implementation plan was not assessed: it names no agreement, none was given"
                + " with --agreement, and there is no Nash package");
      }
    }
    Optional<RatificationReport> ratification =
        scenario.followThrough().ratification().isPresent()
            ? Optional.of(RatificationAnalyzer.analyze(scenario, analysis))
            : Optional.empty();
    return new Settlement(agreement, improvement, implementation, ratification, notes);
  }
}
