package io.parley.report;

import static io.parley.report.Markup.escape;

import io.parley.analysis.Analysis;
import io.parley.analysis.Conflict;
import io.parley.analysis.Constraint;
import io.parley.analysis.Deadlock;
import io.parley.analysis.ParetoPoint;
import io.parley.analysis.Relaxation;
import io.parley.analysis.Solution;
import io.parley.analysis.SolutionConcept;
import io.parley.outcome.Issue;
import io.parley.outcome.Outcome;
import io.parley.scenario.Party;
import io.parley.scenario.Scenario;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A self-contained HTML report of an {@link Analysis}: one file with inline CSS and the utility
 * plot as inline SVG, loading nothing from elsewhere. Every text taken from the scenario is
 * escaped.
 */
public final class HtmlReport {
  /** The most frontier points listed; the rest are counted. */
  public static final int MAX_FRONTIER_ROWS = 500;

  /** The page style Parley's HTML reports share. */
  static final String STYLE =
      """
      body{font-family:Helvetica,Arial,sans-serif;color:#222;max-width:1000px;margin:2em auto;\
      padding:0 1em;line-height:1.45}
      h1{margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
      table{border-collapse:collapse;margin:.6em 0}
      th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
      th{background:#f4f4f4}td.number{text-align:right;font-variant-numeric:tabular-nums}
      .description{color:#444}.muted{color:#666}.deadlock{border-left:4px solid #c44e52;\
      padding-left:1em}
      figure{margin:1em 0}svg{max-width:100%;height:auto}
      """;

  private final Scenario scenario;
  private final Analysis analysis;
  private final StringBuilder html = new StringBuilder(1 << 16);

  private HtmlReport(Scenario scenario, Analysis analysis) {
    this.scenario = scenario;
    this.analysis = analysis;
  }

  /**
   * The report as HTML text.
   *
   * @param analysis the analysis of {@code scenario}
   * @param plot the utility plot to show, if the scenario has two parties to plot
   */
  public static String render(Scenario scenario, Analysis analysis, Optional<UtilityPlot> plot) {
    var report = new HtmlReport(scenario, analysis);
    report.document(plot);
    return report.html.toString();
  }

  /**
   * Writes the report to {@code file} in UTF-8.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(
      Path file, Scenario scenario, Analysis analysis, Optional<UtilityPlot> plot)
      throws IOException {
    Files.writeString(file, render(scenario, analysis, plot), StandardCharsets.UTF_8);
  }

  private void document(Optional<UtilityPlot> plot) {
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html.append("<title>").append(escape(scenario.name())).append(" \u2014 Parley analysis");
    html.append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(escape(scenario.name())).append("</h1>\n");
    if (!scenario.description().isBlank()) {
      paragraph("description", scenario.description());
    }
    parties();
    issues();
    counts();
    plot.ifPresent(this::figure);
    solutions("Suggested packages", analysis.solutions());
    if (analysis.solutions().isEmpty()) {
      paragraph("muted", "There is no zone of possible agreement, so no package to suggest.");
    }
    analysis.deadlock().ifPresent(this::deadlock);
    frontier();
    notes();
    html.append("<p class=\"muted\">Written by Parley.</p>\n</body>\n</html>\n");
  }

  private void parties() {
    html.append("<h2>Parties</h2>\n<table>\n<tr><th>party</th><th>role</th>");
    html.append("<th>reservation value</th><th>headroom</th></tr>\n");
    for (Party party : scenario.parties()) {
      int index = analysis.parties().indexOf(party.id());
      html.append("<tr><td>").append(escape(partyName(party)));
      html.append("</td><td>").append(escape(party.role().fileName())).append("</td>");
      if (index < 0) {
        html.append("<td></td><td></td></tr>\n");
        continue;
      }
      number(utility(analysis.reservations().get(index)));
      Double headroom = analysis.reservationHeadroom().get(party.id());
      number(headroom == null ? "" : utility(headroom));
      html.append("</tr>\n");
    }
    html.append("</table>\n");
    paragraph(
        "muted",
        "Headroom: how far a party's reservation value could rise before the zone of possible"
            + " agreement empties.");
  }

  private void issues() {
    html.append("<h2>Issues</h2>\n<table>\n<tr><th>issue</th><th>values</th></tr>\n");
    for (Issue issue : scenario.space().issues()) {
      html.append("<tr><td>").append(escape(issueName(issue))).append("</td><td>");
      List<String> values = new ArrayList<>();
      for (int v = 0; v < issue.size() && v < 12; v++) {
        values.add(issue.labelAt(v));
      }
      html.append(escape(String.join(", ", values)));
      if (issue.size() > 12) {
        html.append(escape(", \u2026 " + issue.labelAt(issue.size() - 1)));
        html.append(" (").append(issue.size()).append(" values)");
      }
      html.append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private void counts() {
    html.append("<h2>Agreement space</h2>\n<table>\n");
    countRow("outcomes", analysis.outcomes().toString());
    countRow("feasible (no red line broken)", analysis.feasible().toString());
    countRow(
        "zone of possible agreement",
        analysis.zopa().map(Object::toString).orElse("not computed exactly"));
    countRow(
        "Pareto frontier",
        analysis.pareto().map(points -> points.size() + " points").orElse("not computed"));
    html.append("</table>\n");
  }

  private void countRow(String what, String value) {
    html.append("<tr><th>").append(escape(what)).append("</th>");
    number(value);
    html.append("</tr>\n");
  }

  private void figure(UtilityPlot plot) {
    html.append("<h2>Utility space</h2>\n<figure>\n").append(plot.toInlineSvg());
    html.append("<figcaption class=\"muted\">").append(escape(plot.title()));
    html.append("</figcaption>\n</figure>\n");
  }

  private void solutions(String heading, Map<SolutionConcept, Solution> solutions) {
    if (solutions.isEmpty()) {
      return;
    }
    html.append("<h2>").append(escape(heading)).append("</h2>\n");
    packageTable(solutions);
  }

  private void packageTable(Map<SolutionConcept, Solution> solutions) {
    html.append("<table>\n<tr><th>solution</th><th>package</th>");
    partyHeaders();
    html.append("<th>objective</th></tr>\n");
    for (SolutionConcept concept : SolutionConcept.values()) {
      Solution solution = solutions.get(concept);
      if (solution == null) {
        continue;
      }
      html.append("<tr><td>").append(escape(Markup.title(concept))).append("</td><td>");
      html.append(escape(describe(solution.outcome()))).append("</td>");
      for (double utility : solution.utilities()) {
        number(utility(utility));
      }
      number(utility(solution.value()));
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }

  private void deadlock(Deadlock deadlock) {
    html.append("<section class=\"deadlock\">\n<h2>Why there is no agreement</h2>\n");
    paragraph("", deadlock.summary());
    if (!deadlock.conflicts().isEmpty()) {
      html.append("<h3>Conflicts</h3>\n<ol>\n");
      for (Conflict conflict : deadlock.conflicts()) {
        html.append("<li>").append(escape(conflict.explanation())).append("<ul>");
        for (Constraint constraint : conflict.constraints()) {
          html.append("<li>").append(escape(constraint.describe())).append("</li>");
        }
        html.append("</ul></li>\n");
      }
      html.append("</ol>\n");
    }
    if (!deadlock.relaxations().isEmpty()) {
      html.append("<h3>What would open a zone of agreement</h3>\n<ol>\n");
      for (Relaxation relaxation : deadlock.relaxations()) {
        html.append("<li><p>").append(escape(relaxation.description())).append("</p>");
        if (relaxation.changes().size() > 1) {
          html.append("<ul>");
          for (String change : relaxation.changes()) {
            html.append("<li>").append(escape(change)).append("</li>");
          }
          html.append("</ul>");
        }
        html.append("<p>Zone it opens: ");
        html.append(relaxation.zopa().map(HtmlReport::outcomes).orElse("size not computed"));
        html.append("</p>\n");
        if (!relaxation.packages().isEmpty()) {
          packageTable(relaxation.packages());
        }
        html.append("</li>\n");
      }
      html.append("</ol>\n");
    }
    if (!deadlock.complete()) {
      paragraph("muted", "The search was cut short: there may be more conflicts or relaxations.");
    }
    html.append("</section>\n");
  }

  private void frontier() {
    html.append("<h2>Pareto frontier</h2>\n");
    if (analysis.pareto().isEmpty()) {
      paragraph("muted", "The frontier was not computed (see the notes).");
      return;
    }
    List<ParetoPoint> points = analysis.pareto().get();
    html.append("<table>\n<tr><th>#</th>");
    partyHeaders();
    html.append("<th>package</th></tr>\n");
    for (int i = 0; i < points.size() && i < MAX_FRONTIER_ROWS; i++) {
      ParetoPoint point = points.get(i);
      html.append("<tr>");
      number(Integer.toString(i + 1));
      for (double utility : point.utilities()) {
        number(utility(utility));
      }
      html.append("<td>").append(escape(describe(point.outcome()))).append("</td></tr>\n");
    }
    html.append("</table>\n");
    if (points.size() > MAX_FRONTIER_ROWS) {
      paragraph(
          "muted",
          "The first " + MAX_FRONTIER_ROWS + " of " + points.size() + " points are listed.");
    }
  }

  private void notes() {
    if (analysis.notes().isEmpty()) {
      return;
    }
    html.append("<h2>Notes</h2>\n<ul>\n");
    for (String note : analysis.notes()) {
      html.append("<li>").append(escape(note)).append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private void partyHeaders() {
    for (String party : analysis.parties()) {
      html.append("<th>").append(escape(party)).append("</th>");
    }
  }

  private void paragraph(String cssClass, String text) {
    html.append(cssClass.isEmpty() ? "<p>" : "<p class=\"" + cssClass + "\">");
    html.append(escape(text)).append("</p>\n");
  }

  private void number(String text) {
    html.append("<td class=\"number\">").append(escape(text)).append("</td>");
  }

  private String describe(Outcome outcome) {
    List<String> parts = new ArrayList<>();
    for (var entry : outcome.describe(scenario.space()).entrySet()) {
      parts.add(entry.getKey() + "=" + entry.getValue());
    }
    return String.join(", ", parts);
  }

  private static String outcomes(BigInteger count) {
    return count + (count.equals(BigInteger.ONE) ? " outcome" : " outcomes");
  }

  private static String partyName(Party party) {
    return party.name().equals(party.id()) ? party.id() : party.name() + " (" + party.id() + ")";
  }

  private static String issueName(Issue issue) {
    return issue.name().equals(issue.id()) ? issue.id() : issue.name() + " (" + issue.id() + ")";
  }

  private static String utility(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
