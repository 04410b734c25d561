package io.parley.live.suggest;

import io.parley.analysis.Analysis;
import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.Analyzer;
import io.parley.analysis.Solution;
import io.parley.analysis.SolutionConcept;
import io.parley.live.events.LiveEvent.SuggestionMade;
import io.parley.preference.Preferences;
import io.parley.scenario.Scenario;
import java.util.ArrayList;
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
public final class Suggestions {
  /** The package names, in the API's spelling, and the solution each stands for. */
  public static final Map<String, SolutionConcept> PACKAGES =
      Map.of(
          "nash", SolutionConcept.NASH,
          "kalai-smorodinsky", SolutionConcept.KALAI,
          "egalitarian", SolutionConcept.EGALITARIAN);

  /** The package names in the order they are shown. */
  public static final List<String> ORDER = List.of("nash", "kalai-smorodinsky", "egalitarian");

  private Suggestions() {}

  /**
   * The preferences to use for each party: confided where confided, else the scenario's.
   *
   * @param confided party to the preferences it confided
   */
  public static Map<String, Preferences> basis(
      Scenario scenario, Map<String, Preferences> confided) {
    Map<String, Preferences> basis = new LinkedHashMap<>(scenario.preferences());
    basis.putAll(confided);
    return basis;
  }

  /**
   * The suggestion: each package of {@link #ORDER} (empty where the analysis finds none), each
   * party's basis ({@code confided} or {@code scenario}) and a note.
   */
  public static SuggestionMade compute(Scenario scenario, Map<String, Preferences> confided) {
    Scenario withConfided = scenario;
    List<SuggestionMade.Basis> basis = new ArrayList<>();
    for (String party : scenario.negotiatingParties()) {
      Preferences preferences = confided.get(party);
      basis.add(new SuggestionMade.Basis(party, preferences == null ? "scenario" : "confided"));
      if (preferences != null) {
        withConfided = withConfided.withPreferences(party, preferences);
      }
    }
    List<SuggestionMade.Package> packages = new ArrayList<>();
    Analysis analysis;
    try {
      analysis = Analyzer.analyze(withConfided);
    } catch (AnalysisLimitException e) {
      ORDER.forEach(name -> packages.add(new SuggestionMade.Package(name, Optional.empty())));
      return new SuggestionMade(packages, basis, "no packages: " + e.getMessage());
    }
    for (String name : ORDER) {
      packages.add(
          new SuggestionMade.Package(
              name, analysis.solution(PACKAGES.get(name)).map(Solution::outcome)));
    }
    return new SuggestionMade(
        packages,
        basis,
        analysis.solutions().isEmpty()
            ? "no package respects every party's red lines and reservation: the zone of possible"
                + " agreement is empty"
            : "packages in the zone of possible agreement");
  }
}
