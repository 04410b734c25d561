package io.parley.tournament.output;

import io.parley.analysis.AnalysisLimitException;
import io.parley.analysis.Analyzer;
import io.parley.event.Event;
import io.parley.event.Payload;
import io.parley.outcome.Outcome;
import io.parley.report.BoxPlot;
import io.parley.report.UtilityPlot;
import io.parley.scenario.Scenario;
import io.parley.tournament.Plan;
import io.parley.tournament.PlannedNegotiation;
import io.parley.tournament.ScenarioCache;
import io.parley.tournament.result.ResultRow;
import io.parley.tournament.result.SeatResult;
import io.parley.tournament.run.NegotiationRunner;
import io.parley.tournament.score.Measure;
import io.parley.tournament.score.ScoreBoard;
import io.parley.tournament.score.Statistic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * report.html: the sortable score table, mean advantage per scenario and per role, the agent ×
 * agent matrix of mean advantage, box plots of advantage and the offers of a few negotiations in
 * the utility plane. Streams rows; what it keeps grows with competitors and scenarios, not with
 * negotiations: the box plots use, per competitor, the {@value #SAMPLE} results with the smallest
 * keys (a uniform sample, since keys are hashes, and the same whatever order rows arrive in).
 */
public final class TournamentReportBuilder implements RowSink {
  static final int SAMPLE = 1000;
  private static final int TRACES = 3;

  private final Plan plan;
  private final Map<String, Map<String, Statistic>> byScenario = new LinkedHashMap<>();
  private final Map<String, Map<String, Statistic>> byRole = new LinkedHashMap<>();
  private final Map<String, Map<String, Statistic>> matrix = new LinkedHashMap<>();
  private final Map<String, TreeMap<String, Double>> samples = new LinkedHashMap<>();
  private final TreeMap<String, Long> traces = new TreeMap<>();
  private final TreeSet<String> scenarios = new TreeSet<>();
  private final TreeSet<String> roles = new TreeSet<>();
  private long rows;
  private long agreements;
  private long failures;

  public TournamentReportBuilder(Plan plan) {
    this.plan = plan;
  }

  @Override
  public void accept(ResultRow row) {
    rows++;
    agreements += row.agreement() ? 1 : 0;
    failures += row.failure().isPresent() ? 1 : 0;
    scenarios.add(row.scenario());
    List<SeatResult> seats = row.seats();
    for (int i = 0; i < seats.size(); i++) {
      SeatResult seat = seats.get(i);
      String agent = seat.agent();
      roles.add(seat.party());
      cell(byScenario, agent, row.scenario()).add(seat.advantage());
      cell(byRole, agent, seat.party()).add(seat.advantage());
      for (int j = 0; j < seats.size(); j++) {
        if (j != i) {
          cell(matrix, agent, seats.get(j).agent()).add(seat.advantage());
        }
      }
      TreeMap<String, Double> sample = samples.computeIfAbsent(agent, k -> new TreeMap<>());
      sample.put(row.key() + "/" + i, seat.advantage());
      if (sample.size() > SAMPLE) {
        sample.pollLastEntry();
      }
    }
    if (seats.size() == 2 && row.failure().isEmpty()) {
      traces.put(row.key(), row.index());
      if (traces.size() > TRACES) {
        traces.pollLastEntry();
      }
    }
  }

  private static Statistic cell(Map<String, Map<String, Statistic>> table, String row, String col) {
    return table
        .computeIfAbsent(row, k -> new LinkedHashMap<>())
        .computeIfAbsent(col, k -> new Statistic());
  }

  @Override
  public void close() {}

  /**
   * Writes the report.
   *
   * @throws UncheckedIOException if it cannot be written
   */
  public void write(Path file, ScoreBoard scores) {
    var h = new StringBuilder(1 << 16);
    String name = esc(plan.config().name());
    h.append(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Tournament ")
        .append(name)
        .append("</title>\n<style>")
        .append("body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#222}")
        .append(
            "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}")
        .append(
            "th{background:#f3f3f3;cursor:pointer}td:first-child,th:first-child{text-align:left}")
        .append("</style></head><body>\n");
    h.append("<h1>Tournament ")
        .append(name)
        .append("</h1>\n<p>")
        .append(rows)
        .append(" of ")
        .append(plan.size())
        .append(" negotiations; ")
        .append(agreements)
        .append(" agreements; ")
        .append(failures)
        .append(" failures.</p>\n");
    plan.notes().forEach(n -> h.append("<p><em>").append(esc(n)).append("</em></p>\n"));
    scoreTable(h, scores);
    h.append("<h2>Mean advantage per scenario</h2>\n");
    breakdown(h, byScenario, new ArrayList<>(scenarios));
    h.append("<h2>Mean advantage per role</h2>\n");
    breakdown(h, byRole, new ArrayList<>(roles));
    h.append(
        "<h2>Mean advantage against each opponent</h2>\n<p>Row: the competitor; column: who it met.</p>\n");
    breakdown(h, matrix, new ArrayList<>(matrix.keySet()));
    h.append("<h2>Advantage</h2>\n");
    List<BoxPlot.Group> groups = new ArrayList<>();
    samples.forEach(
        (agent, s) ->
            groups.add(
                new BoxPlot.Group(
                    agent, s.values().stream().mapToDouble(Double::doubleValue).toArray())));
    h.append(
        new BoxPlot("Advantage per competitor", "advantage (u − r) / (max − r)", groups).toSvg());
    h.append("<p>From up to ")
        .append(SAMPLE)
        .append(" results per competitor, those with the smallest keys.</p>\n");
    offers(h);
    h.append(SORT_SCRIPT).append("</body></html>\n");
    try {
      Files.writeString(file, h, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void scoreTable(StringBuilder h, ScoreBoard scores) {
    h.append(
        "<h2>Scores</h2>\n<p>Means with 95 % confidence intervals; click a heading to sort.</p>\n");
    h.append(
        "<table class=\"sortable\"><thead><tr><th>competitor</th><th>kind</th><th>negotiations</th>");
    for (Measure m : Measure.values()) {
      h.append("<th>").append(m.column().replace('_', ' ')).append("</th>");
    }
    h.append("</tr></thead><tbody>\n");
    for (ScoreBoard.Score s : scores.scores()) {
      h.append("<tr><td>")
          .append(esc(s.competitor()))
          .append("</td><td>")
          .append(s.kind())
          .append("</td><td>")
          .append(s.measures().negotiations())
          .append("</td>");
      for (Measure m : Measure.values()) {
        Statistic st = s.measures().get(m);
        h.append("<td data-value=\"")
            .append(ScoreBoard.number(st.mean()))
            .append("\">")
            .append(fmt(st.mean()));
        if (!Double.isNaN(st.halfWidth())) {
          h.append(" ± ").append(fmt(st.halfWidth()));
        }
        h.append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table>\n");
  }

  private static void breakdown(
      StringBuilder h, Map<String, Map<String, Statistic>> table, List<String> columns) {
    h.append("<table class=\"sortable\"><thead><tr><th>competitor</th>");
    columns.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
    h.append("</tr></thead><tbody>\n");
    table.forEach(
        (row, cells) -> {
          h.append("<tr><td>").append(esc(row)).append("</td>");
          for (String c : columns) {
            Statistic st = cells.get(c);
            double mean = st == null ? Double.NaN : st.mean();
            String shade = Double.isNaN(mean) ? "#fff" : shade(mean);
            h.append("<td style=\"background:")
                .append(shade)
                .append("\" data-value=\"")
                .append(ScoreBoard.number(mean))
                .append("\">")
                .append(fmt(mean))
                .append("</td>");
          }
          h.append("</tr>\n");
        });
    h.append("</tbody></table>\n");
  }

  private void offers(StringBuilder h) {
    if (traces.isEmpty()) {
      return;
    }
    h.append("<h2>Offers of a sample of negotiations</h2>\n");
    NegotiationRunner runner = new NegotiationRunner(plan.config());
    for (long index : traces.values()) {
      PlannedNegotiation planned = plan.get(index);
      Scenario scenario = ScenarioCache.get(planned.scenario()).scenario();
      List<Event> events = runner.events(planned);
      List<String> parties = scenario.negotiatingParties();
      h.append("<h3>").append(esc(planned.scenario().id())).append(": ");
      planned
          .seats()
          .forEach(
              s -> h.append(esc(s.party())).append(" = ").append(esc(s.competitor())).append("; "));
      h.append("repetition ").append(planned.repetition()).append("</h3>\n");
      try {
        h.append(
            UtilityPlot.builder(scenario, Analyzer.analyze(scenario))
                .parties(parties.get(0), parties.get(1))
                .build()
                .toSvg());
      } catch (AnalysisLimitException e) {
        h.append("<p>No utility plot: ").append(esc(e.getMessage())).append("</p>\n");
      }
      h.append("<table><thead><tr><th>round</th><th>by</th><th>")
          .append(esc(parties.get(0)))
          .append("</th><th>")
          .append(esc(parties.get(1)))
          .append("</th></tr></thead><tbody>\n");
      for (Event e : events) {
        Outcome o =
            e.payload() instanceof Payload.Offered off
                ? off.outcome()
                : e.payload() instanceof Payload.TextDrafted t ? t.text() : null;
        if (o != null) {
          h.append("<tr><td>")
              .append(e.round())
              .append("</td><td>")
              .append(esc(e.sender()))
              .append("</td><td>")
              .append(fmt(scenario.preferences().get(parties.get(0)).utility().utility(o)))
              .append("</td><td>")
              .append(fmt(scenario.preferences().get(parties.get(1)).utility().utility(o)))
              .append("</td></tr>\n");
        }
      }
      h.append("</tbody></table>\n");
    }
  }

  private static String shade(double advantage) {
    double t = Math.max(-1, Math.min(1, advantage));
    int r = t < 0 ? 255 : (int) (255 - 120 * t);
    int g = t < 0 ? (int) (255 + 120 * t) : 255;
    int b = (int) (255 - 120 * Math.abs(t));
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static final String SORT_SCRIPT =
      "<script>\n"
          + "document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){"
          + "var table=th.closest('table'),body=table.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th);"
          + "var asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';"
          + "var rows=Array.prototype.slice.call(body.rows);rows.sort(function(a,b){"
          + "var x=a.cells[i].dataset.value,y=b.cells[i].dataset.value;"
          + "var p=(x!==undefined&&x!==''&&y!==undefined&&y!=='')?(parseFloat(x)-parseFloat(y)):a.cells[i].textContent.localeCompare(b.cells[i].textContent);"
          + "return asc?p:-p;});rows.forEach(function(r){body.appendChild(r);});});});\n"
          + "</script>\n";
}
