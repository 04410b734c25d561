package io.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.analysis.Analysis;
import io.parley.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final Pattern REMOTE_LOAD =
      Pattern.compile(
          "(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(|@import", Pattern.CASE_INSENSITIVE);

  private final Scenario small = ReportScenarios.small();
  private final Analysis analysis = ReportScenarios.analyse(small);

  @Test
  void render_isSelfContainedWithInlinePlot() {
    var plot = UtilityPlot.builder(small, analysis).build();

    String html = HtmlReport.render(small, analysis, Optional.of(plot));

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<svg ", "</svg>");
    assertThat(html).doesNotContain("http://", "https://", "<script");
    assertThat(REMOTE_LOAD.matcher(html).find()).isFalse();
  }

  @Test
  void render_escapesScenarioText() {
    String html = HtmlReport.render(small, analysis, Optional.empty());

    assertThat(html)
        .contains("<h1>small &lt;deal&gt; &amp; &quot;co&quot;</h1>")
        .contains("a &lt;b&gt;tiny&lt;/b&gt; case &amp; test")
        .contains("Buyer &lt;B&gt; (buyer)")
        .doesNotContain("<deal>", "<b>tiny", "<B>");
  }

  @Test
  void render_listsCountsFrontierAndPackages() {
    String html = HtmlReport.render(small, analysis, Optional.empty());

    assertThat(html)
        .contains("<td class=\"number\">12</td>", "<td class=\"number\">8</td>")
        .contains("Pareto frontier", "Nash", "Kalai\u2013Smorodinsky", "utilitarian", "egalitarian")
        .contains("price=mid")
        .doesNotContain("Why there is no agreement");
  }

  @Test
  void render_deadlock_explainsConflictsAndRelaxations() {
    Scenario stuck =
        small.withPreferences("seller", small.preferences().get("seller").withReservation(0.95));
    Analysis stuckAnalysis = ReportScenarios.analyse(stuck);

    String html = HtmlReport.render(stuck, stuckAnalysis, Optional.empty());

    assertThat(stuckAnalysis.deadlock()).isPresent();
    assertThat(html)
        .contains("Why there is no agreement", "Conflicts", "What would open a zone of agreement")
        .contains(Markup.escape(stuckAnalysis.deadlock().orElseThrow().summary()));
  }

  @Test
  void write_writesUtf8File(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.html");

    HtmlReport.write(file, small, analysis, Optional.empty());

    assertThat(Files.readString(file)).contains("Parley analysis").endsWith("</html>\n");
  }
}
