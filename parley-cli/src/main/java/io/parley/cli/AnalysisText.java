package io.parley.cli;

import io.parley.analysis.Analysis;
import io.parley.analysis.Conflict;
import io.parley.analysis.Deadlock;
import io.parley.analysis.ParetoPoint;
import io.parley.analysis.Relaxation;
import io.parley.analysis.Solution;
import io.parley.analysis.SolutionConcept;
import io.parley.outcome.Outcome;
import io.parley.scenario.Scenario;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The readable summary {@code parley analyze} prints without {@code --json}. */
final class AnalysisText {
  /** How many frontier points the summary lists. */
  static final int FRONTIER_POINTS_SHOWN = 5;

  private final Scenario scenario;
  private final Analysis analysis;
  private final PrintWriter out;

  private AnalysisText(Scenario scenario, Analysis analysis, PrintWriter out) {
    this.scenario = scenario;
    this.analysis = analysis;
    this.out = out;
  }

  /** Prints the summary of {@code analysis}, the analysis of {@code scenario}, to {@code out}. */
  static void print(Scenario scenario, Analysis analysis, PrintWriter out) {
    new AnalysisText(scenario, analysis, out).print();
  }

  private void print() {
    out.println("Scenario: " + analysis.scenario());
    parties();
    out.println();
    out.println("Outcomes:  " + analysis.outcomes());
    out.println("Feasible:  " + analysis.feasible() + "  (breaking no red line)");
    out.println(
        "ZOPA:      "
            + analysis.zopa().map(Object::toString).orElse("not computed exactly")
            + "  (feasible and at least every reservation value)");
    frontier();
    solutions();
    analysis.deadlock().ifPresent(this::deadlock);
    notes();
    out.flush();
  }

  private void parties() {
    out.println("Parties (reservation value, headroom before the zone empties):");
    int width = 0;
    for (String party : analysis.parties()) {
      width = Math.max(width, party.length());
    }
    for (int i = 0; i < analysis.parties().size(); i++) {
      String party = analysis.parties().get(i);
      Double headroom = analysis.reservationHeadroom().get(party);
      out.println(
          "  "
              + party
              + " ".repeat(width - party.length())
              + "  reservation "
              + number(analysis.reservations().get(i))
              + (headroom == null ? "" : "  headroom " + number(headroom)));
    }
  }

  private void frontier() {
    out.println();
    if (analysis.pareto().isEmpty()) {
      out.println("Pareto frontier: not computed");
      return;
    }
    List<ParetoPoint> points = analysis.pareto().get();
    int shown = Math.min(points.size(), FRONTIER_POINTS_SHOWN);
    out.println(
        "Pareto frontier: "
            + points.size()
            + (points.size() == 1 ? " point" : " points")
            + (shown < points.size() ? " (first " + shown + ")" : ""));
    for (ParetoPoint point : points.subList(0, shown)) {
      out.println("  " + utilities(point.utilities()) + "  " + describe(point.outcome()));
    }
  }

  private void solutions() {
    out.println();
    if (analysis.solutions().isEmpty()) {
      out.println("Solutions: none (the zone of possible agreement is empty)");
      return;
    }
    out.println("Solutions:");
    for (SolutionConcept concept : SolutionConcept.values()) {
      Solution solution = analysis.solutions().get(concept);
      if (solution != null) {
        out.println("  " + title(concept) + ": " + describe(solution.outcome()));
        out.println(
            "    "
                + utilities(solution.utilities())
                + "  (objective "
                + number(solution.value())
                + ")");
      }
    }
  }

  private void deadlock(Deadlock deadlock) {
    out.println();
    out.println("Deadlock: " + deadlock.summary());
    if (!deadlock.conflicts().isEmpty()) {
      out.println("  Conflicts:");
      int n = 1;
      for (Conflict conflict : deadlock.conflicts()) {
        out.println("    " + n++ + ". " + conflict.explanation());
      }
    }
    if (!deadlock.relaxations().isEmpty()) {
      out.println("  Relaxations that would open a zone of agreement:");
      int n = 1;
      for (Relaxation relaxation : deadlock.relaxations()) {
        out.println("    " + n++ + ". " + relaxation.description());
        out.println(
            "       opens a zone of "
                + relaxation
                    .zopa()
                    .map(z -> z + (z.equals(BigInteger.ONE) ? " outcome" : " outcomes"))
                    .orElse("a size not computed"));
        Solution nash = relaxation.packages().get(SolutionConcept.NASH);
        if (nash != null) {
          out.println("       Nash package: " + describe(nash.outcome()));
          out.println("         " + utilities(nash.utilities()));
        }
      }
    }
    if (!deadlock.complete()) {
      out.println("  (the search was cut short: there may be more conflicts or relaxations)");
    }
  }

  private void notes() {
    if (analysis.notes().isEmpty()) {
      return;
    }
    out.println();
    out.println("Notes:");
    for (String note : analysis.notes()) {
      out.println("  - " + note);
    }
  }

  private String utilities(List<Double> utilities) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < utilities.size(); i++) {
      parts.add(analysis.parties().get(i) + "=" + number(utilities.get(i)));
    }
    return String.join(" ", parts);
  }

  private String describe(Outcome outcome) {
    List<String> parts = new ArrayList<>();
    for (var entry : outcome.describe(scenario.space()).entrySet()) {
      parts.add(entry.getKey() + "=" + entry.getValue());
    }
    return String.join(", ", parts);
  }

  private static String title(SolutionConcept concept) {
    return switch (concept) {
      case NASH -> "Nash";
      case KALAI -> "Kalai-Smorodinsky";
      case UTILITARIAN -> "Utilitarian";
      case EGALITARIAN -> "Egalitarian";
    };
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
