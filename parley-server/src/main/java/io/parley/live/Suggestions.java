package io.parley.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.analysis.Analysis;
import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.Analyzer;
import io.parley.analysis.Solution;
import io.parley.analysis.SolutionConcept;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggested packages for the mediators: the Nash, Kalai–Smorodinsky and egalitarian solutions of
 * the parties' preferences (as {@code parley analyze} defines them), from what each party confided,
 * or from the scenario for a party that has not confided. The result names only packages and the
 * basis of each party's preferences — never a weight, score, reservation or red line.
 */
final class Suggestions {
  /** The package names, in the API's spelling, and the solution each stands for. */
  static final Map<String, SolutionConcept> PACKAGES =
      Map.of(
          "nash", SolutionConcept.NASH,
          "kalai-smorodinsky", SolutionConcept.KALAI,
          "egalitarian", SolutionConcept.EGALITARIAN);

  /** The package names in the order they are shown. */
  static final List<String> ORDER = List.of("nash", "kalai-smorodinsky", "egalitarian");

  private Suggestions() {}

  /**
   * The preferences to use for each party: confided where confided, else the scenario's.
   *
   * @param confided party to the preferences it confided
   */
  static Map<String, Preferences> basis(Scenario scenario, Map<String, Preferences> confided) {
    Map<String, Preferences> basis = new LinkedHashMap<>(scenario.preferences());
    basis.putAll(confided);
    return basis;
  }

  /**
   * The suggestion payload: {@code {"packages": {name: outcome or null}, "basis": {party:
   * "confided"|"scenario"}, "note": ...}}.
   */
  static ObjectNode compute(Scenario scenario, Map<String, Preferences> confided) {
    Scenario withConfided = scenario;
    ObjectNode result = Json.object();
    ObjectNode packages = result.putObject("packages");
    ObjectNode basis = result.putObject("basis");
    for (String party : scenario.negotiatingParties()) {
      Preferences preferences = confided.get(party);
      basis.put(party, preferences == null ? "scenario" : "confided");
      if (preferences != null) {
        withConfided = withConfided.withPreferences(party, preferences);
      }
    }
    Analysis analysis;
    try {
      analysis = Analyzer.analyze(withConfided);
    } catch (AnalysisLimitException e) {
      ORDER.forEach(name -> packages.putNull(name));
      result.put("note", "no packages: " + e.getMessage());
      return result;
    }
    for (String name : ORDER) {
      Optional<Solution> solution = analysis.solution(PACKAGES.get(name));
      if (solution.isPresent()) {
        packages.set(name, OutcomeCodec.write(solution.get().outcome(), scenario.space()));
      } else {
        packages.putNull(name);
      }
    }
    result.put(
        "note",
        analysis.solutions().isEmpty()
            ? "no package respects every party's red lines and reservation: the zone of possible"
                + " agreement is empty"
            : "packages in the zone of possible agreement");
    return result;
  }
}
